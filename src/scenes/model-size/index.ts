import { modelConfigData } from '../../data/raw-model';
import { activeParamsData } from '../active-parameters/data';
import type { SceneModule } from '../contract';
import { layout, type ModelSizeData } from './layout';
import { steps } from './steps';

const pub = modelConfigData.published;
const counted = activeParamsData().count;
const data: ModelSizeData = {
  totalB: pub.totalParamsB.value,
  activeB: pub.activeParamsB.value,
  computedTotalB: counted.total / 1e9,
  computedActiveB: counted.active / 1e9,
};

const scene: SceneModule<ModelSizeData> = {
  name: 'model-size',
  steps,
  sources: [pub.totalParamsB.source, 'V3_CONFIG'],
  aspect: { wide: 0.42, narrow: 0.86 },
  data,
  layout,
};
export default scene;
