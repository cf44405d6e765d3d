/**
 * Mark -> SVG element name and attributes. Used by the server view (React) and by
 * the browser tween (D3), so both draw a mark the same way.
 */
import type { Mark } from '../contract';

export type Attrs = Record<string, string | number>;

export function tagOf(mark: Mark): 'rect' | 'text' | 'line' | 'circle' | 'path' {
  return mark.kind;
}

/** Geometry attributes that tween smoothly between frames. */
export function geometry(mark: Mark): Attrs {
  switch (mark.kind) {
    case 'rect':
      return { x: mark.x, y: mark.y, width: mark.width, height: mark.height, rx: mark.rx ?? 0 };
    case 'text':
      return { x: mark.x, y: mark.y };
    case 'line':
      return { x1: mark.x1, y1: mark.y1, x2: mark.x2, y2: mark.y2 };
    case 'circle':
      return { cx: mark.cx, cy: mark.cy, r: mark.r };
    case 'path':
      return { d: mark.d };
  }
}

/** Attributes that are set at once, not tweened (classes, text styling). */
export function style(mark: Mark): Attrs {
  const a: Attrs = {};
  if (mark.className) a['class'] = mark.className;
  if (mark.kind === 'text') {
    if (mark.anchor && mark.anchor !== 'start') a['text-anchor'] = mark.anchor;
    if (mark.fontSize) a['font-size'] = mark.fontSize;
    if (mark.fontWeight) a['font-weight'] = mark.fontWeight;
    if (mark.baseline === 'middle') a['dominant-baseline'] = 'central';
    if (mark.baseline === 'hanging') a['dominant-baseline'] = 'hanging';
  }
  return a;
}

export function opacityOf(mark: Mark): number {
  return mark.opacity ?? 1;
}
