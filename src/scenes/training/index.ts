import { benchmarksData } from '../../data/raw';
import { distilledData, trainingData } from '../../data/raw-training';
import type { SceneModule } from '../contract';
import { layout } from './layout';
import type { TrainingSceneData } from './shared';
import { stepNumbers, steps } from './steps';

const aime = benchmarksData.rows.find((r) => r.id === 'aime-2024-pass-1');
const teacherScore = aime?.values['deepseek-r1'];
if (teacherScore == null) throw new Error('training scene: src/data/benchmarks.json has no DeepSeek-R1 AIME 2024 pass@1 (row "aime-2024-pass-1").');

const data: TrainingSceneData = {
  training: trainingData,
  distilled: distilledData,
  teacher: { name: 'DeepSeek-R1', aimePass1: teacherScore, source: benchmarksData.source },
};

const scene: SceneModule<TrainingSceneData> = {
  name: 'training',
  steps,
  wordParams: stepNumbers,
  sources: ['R1_PAPER', 'R1_README'],
  aspect: { wide: 0.74, narrow: 1.3 },
  data,
  layout,
};
export default scene;
