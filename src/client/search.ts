/**
 * The search page: Pagefind's index (built by `pagefind --site dist` after the build) is
 * loaded only when the reader starts to search (focus, typing, or a ?q= in the address),
 * so nothing of Pagefind is fetched with the page. Results are plain links; excerpts keep
 * only Pagefind's <mark> highlights (text is copied as text, never as HTML). The query
 * lives in the address (?q=), nothing is stored.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(q: string, o?: unknown, ms?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
const MAX_RESULTS = 10;
/** Longer queries are cut (the field's maxlength says the same; a pasted or scripted value can be longer). */
const MAX_QUERY = 200;

/** The status sentences in the page's language (src/i18n/ui/<lang>.json "search.*", put on the page by search.astro). */
interface SearchMessages {
  none: string;
  some: { one?: string; other: string };
  firstN: string;
  cut: string;
  failed: string;
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) setUp(root);

function setUp(root: HTMLElement) {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const msg = JSON.parse(root.dataset['searchMessages'] ?? '{}') as SearchMessages;
  const plural = new Intl.PluralRules(document.documentElement.lang);
  const fill = (t: string, n: number) => t.replace('{count}', String(n)).replace('{max}', String(n));

  let loading: Promise<Pagefind> | undefined;
  const load = () =>
    (loading ??= (async () => {
      const pf = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
      await pf.options({ baseUrl: BASE, excerptLength: 26 });
      await pf.init();
      return pf;
    })());

  let latest = 0;
  async function run(q: string) {
    const ticket = ++latest;
    const query = q.trim().slice(0, MAX_QUERY).trim();
    const cut = q.trim().length > MAX_QUERY ? fill(msg.cut, MAX_QUERY) : '';
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    let pf: Pagefind;
    try {
      pf = await load();
    } catch {
      status.textContent = msg.failed;
      return;
    }
    const search = await pf.debouncedSearch(query, {}, 120);
    if (search === null || ticket !== latest) return; // a newer query superseded this one
    const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (ticket !== latest) return;
    list.replaceChildren(...data.map(resultItem));
    const n = search.results.length;
    // The query goes in a <bdi>, as text: a right-to-left mark in it cannot flip the sentence around it.
    const quoted = document.createElement('bdi');
    quoted.textContent = query;
    const sentence = n === 0 ? msg.none : fill((plural.select(n) === 'one' ? msg.some.one : undefined) ?? msg.some.other, n);
    const [before = '', after = ''] = sentence.split('{q}');
    const [lead = '', end = ''] = /^(.*?)([.。]?)$/s.exec(after)!.slice(1);
    status.replaceChildren(before, quoted, `${lead}${n > MAX_RESULTS ? fill(msg.firstN, MAX_RESULTS) : ''}${end}${cut}`);
  }

  input.addEventListener('focus', () => void load().catch(() => {}), { once: true });
  input.addEventListener('input', () => void run(input.value));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(input.value);
  });
  const q = new URLSearchParams(location.search).get('q');
  if (q) {
    input.value = q;
    void run(q);
  }
}

/** Pagefind's excerpt with only its <mark> elements kept; everything else becomes text. */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const out: Node[] = [];
  for (const n of doc.body.firstChild!.childNodes) {
    if (n.nodeName === 'MARK') {
      const m = document.createElement('mark');
      m.textContent = n.textContent;
      out.push(m);
    } else out.push(document.createTextNode(n.textContent ?? ''));
  }
  return out;
}

function resultItem(r: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const h = document.createElement('h2');
  const a = document.createElement('a');
  a.href = r.url;
  a.textContent = r.meta.title ?? r.url;
  h.append(a);
  const p = document.createElement('p');
  p.append(...excerptNodes(r.excerpt));
  li.append(h, p);
  // Sections worth a link (not the glossary's one-letter headings).
  const subs = (r.sub_results ?? []).filter((s) => s.url.includes('#') && s.title.trim().length > 2).slice(0, 3);
  if (subs.length) {
    const ul = document.createElement('ul');
    ul.className = 'search-sections';
    for (const s of subs) {
      const sli = document.createElement('li');
      const sa = document.createElement('a');
      sa.href = s.url;
      sa.textContent = s.title;
      sli.append(sa);
      ul.append(sli);
    }
    li.append(ul);
  }
  return li;
}
