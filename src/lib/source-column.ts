/**
 * Which data-table columns hold source ids ("Source", "Sources", and the Chinese edition's
 * "来源", src/scenes/*\/messages/zh.json). Apart from src/data/source-cells.ts, which checks
 * the ids against the sources file, so the browser can tell the column without that file.
 */
export const isSourceColumn = (header: string) => /^(sources?|来源)$/i.test(header.trim());

/** The ids in a source cell ("V3_REPORT" or "R1_README, R1_PAPER"), unchecked. */
export const idsInCell = (cell: string | number) =>
  String(cell)
    .split(/\s*[,;]\s*/)
    .filter(Boolean);

/** How a source is named and linked in a table, in the page's language (src/i18n/source-names.ts). */
export interface SourceName {
  name: string;
  href: string;
}
