/**
 * Hostile and junk query strings for the embed pages: each must fall back to the
 * defaults for the option it attacks, never reach the page unescaped, and never
 * run. Shared by the unit tests (parser) and the end-to-end tests (real pages).
 */
export const HOSTILE_QUERIES: readonly string[] = [
  '?step=nope',
  '?step=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '?theme=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '?controls=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  '?theme="><svg onload=alert(1)>',
  '?theme=%22%3E%3Csvg%20onload%3Dalert(1)%3E',
  "?step=' onmouseover='alert(1)",
  '?step=%27%20autofocus%20onfocus%3D%27alert(1)',
  '?theme=javascript:alert(1)',
  '?theme=' + 'a'.repeat(6000), // longer URLs get HTTP 431 from most servers; the parser's own cap is unit-tested
  '?step=' + 'x'.repeat(5000),
  '?theme=dark&theme=light',
  '?controls=0&controls=1',
  '?step=&theme=&controls=',
  '?theme=DARK',
  '?theme=%EF%BD%84%EF%BD%81%EF%BD%92%EF%BD%8B', // fullwidth "ｄａｒｋ"
  '?theme=dark%00',
  '?theme=dark%E2%80%8B', // zero-width space
  '?step=%F0%9F%92%A5',
  '?controls=%E0%A5%A6', // Devanagari zero
  '?%3Cscript%3E=1',
  '?childId=x%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '?childId=' + 'c'.repeat(300),
  '?theme=%',
  '?&&&=&=',
  '?__proto__=1&constructor=2&toString=3',
];

/** Defaults must hold for these: theme auto, controls on, step unchanged. @public (for the hostile-input suites) */
export const EXPECTED_DEFAULTS = { theme: 'auto', controls: true, step: null } as const;

/**
 * The canary every script payload below tries to set. A page that ran any of them would
 * have `window[CANARY]` defined; the hostile-input tests check it stays unset.
 */
export const CANARY = '__hostile_ran';
const RUN = `window.${CANARY}=1`;

/** Hand-picked attacks and junk, by kind; hostileStrings() multiplies them. */
const SEEDS: Record<string, readonly string[]> = {
  markup: [
    `<script>${RUN}</script>`,
    `<img src=x onerror="${RUN}">`,
    `"><svg onload=${RUN}>`,
    `'><svg/onload=${RUN}>`,
    `<iframe srcdoc="<script>parent.${CANARY}=1</script>">`,
    `<details open ontoggle=${RUN}>`,
    `<body onload=${RUN}>`,
    `<input autofocus onfocus=${RUN}>`,
    `</textarea><script>${RUN}</script>`,
    `</title><script>${RUN}</script>`,
    `<style>*{display:none}</style>`,
    `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
    `<a href="javascript:${RUN}">link</a>`,
    `<object data="javascript:${RUN}">`,
    `<base href="https://evil.example/">`,
    `<meta http-equiv="refresh" content="0;url=https://evil.example/">`,
    `<!--`,
    `]]><![CDATA[`,
    `<b>bold</b>`,
    `&lt;script&gt;${RUN}&lt;/script&gt;`,
    `&#60;script&#62;`,
    `{{constructor.constructor('${RUN}')()}}`,
    `\${${RUN}}`,
    `<svg><animate onbegin=${RUN} attributeName=x dur=1s>`,
  ],
  urls: [
    `javascript:${RUN}`,
    `JaVaScRiPt:${RUN}`,
    ` javascript:${RUN}`,
    `java\tscript:${RUN}`,
    `javascript&colon;${RUN}`,
    `data:text/html,<script>${RUN}</script>`,
    `vbscript:msgbox(1)`,
    `//evil.example/x`,
    `https://evil.example/`,
    `blob:https://evil.example/x`,
  ],
  unicode: [
    '\u202Eevil\u202C reversed',
    '\u2066isolate\u2069',
    '\u200F\u200Eright-left',
    '\u200B',
    'zero\u200Bwidth\u200Cjoin\u200Dner\uFEFF',
    '\u00AD\u2060\u180E',
    'e' + '\u0301'.repeat(200),
    'Z\u0324\u0354\u0367\u0311\u0313a\u0316\u032D\u0308\u0307l\u036E\u0312\u036Bg\u0317\u031A\u030Co',
    '👩‍👩‍👧‍👦 family',
    '🏳️‍🌈🇯🇵🧑🏽‍💻',
    '😀'.repeat(300),
    '\uD800',
    '\uDFFF',
    'a\uD800b',
    '\uDC00\uD800',
    '\u0000',
    'nul\u0000byte',
    '\u0007\u0008\u001B[31m',
    '\r\n\r\n',
    '\t\t',
    '\u2028\u2029',
    'ﷺ',
    '𒐫𒐫𒐫',
    'ＡＢＣ　ｄｅｆ',
    'Ǆǅǆ ß ﬃ İ',
    'عربي مع English',
    'עברית',
    '中文字符测试',
    '\uFFFD\uFFFE\uFFFF',
  ],
  numbers: [
    '1e309',
    '-1e309',
    '1e308',
    '-0',
    '0',
    'NaN',
    'Infinity',
    '-Infinity',
    '０１２',
    '１e3',
    '0x10',
    '0b11',
    '0o7',
    '1_000',
    '1,000',
    '1.000,5',
    '1.5e3',
    '.5',
    '5.',
    '+5',
    '--5',
    '−5',
    '9007199254740993',
    '1e-400',
    '١٢٣',
    '४२',
    'Ⅻ',
    '½',
    '99999999999999999999999999',
    '-1',
    '1e9',
    '1000000001',
    '0.0000001',
    '2e',
    'e2',
    '1 000',
  ],
  percent: ['%', '%%', '%E0%A4%A', '%3Cscript%3E', '%00', '%uD800', '%C0%AF', '%25', '%2e%2e%2f', '%ZZ', '%F0%9F%92%A5', '%ED%A0%80'],
  long: ['a'.repeat(10_000), '<'.repeat(10_000), 'x '.repeat(5_000), '--'.repeat(5_000), 'word '.repeat(2_000), '%'.repeat(3_000)],
  junk: [
    '',
    ' ',
    '   \t\n ',
    'null',
    'undefined',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    '[object Object]',
    '\\',
    '"',
    "'",
    '`',
    "' OR 1=1 --",
    '../../etc/passwd',
    '{{7*7}}',
    '--',
    '#',
    '?',
    '&',
    '=',
  ],
};

/**
 * At least 200 hostile strings: every seed alone, then each short seed again inside
 * ordinary text (so a check that only looks at the start misses it), and the markup
 * and URL attacks %-encoded and upper-cased (so a filter on one spelling misses them).
 * Deterministic: the same list every run.
 */
export function hostileStrings(): string[] {
  const all = Object.values(SEEDS).flat();
  const out = new Set<string>(all);
  for (const s of all) if (s.length < 200) out.add(`Experts route ${s} tokens`);
  for (const s of [...SEEDS.markup!, ...SEEDS.urls!]) {
    out.add(encodeURIComponent(s));
    out.add(s.toUpperCase());
  }
  return [...out];
}

/** Whether a string carries words the page could legitimately echo back: then "no NaN shown" cannot be asked of it. */
export function echoesBadWord(s: string): boolean {
  return /nan|undefined|infinity|null/i.test(s);
}

/** Junk URL hashes, one per corpus string, in turn bare, as a step of a real scene, and as a scene. */
export function hostileHashes(scene: string, step: string): string[] {
  const out = new Set<string>();
  for (const [i, s] of hostileStrings().entries()) out.add([s, `${scene}--${s}`, `${s}--${step}`][i % 3]!);
  out.add(`${scene}--${step}--${step}`);
  out.add(`${scene.toUpperCase()}--${step}`);
  out.add(`${scene}--${step}`.repeat(300));
  return [...out];
}

/** Lone surrogates become U+FFFD, as a browser does when it puts them in a URL (encodeURIComponent would throw). */
function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

const VALID_OPTION_VALUES = new Set(['0', '1', 'on', 'off', 'light', 'dark', 'auto']);

/** Embed query strings built from the corpus, for each option, encoded and raw. */
export function hostileEmbedQueries(): string[] {
  const out = new Set<string>(HOSTILE_QUERIES);
  for (const s of hostileStrings()) {
    const v = s.slice(0, 2_000); // longer URLs get HTTP 431 from most servers
    // A corpus entry that happens to be a valid option value ("0" turns controls off) is no attack.
    if (VALID_OPTION_VALUES.has(v.trim().toLowerCase())) continue;
    for (const key of ['step', 'theme', 'controls']) out.add(`?${key}=${encodeURIComponent(wellFormed(v))}`);
    out.add(`?${v}`);
  }
  return [...out];
}
