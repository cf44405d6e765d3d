import { benchmarksData as benchmarks } from '../../data/raw';
import type { Benchmarks } from '../../data/schemas';
import type { SceneModule } from '../contract';
import { layout } from './layout';
import { steps } from './steps';

const scene: SceneModule<Benchmarks> = {
  name: 'benchmark-bars',
  title: 'How DeepSeek-R1 scores against OpenAI o1 and others',
  steps,
  sources: [benchmarks.source],
  note: "o1-1217 figures are OpenAI's own reports, which DeepSeek's paper says it quoted (sec. 3).",
  noteSource: 'R1_PAPER',
  aspect: { wide: 0.78, narrow: 1.12 },
  data: benchmarks,
  layout,
};
export default scene;
