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
