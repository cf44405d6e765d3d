/**
 * One step of a scene as a standalone SVG file: a title block (the figure's title and
 * the step), the frame at the wide server size with every style resolved onto the
 * marks (see scene-css.ts), and a footer with the source line and the page's URL.
 * Plain XML, no CSS variables, no external references, so it opens the same in a
 * browser, a vector editor or resvg (which makes the PNG from it).
 */
import type { Frame, Mark, SceneModule } from '../scenes/contract';
import { initialData, sizeFor } from '../scenes/contract';
import type { SceneText } from '../scenes/kit/messages';
import { wordsOf } from '../scenes/kit/scene-words';
import { geometry, opacityOf, style as markStyle } from '../scenes/kit/attributes';
import { measure, wrap } from '../scenes/kit/text';
import { computeStyle, resolveValue, type SceneStyles } from './scene-css';

export interface StandaloneOptions {
  /** Only the figure (no title, step, source or credit lines): for thumbnails. */
  bare?: boolean;
  /** Which server layout to draw (default wide); thumbnails use the narrow one, whose text stays legible small. */
  variant?: 'wide' | 'narrow';
  /** "Source: … " line (plain text, already joined). */
  sourceLine: string;
  /** Credit line, e.g. "R1, Explained · https://…/embed/scene/step/". */
  credit: string;
  /** The scene's words in the file's language (src/scenes/words.ts `sceneText`, or the live figure's). */
  text: SceneText;
  /**
   * The file's own sentences in its language (UI catalogue `download.stepLine`, `download.title`):
   * "Step {pos} of {count} · {label}" and "{title}: {label}", filled here.
   */
  lines: { step: string; title: string };
}

export interface Standalone {
  svg: string;
  width: number;
  height: number;
  frame: Frame;
}

/** XML text/attribute escaping (also strips characters XML 1.0 forbids). */
export function xmlEscape(s: string | number): string {
  return (
    String(s)
      // eslint-disable-next-line no-control-regex -- these control characters are exactly what XML 1.0 forbids
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
  );
}

const PAD = 20;
const TITLE_SIZE = 18;
const STEP_SIZE = 13;
const FOOT_SIZE = 11;

function styleAttr(props: Map<string, string>, skip: Set<string> = new Set()): string {
  const parts = [...props].filter(([k]) => !skip.has(k)).map(([k, v]) => `${k}:${v}`);
  return parts.length ? ` style="${xmlEscape(parts.join(';'))}"` : '';
}

function markXml(m: Mark, styles: SceneStyles): string {
  const classes = (m.className ?? '').split(/\s+/).filter(Boolean);
  const attrs: Record<string, string | number> = { 'data-key': m.key, ...geometry(m), ...markStyle(m) };
  const computed = computeStyle(styles, m.kind, classes, attrs);
  const o = opacityOf(m);
  if (o !== 1) attrs['opacity'] = o;
  let text = m.kind === 'text' ? m.text : '';
  // Things SVG renderers do not all do: apply them here.
  const transform = computed.get('text-transform');
  computed.delete('text-transform');
  if (transform === 'uppercase') text = text.toUpperCase();
  if (transform === 'lowercase') text = text.toLowerCase();
  const ls = computed.get('letter-spacing');
  if (ls && /em$/.test(ls)) {
    const size = Number(computed.get('font-size')?.replace('px', '') ?? (m.kind === 'text' ? m.fontSize : undefined) ?? 16);
    computed.set('letter-spacing', `${Math.round(parseFloat(ls) * size * 100) / 100}px`);
  }
  if (m.kind === 'text' && text) {
    // A file shown outside the page (an <img> thumbnail, an SVG opened in a viewer) cannot load the site's
    // Plex: the viewer's own font, wider or narrower, would push labels off the figure or into each other.
    // The width the kit measured with Plex holds the text to the place the layout gave it.
    const size = Number(computed.get('font-size')?.replace('px', '') ?? m.fontSize ?? 16);
    const weight = Number(computed.get('font-weight') ?? m.fontWeight ?? 400) || 400;
    const spacing = parseFloat(computed.get('letter-spacing') ?? '0') || 0;
    attrs['textLength'] = Math.round(measure(text, { size, weight, letterSpacing: spacing }) * 10) / 10;
    attrs['lengthAdjust'] = 'spacingAndGlyphs';
  }
  const attrText = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${xmlEscape(v)}"`)
    .join('');
  const body = m.kind === 'text' ? xmlEscape(text) : '';
  return `<${m.kind}${attrText}${styleAttr(computed)}>${body}</${m.kind}>`;
}

/** A sentence's {name} placeholders filled in one pass (a label holding "{pos}" stays as written). */
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));

/** The step's frame at the wide server size, wrapped with title, step, source line and credit. */
export function standaloneSvg(scene: SceneModule, stepId: string, styles: SceneStyles, opts: StandaloneOptions): Standalone {
  const frame = scene.layout(initialData(scene, opts.text), stepId, sizeFor(scene, opts.variant ?? 'wide'), opts.text);
  const words = wordsOf(scene, opts.text);
  const index = words.steps.findIndex((s) => s.id === stepId);
  const step = words.steps[index]!;
  const width = frame.width + 2 * PAD;
  const textWidth = frame.width;
  const root = computeStyle(styles, 'svg', []);
  const token = (name: string) => resolveValue(`var(${name})`, styles.vars, 'standalone SVG');
  const fg = token('--fg');
  const muted = token('--fg-muted');
  const bg = token('--bg');
  const font = root.get('font-family') ?? resolveValue('var(--font)', styles.vars);

  const out: string[] = [];
  if (opts.bare) {
    const svg = [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${frame.width}" height="${frame.height}" viewBox="0 0 ${frame.width} ${frame.height}" font-family="${xmlEscape(font)}">`,
      `<title>${xmlEscape(words.title)}</title>`,
      `<rect x="0" y="0" width="${frame.width}" height="${frame.height}" fill="${bg}"/>`,
      `<g${styleAttr(root)}>`,
      ...frame.marks.map((m) => markXml(m, styles)),
      '</g>',
      '</svg>',
      '',
    ].join('\n');
    return { svg, width: frame.width, height: frame.height, frame };
  }
  let y = PAD + TITLE_SIZE;
  const titleLines = wrap(words.title, { width: textWidth, size: TITLE_SIZE, weight: 700 });
  for (const line of titleLines) {
    out.push(`<text x="${PAD}" y="${y}" font-size="${TITLE_SIZE}" font-weight="700" fill="${fg}">${xmlEscape(line)}</text>`);
    y += TITLE_SIZE * 1.3;
  }
  const stepLines = wrap(fill(opts.lines.step, { pos: index + 1, count: scene.steps.length, label: step.label }), { width: textWidth, size: STEP_SIZE });
  y += 2;
  for (const line of stepLines) {
    out.push(`<text x="${PAD}" y="${y}" font-size="${STEP_SIZE}" fill="${muted}">${xmlEscape(line)}</text>`);
    y += STEP_SIZE * 1.35;
  }
  const figureTop = Math.round(y + 4);
  out.push(`<g transform="translate(${PAD} ${figureTop})" class="scene-figure"${styleAttr(root)}>`);
  for (const m of frame.marks) out.push(markXml(m, styles));
  out.push('</g>');
  y = figureTop + frame.height + 16 + FOOT_SIZE;
  const footLines = [...wrap(opts.sourceLine, { width: textWidth, size: FOOT_SIZE }), ...wrap(opts.credit, { width: textWidth, size: FOOT_SIZE })];
  for (const line of footLines) {
    out.push(`<text x="${PAD}" y="${Math.round(y * 100) / 100}" font-size="${FOOT_SIZE}" fill="${muted}">${xmlEscape(line)}</text>`);
    y += FOOT_SIZE * 1.4;
  }
  const height = Math.ceil(y - FOOT_SIZE * 1.4 + PAD);

  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${xmlEscape(font)}" role="img" aria-labelledby="t d">`,
    `<title id="t">${xmlEscape(fill(opts.lines.title, { title: words.title, label: step.label }))}</title>`,
    `<desc id="d">${xmlEscape(`${frame.description} ${opts.sourceLine}`)}</desc>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="${bg}"/>`,
    ...out,
    '</svg>',
    '',
  ].join('\n');
  return { svg, width, height, frame };
}
