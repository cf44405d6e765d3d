import type { SceneStep, StepIds } from '../contract';
import { benchmarksData } from '../../data/raw';

/** R1's lead over o1-1217 on a benchmark row, in points, to 0.1 (either way). Notes read it from the data. */
function gap(rowId: string): number {
  const row = benchmarksData.rows.find((r) => r.id === rowId);
  const r1 = row?.values['deepseek-r1'];
  const o1 = row?.values['o1-1217'];
  if (r1 == null || o1 == null) throw new Error(`benchmark-bars: src/data/benchmarks.json has no R1 and o1-1217 values for "${rowId}"`);
  return Math.round(Math.abs(r1 - o1) * 10) / 10;
}

/** The numbers the presenter notes quote, by catalogue key (SceneModule.wordParams). */
export const stepNumbers = {
  'step.maths.notes': { aime: gap('aime-2024-pass-1'), math: gap('math-500-pass-1') },
  'step.knowledge.notes': { mmlu: gap('mmlu-pass-1'), gpqa: gap('gpqa-diamond-pass-1') },
};

/** Labels and presenter notes: `step.<id>.label` / `.notes` in messages/<locale>.json (gaps in `stepNumbers`). */
export const steps = [{ id: 'maths' }, { id: 'coding' }, { id: 'codeforces' }, { id: 'knowledge' }, { id: 'summary' }] as const satisfies readonly SceneStep[];

/** The figure's step ids; each has its file in steps/ (see steps/index.ts). */
export type StepId = StepIds<typeof steps>;
