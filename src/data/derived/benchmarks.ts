/**
 * Benchmark scores as named facts for prose (<Fact id="bench.aime.r1" />), built
 * from the data files so no score is ever typed twice:
 *  - bench.<row>.<model>   from src/data/benchmarks.json (R1 README sec. 4 = paper Table 4)
 *  - bench.<row>.gap       the distance between DeepSeek-R1 and OpenAI o1-1217 on that row
 *  - bench.distill.<model>.<metric>, bench.distill.count/.smallest/.largest
 *                          from src/data/distilled-models.json (paper Table 5)
 * Browser-safe (no zod): the claim-check scene uses these too.
 */
import type { Benchmarks, BenchmarkUnit, Fact } from '../schemas';
import { benchmarksData } from '../raw';
import distilledJson from '../distilled-models.json';

/** Short, readable row names for fact ids; other rows keep their data id. */
export const ROW_ALIAS: Record<string, string> = {
  'aime-2024-pass-1': 'aime',
  'math-500-pass-1': 'math500',
  'livecodebench-pass-1-cot': 'lcb',
  'swe-verified-resolved': 'swe',
  'codeforces-percentile': 'cf-pct',
  'codeforces-rating': 'cf-rating',
  'mmlu-pass-1': 'mmlu',
  'gpqa-diamond-pass-1': 'gpqa',
  'simpleqa-correct': 'simpleqa',
  'aider-polyglot-acc': 'aider',
};

export const MODEL_ALIAS: Record<string, string> = {
  'deepseek-r1': 'r1',
  'o1-1217': 'o1',
  'o1-mini': 'o1-mini',
  'deepseek-v3': 'v3',
  'claude-3-5-sonnet': 'claude',
  'gpt-4o': 'gpt4o',
};

function unitFormat(unit: BenchmarkUnit): Pick<Fact, 'format' | 'suffix'> {
  if (unit === 'percent') return { format: '.1f', suffix: '%' };
  if (unit === 'percentile') return { format: '.1f' };
  return { format: ',' };
}

/** R1 minus o1-1217 (positive: R1 ahead). Undefined when either is not reported. */
export function r1Gap(row: Benchmarks['rows'][number]): number | undefined {
  const r1 = row.values['deepseek-r1'];
  const o1 = row.values['o1-1217'];
  if (r1 == null || o1 == null) return undefined;
  // Scores carry one decimal: round the difference to one decimal too (79.8 - 79.2 = 0.6, not 0.600000000001).
  return Math.round((r1 - o1) * 10) / 10;
}

export function benchmarkFacts(data: Benchmarks): Record<string, Fact> {
  const out: Record<string, Fact> = {};
  const where = (row: Benchmarks['rows'][number], model: string) =>
    `${data.sourceDetail}: ${row.benchmark} (${row.metric}), ${data.models.find((m) => m.id === model)?.sourceName ?? model}`;
  for (const row of data.rows) {
    const r = ROW_ALIAS[row.id] ?? row.id;
    for (const [model, v] of Object.entries(row.values)) {
      if (v == null) continue;
      const m = MODEL_ALIAS[model] ?? model;
      out[`bench.${r}.${m}`] = {
        value: v,
        ...unitFormat(row.unit),
        source: data.source,
        where: where(row, model),
        ...(model === 'o1-1217'
          ? { note: "OpenAI's own figure: DeepSeek's paper (sec. 3) says its o1-1217 results come from OpenAI's official reports." }
          : {}),
      };
    }
    const gap = r1Gap(row);
    if (gap !== undefined) {
      out[`bench.${r}.gap`] = {
        value: Math.abs(gap),
        format: row.unit === 'rating' ? ',' : '.1f',
        suffix: row.unit === 'rating' ? ' rating points' : ' points',
        source: data.source,
        where: `${data.sourceDetail}: ${row.benchmark} (${row.metric}), DeepSeek-R1 minus OpenAI-o1-1217 (computed)`,
        note: gap > 0 ? 'DeepSeek-R1 ahead' : gap < 0 ? 'OpenAI o1-1217 ahead' : 'level',
      };
    }
  }
  // How big the table is: Codeforces has two rows (percentile and rating), so rows and benchmarks differ.
  out['bench.table-rows'] = { value: data.rows.length, format: ',', suffix: ' rows', source: data.source, where: `${data.sourceDetail} (rows counted)` };
  out['bench.table-benchmarks'] = {
    value: new Set(data.rows.map((r) => r.benchmark)).size,
    format: ',',
    suffix: ' benchmarks',
    source: data.source,
    where: `${data.sourceDetail} (distinct benchmarks counted)`,
  };
  return out;
}

interface Distilled {
  source: string;
  where: string;
  metrics: { id: string; label: string; metric: string; unit: string }[];
  models: { id: string; name: string; paramsB: number; scores: Record<string, number> }[];
}

export function distilledFacts(d: Distilled): Record<string, Fact> {
  const file = 'src/data/distilled-models.json';
  if (!Array.isArray(d?.models) || !Array.isArray(d?.metrics) || d.models.length === 0) {
    throw new Error(`${file}: expected "models" and "metrics" arrays (used by src/data/derived/benchmarks.ts for bench.distill.* facts).`);
  }
  const out: Record<string, Fact> = {};
  for (const m of d.models) {
    const id = m.id.replace(/^distill-/, '');
    for (const metric of d.metrics) {
      const v = m.scores[metric.id];
      if (v == null) continue;
      out[`bench.distill.${id}.${metric.id}`] = {
        value: v,
        ...(metric.unit === 'rating' ? { format: ',' } : { format: '.1f', suffix: '%' }),
        source: d.source,
        where: `${d.where}: ${m.name}, ${metric.label} ${metric.metric}`,
      };
    }
  }
  const sizes = d.models.map((m) => m.paramsB);
  out['bench.distill.count'] = { value: d.models.length, format: ',', source: d.source, where: `${d.where} (number of distilled models)` };
  out['bench.distill.smallest'] = {
    value: Math.min(...sizes),
    format: ',',
    suffix: ' billion',
    source: d.source,
    where: `${d.where} (smallest model, from its name)`,
  };
  out['bench.distill.largest'] = {
    value: Math.max(...sizes),
    format: ',',
    suffix: ' billion',
    source: d.source,
    where: `${d.where} (largest model, from its name)`,
  };
  return out;
}

const facts: Record<string, Fact> = { ...benchmarkFacts(benchmarksData), ...distilledFacts(distilledJson as unknown as Distilled) };
export default facts;
