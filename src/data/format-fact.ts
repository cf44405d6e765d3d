/**
 * A fact as a reader sees it ("$5.576 million", "15.6%"). Browser-safe (d3-format
 * only), so scene copy and presenter notes format figures exactly as prose does.
 */
import { format } from 'd3-format';
import type { Fact } from './schemas';

export function formatFactValue(f: Fact): string {
  if (typeof f.value === 'string') return `${f.prefix ?? ''}${f.value}${f.suffix ?? ''}`;
  const text = format(f.format ?? ',')(f.value);
  if (text.includes('NaN')) throw new Error(`fact value ${f.value} formats to NaN with "${f.format}"`);
  return `${f.prefix ?? ''}${text.replace('-', '−')}${f.suffix ?? ''}`;
}
