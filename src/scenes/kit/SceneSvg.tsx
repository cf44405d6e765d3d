/**
 * The server view of a Frame: one SVG element per mark, keyed by `data-key` so the
 * browser's D3 tween can adopt the server-rendered nodes. Stateless and effect-free,
 * so Astro renders it to static HTML and readers without JavaScript see the figure.
 */
import { createElement } from 'react';
import type { Frame } from '../contract';
import { geometry, opacityOf, style, tagOf, type Attrs } from './attributes';

const REACT_NAMES: Record<string, string> = {
  class: 'className',
  'text-anchor': 'textAnchor',
  'font-size': 'fontSize',
  'font-weight': 'fontWeight',
  'dominant-baseline': 'dominantBaseline',
};

function toReact(attrs: Attrs): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(attrs)) out[REACT_NAMES[k] ?? k] = v;
  return out;
}

export interface SceneSvgProps {
  frame: Frame;
  /** Unique per page: ids for aria-labelledby. */
  idPrefix: string;
  className?: string;
}

export default function SceneSvg({ frame, idPrefix, className }: SceneSvgProps) {
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${frame.width} ${frame.height}`}
      width={frame.width}
      height={frame.height}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      className={className}
      overflow="visible"
    >
      <title id={titleId}>{frame.title}</title>
      <desc id={descId}>{frame.description}</desc>
      {frame.marks.map((m) => {
        const props: Record<string, unknown> = { key: m.key, 'data-key': m.key, ...toReact({ ...geometry(m), ...style(m) }) };
        const o = opacityOf(m);
        if (o !== 1) props['opacity'] = o;
        return createElement(tagOf(m), props, m.kind === 'text' ? m.text : undefined);
      })}
    </svg>
  );
}
