/**
 * The data behind a step as CSV (RFC 4180): the same DataTable the page's
 * "Data behind this figure" table shows (Frame.table, rendered by DataTable.astro),
 * header row first, CRLF line ends, a UTF-8 byte-order mark so spreadsheet programs
 * read "—" and "×" correctly. Numbers are written raw (1234.5, not "1,234.5").
 */
import type { DataTable } from '../scenes/contract';

/** One CSV field: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvCell(v: string | number): string {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`csv: a table cell is not a finite number (${v})`);
    return String(v);
  }
  // A text cell starting with = + @ (or a tab/CR) would run as a formula in a spreadsheet: prefix an apostrophe.
  const safe = /^[=+@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) || /^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const BOM = '\ufeff';

export function tableCsv(table: DataTable): string {
  const width = table.columns.length;
  table.rows.forEach((r, i) => {
    if (r.length !== width) throw new Error(`csv: table "${table.caption}" row ${i + 1} has ${r.length} cells, the header has ${width}.`);
  });
  const lines = [table.columns, ...table.rows].map((r) => r.map(csvCell).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}
