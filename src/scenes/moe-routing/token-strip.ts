import type { Mark, Size } from '../contract';
import { px } from '../kit/format';
import { measure } from '../kit/text';
import type { MoeRoutingData } from './data';
import { shortToken, type RoutingText } from './shared';

/**
 * The sentence as a strip of tokens with the followed one in bold and underlined, as
 * many as fit around it. Three text marks (before, token, after), so the spacing
 * inside each run is the browser's own.
 */
export function tokenStrip(data: MoeRoutingData, size: Size, narrow: boolean, text: RoutingText): Mark[] {
  const y = 54;
  const fs = 12;
  const shown = data.tokens.map((t) => shortToken(t));
  const space = measure(' ', { size: fs });
  const widths = shown.map((t, i) => measure(t, { size: fs, weight: i === data.focus ? 700 : 400 }) + space);
  const prefix = text.t(narrow ? 'strip.prefix.narrow' : 'strip.prefix');
  const startX = measure(prefix, { size: fs }) + 10;
  const ell = measure('… ', { size: fs });
  const avail = size.width - startX - 2 * ell - 4;
  // Grow a window around the followed token while it fits.
  let lo = data.focus;
  let hi = data.focus;
  let used = widths[data.focus]!;
  for (;;) {
    const canR = hi + 1 < shown.length && used + widths[hi + 1]! <= avail;
    const canL = lo > 0 && used + widths[lo - 1]! <= avail;
    if (!canR && !canL) break;
    if (canR && (hi - data.focus <= data.focus - lo || !canL)) used += widths[++hi]!;
    else used += widths[--lo]!;
  }
  const before = (lo > 0 ? '… ' : '') + shown.slice(lo, data.focus).join(' ');
  const after = shown.slice(data.focus + 1, hi + 1).join(' ') + (hi < shown.length - 1 ? ' …' : '');
  const focusX = startX + (before ? measure(before, { size: fs }) + space : 0);
  const focusW = measure(shown[data.focus]!, { size: fs, weight: 700 });
  const marks: Mark[] = [{ kind: 'text', key: 'strip:label', x: 0, y, text: prefix, className: 'chart-subtitle', fontSize: fs }];
  if (before) marks.push({ kind: 'text', key: 'strip:before', x: px(focusX - space), y, text: before, anchor: 'end', className: 'mr-token', fontSize: fs });
  marks.push({
    kind: 'text',
    key: 'strip:focus',
    x: px(focusX),
    y,
    text: shown[data.focus]!,
    className: 'mr-token mr-token-focus',
    fontSize: fs,
    fontWeight: 700,
  });
  marks.push({ kind: 'line', key: 'strip:underline', x1: px(focusX), x2: px(focusX + focusW * 0.92), y1: y + 4, y2: y + 4, className: 'mr-token-underline' });
  if (after) marks.push({ kind: 'text', key: 'strip:after', x: px(focusX + focusW + space), y, text: after, className: 'mr-token', fontSize: fs });
  return marks;
}
