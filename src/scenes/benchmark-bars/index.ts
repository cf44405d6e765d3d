import { benchmarksData as benchmarks } from '../../data/raw';
import type { Benchmarks } from '../../data/schemas';
import type { SceneModule } from '../contract';
import { layout } from './layout';
import { stepNumbers, steps } from './steps';

const scene: SceneModule<Benchmarks> = {
  name: 'benchmark-bars',
  steps,
  wordParams: stepNumbers,
  sources: [benchmarks.source],
  noteSource: 'R1_PAPER',
  aspect: { wide: 0.78, narrow: 1.12 },
  data: benchmarks,
  layout,
};
export default scene;
