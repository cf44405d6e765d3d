/**
 * Every converted scene (messages/zh.json exists) laid out in Chinese at every step, wide and
 * narrow: no NaN/undefined, no catalogue key shown instead of its message, no English left (the
 * Latin-letter check allows names like DeepSeek, GPU, MoE), the same marks as the English frame
 * laid out from the same data (so the words change no structure), and an SVG snapshot in __output__/zh/ to review.
 * Chinese labels are measured with Latin metrics until the CJK metrics land (src/scenes/kit/text.ts).
 */
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import SceneSvg from '../../src/scenes/kit/SceneSvg';
import { initialData, sizeFor, type Frame } from '../../src/scenes/contract';
import { catalogueFiles, frameOf, isConverted, sceneText, sceneWords } from '../../src/scenes/words';
import { scenes, sceneNames } from '../../src/scenes/registry';
import { untranslated, dataWordsOf } from '../helpers/latin';

function pretty(svg: string): string {
  return svg.replace(/></g, '>\n<') + '\n';
}

/** Every string a reader gets from a frame: text marks, title, description, the table. */
function said(f: Frame): { where: string; text: string }[] {
  return [
    { where: 'title', text: f.title },
    { where: 'description', text: f.description },
    ...f.marks.flatMap((m) => (m.kind === 'text' && m.text ? [{ where: m.key, text: m.text }] : [])),
    { where: 'table caption', text: f.table.caption },
    ...f.table.columns.map((c) => ({ where: 'table column', text: c })),
    // Source ids are ids, not words; numbers are numbers.
    ...f.table.rows.flatMap((r) =>
      r.flatMap((cell, j) => (typeof cell === 'string' && !/^sources?$|^来源$/i.test(f.table.columns[j] ?? '') ? [{ where: 'table row', text: cell }] : [])),
    ),
  ];
}

const converted = sceneNames.filter(isConverted);

/**
 * A frame's marks by kind and key, in order. A text wrapped to fit (keys `note:0`, `note:1`…) takes as many
 * lines as its language needs, so a run of its lines counts as one.
 */
function markKeys(f: Frame): string[] {
  const keys = f.marks.map((m) => `${m.kind}:${m.kind === 'text' ? m.key.replace(/:\d+$/, ':#') : m.key}`);
  return keys.filter((k, i) => !k.endsWith(':#') || k !== keys[i - 1]);
}

describe('Latin-letter check', () => {
  it('catches a planted English string in a Chinese frame and lets names through', () => {
    expect(untranslated('英伟达一天之内蒸发了近6000亿美元市值')).toEqual([]);
    expect(untranslated('DeepSeek-R1在H800 GPU上用FP8训练，MoE有256个路由专家')).toEqual([]);
    expect(untranslated('Nvidia lost close to 6000亿美元')).toEqual(['lost', 'close', 'to']);
  });
});

for (const name of converted) {
  const scene = scenes[name]!;
  const keys = Object.keys(catalogueFiles[name]!['en']!);
  const leaks = (s: string) => keys.filter((k) => k.includes('.') && s.includes(k));
  // Data drawn in every language (a quoted token, the default sentence) is not the figure's words.
  // The Chinese page's own data: its example sentence is Chinese, so any Latin word would be a leak.
  const dataWords = dataWordsOf(scene, initialData(scene, sceneText(name, 'zh')));
  describe(`${name} in Chinese`, () => {
    it('its own words (title, steps, note, controls) are Chinese', () => {
      const w = sceneWords(scene, 'zh');
      const all = [w.title, w.note ?? '', ...w.steps.flatMap((s) => [s.label, s.notes ?? '']), ...Object.values(w.encodings)];
      expect(all.flatMap((s) => untranslated(s))).toEqual([]);
      expect(all.flatMap(leaks)).toEqual([]);
    });
    for (const step of scene.steps) {
      for (const variant of ['wide', 'narrow'] as const) {
        it(`${step.id} (${variant})`, async () => {
          const frame = frameOf(scene, step.id, sizeFor(scene, variant), 'zh');
          // The English words on the Chinese page's data (moe-routing routes a Chinese example sentence there).
          const english = scene.layout(initialData(scene, sceneText(name, 'zh')), step.id, sizeFor(scene, variant), sceneText(name, 'en'));
          const svg = renderToStaticMarkup(createElement(SceneSvg, { frame, idPrefix: `${name}-${step.id}` }));
          expect(svg).not.toMatch(/NaN|undefined|Infinity/);
          const words = said(frame);
          expect(words.filter((w) => /NaN|undefined|Infinity/.test(w.text))).toEqual([]);
          expect(words.flatMap((w) => leaks(w.text).map((k) => `${w.where}: ${k}`))).toEqual([]);
          expect(
            words.flatMap((w) =>
              untranslated(w.text)
                .filter((x) => !dataWords.has(x))
                .map((x) => `${w.where}: "${x}" in "${w.text}"`),
            ),
          ).toEqual([]);
          expect(markKeys(frame)).toEqual(markKeys(english));
          await expect(pretty(svg)).toMatchFileSnapshot(`./__output__/zh/${name}.${step.id}.${variant}.svg`);
        });
      }
    }
  });
}
