import { distilledData } from '../../data/raw-training';
import { hardwareData, memoryData, sourceInfo } from '../../data/raw-memory';
import { pooledGB } from '../../model/memory';
import type { SceneModule } from '../contract';
import { layout, type HardwareRow, type MemorySceneData } from './layout';
import { steps } from './steps';

function memoryOf(id: string): number {
  const h = hardwareData.items.find((x) => x.id === id);
  if (!h) throw new Error(`memory-fit: no hardware "${id}" in src/data/hardware.json`);
  if (h.memoryGB != null) return h.memoryGB;
  return pooledGB(h.devices!.value, memoryOf(h.device!));
}

const hardware: HardwareRow[] = hardwareData.items.map((h) => {
  const s = sourceInfo(h.source);
  return {
    id: h.id,
    name: h.name,
    short: h.short,
    memoryGB: memoryOf(h.id),
    memoryKind: h.memoryKind,
    source: h.source,
    sourceTitle: s.title,
    sourceUrl: s.url,
  };
});

const data: MemorySceneData = {
  full: {
    id: memoryData.fullModel.id,
    name: memoryData.fullModel.name,
    short: memoryData.fullModel.short,
    paramsB: memoryData.fullModel.paramsB.value,
    withMtpB: memoryData.fullModel.withMtpB.value,
    source: memoryData.fullModel.paramsB.source,
  },
  distilled: distilledData.models.map((m) => ({ id: m.id, name: m.name, short: m.short, paramsB: m.paramsB, source: m.source })),
  precisions: memoryData.precisions.map((p) => ({ id: p.id, label: p.label, bits: p.bits })),
  allowance: memoryData.allowance.share,
  allowanceLabel: memoryData.allowance.label,
  hardware,
};

/* Each hardware size cites its own source; the caption lists them all once. */
const hardwareSources = [...new Set(hardwareData.items.map((h) => h.source))];

const scene: SceneModule<MemorySceneData> = {
  name: 'memory-fit',
  title: 'What it takes to run R1',
  steps,
  sources: ['R1_README', 'V3_README', 'V3_WEIGHTS', ...hardwareSources],
  // Keyed by the step that draws it; its header says the same ("Stronger shade = more precise").
  encodings: { 'what-fits': 'a stronger shade means a more precise format' },
  note: 'The allowance for working memory is our illustrative assumption. Hardware sizes: makers’ specifications (see the data table).',
  aspect: { wide: 0.74, narrow: 1.2 },
  data,
  layout,
};
export default scene;
