/**
 * Keeps a figure's words in step with its picture: the caption's step title, the
 * data table, the step counter, and the live region screen readers hear.
 */
import { format } from 'd3-format';
import type { DataTable, Frame } from '../scenes/contract';
import { idsInCell, isSourceColumn, type SourceName } from '../lib/source-column';

// toLocaleString builds an Intl formatter per call, which costs a long task on slow phones.
const number = format(',');

function esc(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The table as DataTable.astro renders it on the server: a Source cell names and links its sources
 * (`sources`, from the figure's data-figure-words); an id the figure was not given stays as it is.
 */
export function tableHtml(t: DataTable, sources: Record<string, SourceName> = {}): string {
  const head = t.columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('');
  const sourceCol = t.columns.map(isSourceColumn);
  const sourceCell = (v: string | number) =>
    idsInCell(v)
      .map((id) => {
        const s = sources[id];
        return s ? `<a href="${esc(s.href)}" data-source-id="${esc(id)}">${esc(s.name)}</a>` : esc(id);
      })
      .join('; ');
  const cell = (v: string | number, i: number) =>
    i === 0
      ? `<th scope="row">${esc(v)}</th>`
      : sourceCol[i]
        ? `<td>${sourceCell(v)}</td>`
        : `<td${typeof v === 'number' ? ' class="num"' : ''}>${esc(typeof v === 'number' ? number(v) : v)}</td>`;
  const body = t.rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('');
  return `<div class="table-scroll"><table><caption class="visually-hidden">${esc(t.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

/** Tables waiting for their closed <details> to open, and the HTML each table shows now. */
const pending = new WeakMap<HTMLElement, DataTable>();
const shown = new WeakMap<HTMLElement, string>();
const listening = new WeakSet<HTMLElement>();

function writeTable(el: HTMLElement, t: DataTable): void {
  const figure = el.closest<HTMLElement>('figure[data-figure-words]');
  const html = tableHtml(t, figure ? figureWords(figure).sources : {});
  if (shown.get(el) === html) return;
  el.innerHTML = html;
  shown.set(el, html);
}

/**
 * A table inside a closed "Data behind this figure" is neither seen nor read aloud, so
 * it is rewritten only when the reader opens it: rebuilding hundreds of rows on every
 * step would cost a long task while scrolling a slow phone.
 */
function updateTable(el: HTMLElement, t: DataTable): void {
  const details = el.closest('details');
  if (!details || details.open) {
    pending.delete(el);
    writeTable(el, t);
    return;
  }
  if (!listening.has(el)) {
    listening.add(el);
    details.addEventListener('toggle', () => {
      const next = pending.get(el);
      if (!details.open || !next) return;
      pending.delete(el);
      writeTable(el, next);
    });
  }
  pending.set(el, t);
}

/** The sentences around a figure's words, in the page's language (SceneFigure.astro's data-figure-words, from src/i18n/ui). */
interface FigureWords {
  stepTitle: string;
  stepCount: string;
  announce: string;
  /** How the data table's Source cells name and link each source the figure's tables cite. */
  sources: Record<string, SourceName>;
}
const wordsOf = new WeakMap<HTMLElement, FigureWords>();
/** SceneFigure writes the sentences in the page's language; a figure without them is a markup bug, said once, loudly. */
function figureWords(figure: HTMLElement): FigureWords {
  let w = wordsOf.get(figure);
  if (!w) {
    const json = figure.dataset['figureWords'];
    if (!json)
      throw new Error(
        `figure[data-scene="${figure.dataset['scene'] ?? '?'}"] has no data-figure-words. Fix: render it with SceneFigure.astro, which writes the page's caption sentences there.`,
      );
    wordsOf.set(figure, (w = JSON.parse(json) as FigureWords));
  }
  return w;
}
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

export function updateFigureText(figure: HTMLElement, stepLabel: string, stepIndex: number, stepCount: number, frame: Frame, announce: boolean): void {
  const words = figureWords(figure);
  const title = figure.querySelector('.scene-step-title');
  if (title) title.textContent = fill(words.stepTitle, { title: frame.title });
  const table = figure.querySelector<HTMLElement>('.scene-table');
  if (table) updateTable(table, frame.table);
  const count = figure.querySelector('.scene-step-count');
  if (count) count.textContent = fill(words.stepCount, { pos: stepIndex + 1, count: stepCount });
  for (const a of figure.querySelectorAll<HTMLAnchorElement>('[data-goto-step]')) {
    if (a.dataset['gotoStep'] === figure.dataset['currentStep']) a.setAttribute('aria-current', 'step');
    else a.removeAttribute('aria-current');
  }
  // Download and presenter links follow the step (templates from FigureTools.astro).
  const step = figure.dataset['currentStep'] ?? '';
  for (const a of figure.querySelectorAll<HTMLAnchorElement>('[data-step-href]')) {
    a.href = a.dataset['stepHref']!.replace('{step}', step);
    if (a.dataset['stepDownload']) a.setAttribute('download', a.dataset['stepDownload'].replace('{step}', step));
  }
  const live = figure.querySelector('.scene-live');
  if (live && announce) live.textContent = fill(words.announce, { pos: stepIndex + 1, count: stepCount, label: stepLabel, description: frame.description });
}
