import type { SceneStep, StepIds } from '../contract';
import { benchmarksData } from '../../data/raw';
import { formatNumber } from '../kit/format';

/** R1's lead over o1-1217 on a benchmark row, in points (negative: o1-1217 leads). Notes read it from the data. */
function gap(rowId: string): string {
  const row = benchmarksData.rows.find((r) => r.id === rowId);
  const r1 = row?.values['deepseek-r1'];
  const o1 = row?.values['o1-1217'];
  if (r1 == null || o1 == null) throw new Error(`benchmark-bars: src/data/benchmarks.json has no R1 and o1-1217 values for "${rowId}"`);
  return formatNumber(Math.abs(r1 - o1), '.1~f');
}

export const steps = [
  { id: 'maths', label: 'Maths', notes: `AIME 2024 and MATH-500: R1 is ahead of o1-1217, by ${gap('aime-2024-pass-1')} and ${gap('math-500-pass-1')} points.` },
  { id: 'coding', label: 'Coding', notes: 'LiveCodeBench: R1 ahead. SWE-bench Verified: Claude 3.5 Sonnet is best; R1 and o1 are level.' },
  { id: 'codeforces', label: 'Codeforces', notes: 'A percentile and an Elo rating, never a percentage. o1-1217 is slightly ahead on both.' },
  { id: 'knowledge', label: 'Knowledge', notes: `MMLU and GPQA Diamond: o1-1217 leads by ${gap('mmlu-pass-1')} and ${gap('gpqa-diamond-pass-1')} points.` },
  { id: 'summary', label: 'Summary', notes: 'R1 and o1-1217 trade wins: R1 on maths, o1 on knowledge and Codeforces.' },
] as const satisfies readonly SceneStep[];

/** The figure's step ids; each has its file in steps/ (see steps/index.ts). */
export type StepId = StepIds<typeof steps>;
