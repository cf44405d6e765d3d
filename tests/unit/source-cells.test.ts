/**
 * A data table's "Source" cells, a CSV's source column and a figure note's source
 * are source ids from src/data/sources.json, never free text. The planted fault in
 * tests/fixtures/source-cells/ is the row that cited the January R1 paper for the
 * $294K (issue 14, finding 1): the checker must refuse it.
 */
import { describe, expect, it } from 'vitest';
import { scenes, sceneNames } from '../../src/scenes/registry';
import { checkNoteSource, checkTableSources, isSourceColumn } from '../../src/data/source-cells';
import { stepTable, sourceLine } from '../../src/downloads';
import { tableCsv } from '../../src/downloads/csv';
import { sources } from '../../src/data';
import { ContentError } from '../../src/lib/errors';
import type { DataTable, SceneModule } from '../../src/scenes/contract';
import planted from '../fixtures/source-cells/free-text-source.json';
import { textOf } from '../helpers/scene-text';
import { readFileSync } from 'node:fs';
import { frameOf, tableSourceIds } from '../../src/scenes/words';
import { sizeFor } from '../../src/scenes/contract';
import { sourceName, sourceNames } from '../../src/i18n/source-names';
import { tableHtml } from '../../src/client/figure-text';

const SIZES = [
  { width: 640, height: 500 },
  { width: 358, height: 420 },
];

describe('source cells hold source ids', () => {
  for (const name of sceneNames) {
    const scene = scenes[name]!;
    it(`${name}: every Source cell of every step, wide and narrow, is a known id`, () => {
      for (const s of scene.steps) {
        for (const size of SIZES) {
          const table = scene.layout(scene.data, s.id, size, textOf(scene)).table;
          expect(() => checkTableSources(table, `${name}/${s.id}`)).not.toThrow();
          table.columns.forEach((c, j) => {
            if (isSourceColumn(c))
              for (const r of table.rows) for (const id of String(r[j]).split(', ')) expect(sources[id], `${name}/${s.id}: ${r[j]}`).toBeDefined();
          });
        }
      }
      if (scene.noteSource) expect(sources[scene.noteSource]).toBeDefined();
    });
  }

  it('the cost table cites the Nature paper, not the January R1 paper, for R1’s own training', () => {
    const t = stepTable(scenes.cost!, 'not-included', 'en');
    const j = t.columns.indexOf('Source');
    const row = t.rows.find((r) => String(r[0]).startsWith("R1's own training"))!;
    expect(row[j]).toBe('NATURE_R1');
    expect(String(row[t.columns.indexOf('Amount (US dollars)')])).toMatch(/^about \$294,000/);
  });

  it('refuses the planted free-text source cell, naming the row and the fix', () => {
    const table = planted.table as DataTable;
    expect(() => checkTableSources(table, 'fixture')).toThrow(ContentError);
    expect(() => checkTableSources(table, 'fixture')).toThrow(
      /row 2, column "Source": "R1 paper, sec. 2" is not a source id[\s\S]*Fix: put an id from src\/data\/sources.json/,
    );
  });

  it('a CSV download of a scene with that table fails to build', () => {
    const fake: SceneModule = {
      ...scenes.cost!,
      name: 'fixture',
      layout: () => ({ width: 1, height: 1, title: 't', description: 'd', marks: [], table: planted.table as DataTable }),
    };
    expect(() => tableCsv(stepTable(fake, fake.steps[0]!.id, 'en'))).toThrow(/is not a source id/);
  });

  it('a figure note names its source by id: an unknown one fails, a known one is shown by title', () => {
    expect(() => checkNoteSource('R1 paper', 'fixture')).toThrow(/"R1 paper" is not a source id/);
    expect(sourceLine(scenes['benchmark-bars']!, 'en')).toContain(`(${sources.R1_PAPER!.title})`);
  });
});

describe('the browser’s tables name their sources as the server’s do', () => {
  const withSources = sceneNames.filter((n) => tableSourceIds(scenes[n]!).length > 0);
  it('some scenes’ tables cite sources (so the checks below check something)', () => {
    expect(withSources.length).toBeGreaterThanOrEqual(3);
  });
  for (const locale of ['en', 'zh'] as const)
    it(`${locale}: every Source cell of every step, rewritten by figure-text.ts, links each source by its ${locale === 'zh' ? 'gloss' : 'title'}, never by its id`, () => {
      for (const name of withSources) {
        const scene = scenes[name]!;
        const names = sourceNames(tableSourceIds(scene), locale);
        for (const step of scene.steps) {
          const table = frameOf(scene, step.id, sizeFor(scene, 'wide'), locale).table;
          const html = tableHtml(table, names);
          const j = table.columns.findIndex(isSourceColumn);
          if (j < 0) continue;
          for (const row of table.rows)
            for (const id of String(row[j]).split(/\s*[,;]\s*/)) {
              const { name: shown, href } = sourceName(id, locale);
              expect(html, `${name}/${step.id}: ${id}`).toContain(
                `<a href="${href}" data-source-id="${id}">${shown.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}</a>`,
              );
              expect(href).toBe(locale === 'zh' ? `/zh/sources/#${id}` : `/sources/#${id}`);
            }
        }
      }
    });
  it('Chinese names a source by its gloss where the overlay has one, and the title where it has none', () => {
    const zhOverlay = JSON.parse(readFileSync('src/data/i18n/zh/sources.json', 'utf8')) as Record<string, { titleGloss?: string }>;
    for (const id of Object.keys(sources)) expect(sourceName(id, 'zh').name).toBe(zhOverlay[id]?.titleGloss ?? sources[id]!.title);
  });
});
