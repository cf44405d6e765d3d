import { format } from 'd3-format';

/** Round to 0.01 px: keeps SVG small and snapshots stable, never produces NaN silently. */
export function px(n: number): number {
  if (!Number.isFinite(n)) throw new Error(`layout produced a non-finite number (${n})`);
  return Math.round(n * 100) / 100;
}

const oneDecimal = format('.1f');
const thousands = format(',');
export function formatPercent(v: number): string {
  return `${oneDecimal(v)}%`;
}
export function formatNumber(v: number, spec = ','): string {
  return spec === ',' ? thousands(v) : format(spec)(v);
}
