/**
 * The site's Content Security Policy and HTTP headers, in one place.
 *
 * Two copies of the policy reach the browser and both are enforced:
 *  - the page's `<meta http-equiv="content-security-policy">`, written by Astro's own
 *    `security.csp` (astro.config.mjs): it hashes every bundled script and style of the
 *    page and adds the hashes of our few inline scripts (src/security/inline-scripts.ts);
 *  - the `Content-Security-Policy` header from `_headers` (src/integrations/headers.ts),
 *    which a meta element cannot replace for `frame-ancestors`. It carries the same
 *    non-script directives and the framing rule, and no `default-src`/`script-src`: a
 *    header without the per-page hashes would refuse the inline scripts the meta allows.
 */
import type { AstroUserConfig } from 'astro';
import { createHash } from 'node:crypto';
import { INLINE_SCRIPTS } from './inline-scripts';

/** The CSP source for a script or style element whose text is exactly `text`. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * Directives both copies carry, word for word. Images may be data: and blob: URLs
 * because the figure downloads draw the SVG into a canvas through one.
 */
export const SHARED_DIRECTIVES: readonly string[] = [
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Only in the meta: with `default-src` in the header, the header would refuse our hashed inline scripts. */
const META_ONLY_DIRECTIVES: readonly string[] = ["default-src 'self'"];

/** Scripts: our own files, the hashed inline ones, and WebAssembly for the search (Pagefind). Never 'unsafe-inline' or 'unsafe-eval'. */
const SCRIPT_RESOURCES: readonly string[] = ["'self'", "'wasm-unsafe-eval'"];

/** Astro's own type for `security.csp` (its object form). */
type AstroCsp = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/** The `security.csp` object for astro.config.mjs. */
export function astroCsp() {
  return {
    algorithm: 'SHA-256' as const,
    // Astro types each directive as a template literal ("img-src …"); ours are built from strings.
    directives: [...META_ONLY_DIRECTIVES, ...SHARED_DIRECTIVES] as NonNullable<AstroCsp['directives']>,
    scriptDirective: { resources: [...SCRIPT_RESOURCES], hashes: INLINE_SCRIPTS.map(cspHash) },
    styleDirective: {
      // No 'self' here: Astro adds it to style-src by itself (listing it warns that it does not reach style-src-attr).
      resources: [
        // Style *attributes* stay allowed (style-src-attr only; <style> elements still need
        // a hash). They carry per-figure geometry computed at build time: a figure's aspect
        // ratio variables (SceneFigure), each glossary term's popover anchor name (Term),
        // the calculator's bar widths before its script runs (CostCalculator). A style
        // attribute cannot run script; moving these values into per-page stylesheets would
        // add a rule per figure and term for no gain.
        { resource: "'unsafe-inline'", kind: 'attribute' as const },
      ],
    },
  } satisfies AstroCsp;
}

/** Who may frame a page: nobody, except the embed pages and oEmbed, which exist to be framed anywhere. */
const FRAME_DENY = "frame-ancestors 'none'";
const FRAME_ANY = 'frame-ancestors *';

/** The header policy for a page that may (embed) or may not be framed. */
export function headerCsp(framable: boolean): string {
  return [...SHARED_DIRECTIVES, framable ? FRAME_ANY : FRAME_DENY].join('; ');
}

/** Features the site never uses, turned off for it and for anything it might frame. Fullscreen stays for the presenter. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'serial=()',
  'usb=()',
  'browsing-topics=()',
  'fullscreen=(self)',
].join(', ');
