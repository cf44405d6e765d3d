/**
 * The site's colours, one palette per theme. Everything else takes them from here:
 * - the pages, through src/styles/tokens.css (custom properties as light-dark(light, dark)),
 *   which `npm run tokens` writes from this file (tests/unit/tokens.test.ts fails when it is stale);
 * - the downloads (standalone SVG, PNG) and the link-preview cards, which read the light
 *   palette directly instead of parsing CSS.
 * Scene stylesheets use var(--token) only: a colour a scene needs is added here, with both
 * themes, so the colour-vision and contrast tests (tests/unit/tokens.test.ts) see it.
 *
 * No imports: scripts/make-tokens.mjs runs this file with Node's own TypeScript stripping.
 */

export type Theme = 'light' | 'dark';

/**
 * What a colour is for, which sets the contrast it needs against the page (WCAG 2.2):
 * text 4.5:1 (on --bg and --bg-raised), mark 3:1 (non-text 1.4.11), surface and tint none
 * (backgrounds, hairlines, and the pale fills that text sits on; text on them is tested
 * separately in tokens.test.ts).
 */
export type Role = 'surface' | 'text' | 'mark' | 'tint';

interface TokenDef {
  role: Role;
  light: string;
  dark: string;
}

/** sRGB mix of two #rrggbb colours: `p` of `a`, the rest `b` (what color-mix(in srgb, a p%, b) gives). */
function mix(a: string, p: number, b: string): string {
  const ch = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  return `#${[0, 1, 2]
    .map((i) =>
      Math.round(ch(a, i) * p + ch(b, i) * (1 - p))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

const base = {
  bg: { role: 'surface', light: '#fbfaf7', dark: '#121316' },
  'bg-raised': { role: 'surface', light: '#ffffff', dark: '#1c1d21' },
  fg: { role: 'text', light: '#1d1d1f', dark: '#ececec' },
  'fg-muted': { role: 'text', light: '#55565b', dark: '#b3b5bb' },
  rule: { role: 'surface', light: '#d9d6cf', dark: '#3a3c42' },
  accent: { role: 'text', light: '#0b57d0', dark: '#8ab4f8' },
  /** Text on --accent and on --r1 fills (buttons, the badge, labels inside the routed experts). */
  'accent-fg': { role: 'surface', light: '#ffffff', dark: '#0b0c0e' },
  focus: { role: 'mark', light: '#c2410c', dark: '#fdba74' },
  // The models, in every scene: R1, OpenAI o1, everything else.
  r1: { role: 'text', light: '#1d4ed8', dark: '#7aa7ff' },
  o1: { role: 'text', light: '#b45309', dark: '#f0a347' },
  other: { role: 'mark', light: '#8a8f98', dark: '#8d929b' },
  good: { role: 'text', light: '#166534', dark: '#86efac' },
  // active-parameters: the seven parts of the model drawn side by side (routed = --r1,
  // attention = --o1, dense = --other). Chosen so that all seven stay apart with any of the
  // three colour-vision deficiencies; routed experts and embedding were both blue before.
  'ap-shared': { role: 'mark', light: '#005a32', dark: '#6add88' },
  'ap-embedding': { role: 'mark', light: '#9562ff', dark: '#876df9' },
  'ap-head': { role: 'mark', light: '#9c0451', dark: '#ef4bad' },
  'ap-router': { role: 'mark', light: '#00818b', dark: '#55ffef' },
  // claim-check verdicts (each badge also carries a symbol and a word).
  'verdict-correct': { role: 'mark', light: '#00814b', dark: '#71e48e' },
  'verdict-misleading': { role: 'mark', light: '#d95100', dark: '#f8bd2c' },
  'verdict-wrong': { role: 'mark', light: '#b7291b', dark: '#f5746f' },
  'verdict-unverified': { role: 'mark', light: '#6b7280', dark: '#9ca3af' },
} as const satisfies Record<string, TokenDef>;

type BaseName = keyof typeof base;
const both = (f: (theme: Theme) => string) => ({ light: f('light'), dark: f('dark') });
const tint = (token: BaseName, p: number, over: BaseName): TokenDef => ({ role: 'tint', ...both((t) => mix(base[token][t], p, base[over][t])) });

/** Pale fills computed from the palette (CSS would need color-mix(), which downloads cannot read). */
const tints = {
  /** Routed experts before a token lights them up. */
  'ap-routed-faint': { ...tint('r1', 0.65, 'bg'), role: 'mark' as Role },
  /** model-size: the parameters that sit idle for a token (the lit ones are --r1). */
  'model-size-idle': tint('other', 0.38, 'bg'),
  'verdict-correct-fill': tint('verdict-correct', 0.16, 'bg-raised'),
  'verdict-misleading-fill': tint('verdict-misleading', 0.16, 'bg-raised'),
  'verdict-wrong-fill': tint('verdict-wrong', 0.16, 'bg-raised'),
  'verdict-unverified-fill': tint('verdict-unverified', 0.14, 'bg-raised'),
} satisfies Record<string, TokenDef>;

export const tokens: Readonly<Record<TokenName, TokenDef>> = { ...base, ...tints };
export type TokenName = BaseName | keyof typeof tints;

/** One theme's colours by token name. */
export function palette(theme: Theme): Record<TokenName, string> {
  return Object.fromEntries(Object.entries(tokens).map(([k, v]) => [k, v[theme]])) as Record<TokenName, string>;
}

/** `--name` -> colour, for code that resolves var() itself (downloads, cards). */
export function cssVars(theme: Theme): Map<string, string> {
  return new Map(Object.entries(palette(theme)).map(([k, v]) => [`--${k}`, v]));
}

/** The text of src/styles/tokens.css. */
export function tokensCss(): string {
  const lines = Object.entries(tokens).map(([k, v]) => `  --${k}: light-dark(${v.light}, ${v.dark});`);
  return [
    '/* Generated from src/styles/tokens.ts by `npm run tokens`: edit that file, not this one.',
    '   light-dark() follows the color-scheme set in global.css (reader setting, data-theme, print). */',
    ':root {',
    ...lines,
    '}',
    '',
  ].join('\n');
}
