/**
 * What the two texts of /how-we-checked/ (MethodEn.astro, MethodZh.astro) get from the page
 * (src/pages/[...lang]/how-we-checked.astro), which holds everything but the words: the
 * numbering of footnotes, the counts, the claims no source backs, the footnote list and styles.
 * Both texts have the same sections, cases and heading ids (deep links work in either edition)
 * and cite the same facts: tests/e2e/zh-edition.spec.ts compares the two pages as built.
 */
import type { Locale } from '../../i18n/locales';

export interface MethodProps {
  /** <Fact> props for a figure: its id, its source's footnote number (numbered in order of first use), the page's language. */
  F: (id: string) => { id: string; n: string; locale: Locale };
  /** A site path in this edition ("/sources/" -> "/zh/sources/"), base path included. */
  url: (path: string) => string;
  /** Documents the site draws on (primary, secondary) and the named figures it can cite. */
  counts: { documents: number; primary: number; secondary: number; facts: number };
  /** The claims the claim check marks wrong or unverified, in the page's language, with their verdict's label. */
  unsourced: { claim: string; verdict: string }[];
}
