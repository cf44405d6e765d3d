/**
 * "Cite this": a page of the site as an APA 7 reference (plain text) and a BibTeX
 * entry. Pure, no Astro: the pages pass the absolute URL and the date.
 *
 * The date is the BUILD date, used as the ACCESS date ("Retrieved …" in APA,
 * `urldate` in BibTeX): the site has no fixed publication date, its pages change
 * whenever it is rebuilt, so the reference says "(n.d.)" and when the text was
 * retrieved. Reproducible builds may pin it with SOURCE_DATE_EPOCH (seconds).
 */

export interface CiteInput {
  /** The site's name, also the (group) author: "R1, Explained". */
  site: string;
  /** The chapter's or figure's title. */
  title: string;
  /** What it is, in APA's square brackets after the title ("Interactive figure"); none for a chapter. */
  medium?: string;
  /** Absolute URL of the page; undefined when the public address is not known (a build without SITE_URL): the reference then names no address. */
  url?: string | undefined;
  /** Access date (the build date). */
  date: Date;
  /** BibTeX key, [a-z0-9-]; made from the title when absent. */
  key?: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "July 3, 2025" (UTC, so the text does not depend on the build machine's time zone). */
export function apaDate(d: Date): string {
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

/** "2025-07-03" (UTC). */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A title ends with a period unless it already ends with ., ? or !. */
function terminated(s: string): string {
  return /[.?!]$/.test(s) ? s : `${s}.`;
}

/**
 * APA 7, a web page by a group author whose name is the site's name (so the site
 * name is not repeated), without a publication date:
 * "R1, Explained. (n.d.). Title [Medium]. Retrieved July 3, 2025, from https://…"
 */
export function apa(c: CiteInput): string {
  const title = c.medium ? `${c.title.replace(/[.]$/, '')} [${c.medium}].` : terminated(c.title);
  if (c.url === undefined) return `${terminated(c.site)} (n.d.). ${title}`;
  checkUrl(c.url);
  return `${terminated(c.site)} (n.d.). ${title} Retrieved ${apaDate(c.date)}, from ${c.url}`;
}

/**
 * GB/T 7714-2015, the reference format Chinese readers use, for an online resource with no
 * publication date: "图解R1. 标题[EB/OL]. [2025-07-03]. https://…" (the bracketed date is the
 * access date). A figure says what it is in the title ("标题（交互图）").
 */
export function gbt7714(c: CiteInput): string {
  const title = c.medium ? `${c.title}（${c.medium}）` : c.title;
  if (c.url === undefined) return `${c.site}. ${title}[EB/OL].`;
  checkUrl(c.url);
  return `${c.site}. ${title}[EB/OL]. [${isoDate(c.date)}]. ${c.url}`;
}

const BIBTEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escape text for a BibTeX field value (LaTeX specials become their commands). */
export function bibtexEscape(s: string): string {
  return s.replace(/[\\{}&%$#_~^]/g, (ch) => BIBTEX_SPECIAL[ch]!);
}

/** "What is DeepSeek-R1?" -> "what-is-deepseek-r1". */
export function citeKey(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'page'
  );
}

function checkUrl(u: string): void {
  const parsed = new URL(u); // throws on a relative URL: a citation needs an absolute one
  // `url` fields are read verbatim by biblatex: # and % would need escaping there. Our URLs never have them.
  if (/[#%\s{}]/.test(u)) throw new Error(`cite: URL ${JSON.stringify(u)} contains #, %, a space or a brace; cite the page without a fragment.`);
  if (!/^https?:$/.test(parsed.protocol)) throw new Error(`cite: URL ${JSON.stringify(u)} is not http(s).`);
}

/**
 * A BibTeX @misc entry (understood by BibTeX and biblatex): the site as a group
 * author in double braces (so it is not read as "Explained, R1"), the title in
 * double braces (its capitals kept), url and urldate (the build date).
 */
export function bibtex(c: CiteInput): string {
  if (c.url !== undefined) checkUrl(c.url);
  const key = `r1explained-${c.key ?? citeKey(c.title)}`;
  if (!/^[a-z0-9-]+$/.test(key)) throw new Error(`cite: BibTeX key ${JSON.stringify(key)} must be [a-z0-9-].`);
  const title = c.medium ? `${bibtexEscape(c.title)} [${bibtexEscape(c.medium)}]` : bibtexEscape(c.title);
  const fields: [string, string][] = [
    ['author', `{${bibtexEscape(c.site)}}`],
    ['title', `{${title}}`],
    ...(c.url === undefined
      ? []
      : ([
          ['howpublished', `\\url{${c.url}}`],
          ['url', c.url],
          ['urldate', isoDate(c.date)],
        ] as [string, string][])),
    ['note', `Accessed ${isoDate(c.date)}`],
  ];
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n')}\n}`;
}

/** Absolute URL of a site path under the base path: ("https://x.org", "/r1/", "/teach/") -> "https://x.org/r1/teach/". */
export function absoluteUrl(site: string | URL, base: string, path: string): string {
  const b = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const p = path.replace(/^\/+/, '');
  return new URL(b + p, site).href;
}

/** The build date: SOURCE_DATE_EPOCH (seconds) when set and valid, otherwise now. */
export function buildDate(env: Record<string, string | undefined> = {}, now = new Date()): Date {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return now;
}
