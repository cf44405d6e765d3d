import { distilledData } from '../../data/raw-training';
import { hardwareData, memoryData } from '../../data/raw-memory';
import { pooledGB } from '../../model/memory';
import type { SceneModule } from '../contract';
import { layout } from './layout';
import type { HardwareRow, MemorySceneData } from './shared';
import { stepWordParams, stepWordParamsFor, steps } from './steps';
import { gpuSources, memorySays, memoryWhatIf, r1Setup, setupFor } from './what-if';
import type { MemoryText } from './shared';

function memoryOf(id: string): number {
  const h = hardwareData.items.find((x) => x.id === id);
  if (!h) throw new Error(`memory-fit: no hardware "${id}" in src/data/hardware.json`);
  if (h.memoryGB != null) return h.memoryGB;
  return pooledGB(h.devices!.value, memoryOf(h.device!));
}

// Rows marked `figure: false` (the H200) are offered only in the what-if controls.
const hardware: HardwareRow[] = hardwareData.items
  .filter((h) => h.figure !== false)
  .map((h) => ({ id: h.id, name: h.name, short: h.short, memoryGB: memoryOf(h.id), memoryKind: h.memoryKind, source: h.source }));

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
  precisions: memoryData.precisions.map((p) => ({ id: p.id, bits: p.bits })),
  allowance: memoryData.allowance.share,
  hardware,
  setup: setupFor(r1Setup),
};

/* Each hardware size cites its own source; the caption lists them all once. */
const hardwareSources = [...new Set([...hardware.map((h) => h.source), ...gpuSources])];

const scene: SceneModule<MemorySceneData> = {
  name: 'memory-fit',
  steps,
  sources: ['R1_README', 'V3_README', 'V3_WEIGHTS', 'V3_CONFIG', 'V3_REPORT', ...hardwareSources],
  // Words: messages/<locale>.json (the encoding "what-fits" is keyed by the step that draws it).
  wordParams: { ...stepWordParams, note: { bytes: memoryData.kvCache.bytesPerValue } },
  wordParamsFor: stepWordParamsFor,
  aspect: { wide: 0.74, narrow: 1.2 },
  data,
  layout,
  whatIf: {
    spec: memoryWhatIf,
    dataFor: (state) => ({ ...data, setup: setupFor(state) }),
    says: (d, text) => memorySays(d.setup, text as MemoryText),
  },
};
export default scene;
