/**
 * The Open Graph card (1200×630) as an SVG string: kicker, title, summary and, when the
 * page has one, a scene's frame drawn from the same marks as the page's figure.
 * Pure apart from reading the fonts' metrics; rasterized by ./render.ts.
 */
import type { Frame } from '../../scenes/contract';
import type { Locale } from '../../i18n/locales';
import { geometry, opacityOf, style, tagOf } from '../../scenes/kit/attributes';
import { hasChinese, inCjkRange, measure } from '../../scenes/kit/text';
import { wrapText } from './fonts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface OgCard {
  /** The edition's language: which fonts draw the card (./render.ts). */
  locale: Locale;
  /** Small line above the title ("Chapter 4"). */
  kicker: string;
  title: string;
  summary: string;
  /** A scene's frame to show on the right (the narrow or wide layout, whichever fits larger). */
  frames?: Frame[];
  /** Bottom line (the site's pitch). */
  footer: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The family resvg draws Chinese in (Noto Sans SC: src/fonts/files.ts chineseTtfFiles). */
const CJK_FAMILY = 'Noto Sans SC';

/**
 * A text's content for resvg: each run of Han characters and full-width marks in a <tspan> set in
 * Noto Sans SC, the rest (Latin, digits, “ ” · …) in the text's own IBM Plex Sans, as the pages'
 * font stacks do. Left to itself, resvg draws a character Plex lacks in the first loaded font
 * that has it, whatever its weight: a bold Chinese title came out regular. Text without Chinese
 * is only escaped, so English cards are unchanged.
 */
export function textContent(text: string): string {
  if (!hasChinese(text)) return esc(text);
  let out = '';
  let run = '';
  let cjk = false;
  const flush = () => {
    if (run) out += cjk ? `<tspan font-family="${CJK_FAMILY}">${esc(run)}</tspan>` : esc(run);
    run = '';
  };
  for (const ch of text) {
    const c = inCjkRange(ch.codePointAt(0)!);
    if (c !== cjk) flush();
    cjk = c;
    run += ch;
  }
  flush();
  return out;
}

/** One mark as an SVG element (same attributes as the page's SceneSvg). */
function markSvg(m: Frame['marks'][number]): string {
  const attrs: Record<string, string | number> = { ...geometry(m), ...style(m) };
  const o = opacityOf(m);
  if (o !== 1) attrs['opacity'] = o;
  const a = Object.entries(attrs)
    .map(([k, v]) => `${k}="${esc(String(v))}"`)
    .join(' ');
  const tag = tagOf(m);
  return m.kind === 'text' ? `<${tag} ${a}>${textContent(m.text)}</${tag}>` : `<${tag} ${a}/>`;
}

export function ogCardSvg(card: OgCard, palette: Record<string, string>, sceneCss: string): string {
  const P = (k: string) => palette[k]!;
  const M = 64;
  const frames = card.frames ?? [];
  const hasFigure = frames.length > 0;
  const textRight = hasFigure ? 640 : OG_WIDTH - M;
  const textW = textRight - M;

  // Title: as large as fits in three lines.
  let titleSize = hasFigure ? 64 : 72;
  let title = wrapText(card.title, { size: titleSize, weight: 700 }, textW, 3);
  while (titleSize > 40 && (title.length > (hasFigure ? 3 : 2) || title.some((l) => l.endsWith('…')))) {
    titleSize -= 4;
    title = wrapText(card.title, { size: titleSize, weight: 700 }, textW, 3);
  }
  const titleLead = Math.round(titleSize * 1.14);
  const kickerY = 112;
  const titleY = kickerY + 30 + titleSize;
  const summarySize = hasFigure ? 27 : 32;
  const summaryLead = Math.round(summarySize * 1.42);
  const summaryY = titleY + (title.length - 1) * titleLead + summaryLead + 22;
  const footerY = OG_HEIGHT - 56;
  const maxSummaryLines = Math.max(1, Math.floor((footerY - 70 - summaryY) / summaryLead) + 1);
  const summary = wrapText(card.summary, { size: summarySize }, textW, maxSummaryLines);

  const parts: string[] = [];
  parts.push(`<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${P('--bg')}"/>`);
  parts.push(`<rect width="${OG_WIDTH}" height="12" fill="${P('--accent')}"/>`);
  parts.push(
    `<text x="${M}" y="${kickerY}" font-family="IBM Plex Sans" font-weight="700" font-size="24" letter-spacing="1" fill="${P('--accent')}">${textContent(card.kicker.toUpperCase())}</text>`,
  );
  title.forEach((l, i) =>
    parts.push(
      `<text x="${M}" y="${titleY + i * titleLead}" font-family="IBM Plex Sans" font-weight="700" font-size="${titleSize}" fill="${P('--fg')}">${textContent(l)}</text>`,
    ),
  );
  summary.forEach((l, i) =>
    parts.push(
      `<text x="${M}" y="${summaryY + i * summaryLead}" font-family="IBM Plex Sans" font-size="${summarySize}" fill="${P('--fg-muted')}">${textContent(l)}</text>`,
    ),
  );
  parts.push(`<rect x="${M}" y="${footerY - 40}" width="${textW}" height="2" fill="${P('--rule')}"/>`);
  let footerSize = 22;
  while (footerSize > 16 && measure(card.footer, { size: footerSize }) > textW) footerSize -= 1;
  const footer = wrapText(card.footer, { size: footerSize }, textW, 1)[0]!;
  parts.push(`<text x="${M}" y="${footerY}" font-family="IBM Plex Sans" font-size="${footerSize}" fill="${P('--fg-muted')}">${textContent(footer)}</text>`);

  if (hasFigure) {
    // The figure on a raised card at the right; pick the layout that is drawn largest.
    const box = { x: 690, y: 48, w: OG_WIDTH - 690 - 40, h: OG_HEIGHT - 96 };
    const pad = 18;
    const inner = { w: box.w - 2 * pad, h: box.h - 2 * pad };
    const scaleOf = (f: Frame) => Math.min(inner.w / f.width, inner.h / f.height);
    const frame = [...frames].sort((a, b) => scaleOf(b) - scaleOf(a))[0]!;
    const s = scaleOf(frame);
    const fw = frame.width * s;
    const fh = frame.height * s;
    // Shrink the card to the figure's height, centred vertically.
    const cardH = fh + 2 * pad;
    const cardY = Math.round((OG_HEIGHT - cardH) / 2);
    parts.push(
      `<rect x="${box.x}" y="${cardY}" width="${box.w}" height="${cardH}" rx="14" fill="${P('--bg-raised')}" stroke="${P('--rule')}" stroke-width="2"/>`,
    );
    parts.push(
      `<svg class="scene-frame" x="${box.x + pad + (inner.w - fw) / 2}" y="${cardY + pad}" width="${fw}" height="${fh}" viewBox="0 0 ${frame.width} ${frame.height}" overflow="visible">` +
        frame.marks.map(markSvg).join('') +
        `</svg>`,
    );
  }

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">` +
    `<style>${sceneCss}</style>` +
    parts.join('') +
    `</svg>`
  );
}
