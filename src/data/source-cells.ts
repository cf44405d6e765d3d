/**
 * A "Source" in a data table, a CSV or a figure note names a source id from
 * src/data/sources.json, never free text ("R1 paper, sec. 2" once cited the wrong
 * paper and nothing could catch it). Free text goes in a "Where" column beside it.
 * The build calls these where tables and notes are rendered (DataTable, the CSV
 * downloads, the figure caption), so an unknown id stops it with the fix.
 */
import { ContentError } from '../lib/errors';
import sourcesJson from './sources.json';
import type { DataTable } from '../scenes/contract';
import { idsInCell, isSourceColumn } from '../lib/source-column';

const known = sourcesJson as Record<string, { title: string; kind: string }>;

export { isSourceColumn } from '../lib/source-column';

/** The ids in a source cell ("V3_REPORT" or "R1_README, R1_PAPER"). */
export function sourceIdsIn(cell: string | number, where: string, field: string): string[] {
  const ids = idsInCell(cell);
  if (ids.length === 0) throw new ContentError(where, field, 'the source cell is empty', 'name a source id from src/data/sources.json.');
  for (const id of ids) {
    if (!known[id]) {
      throw new ContentError(
        where,
        field,
        `"${cell}" is not a source id`,
        `put an id from src/data/sources.json in the cell (e.g. ${Object.keys(known).slice(0, 3).join(', ')}) and move section or page numbers to a "Where" column.`,
      );
    }
  }
  return ids;
}

/** Throws if any cell of a "Source" column is not a known source id. */
export function checkTableSources(table: DataTable, where: string): void {
  table.columns.forEach((c, j) => {
    if (!isSourceColumn(c)) return;
    table.rows.forEach((r, i) => sourceIdsIn(r[j] ?? '', where, `table "${table.caption}", row ${i + 1}, column "${c}"`));
  });
}

/** A figure note's source, when the note makes a claim of its own. */
export function checkNoteSource(id: string | undefined, where: string): void {
  if (id !== undefined) sourceIdsIn(id, where, 'noteSource');
}
