/**
 * Scene catalogues (src/scenes/<name>/messages/<locale>.json): complete both ways, the same
 * placeholders in every language, translations not stale in their keys, every English key used,
 * and the SceneText formats numbers the way each language writes them. The same check that
 * stops the build (src/scenes/check-messages.ts) is planted with each fault here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCatalogues, staleness } from '../../src/scenes/check-messages';
import { catalogueFiles, isConverted, sceneText, sceneWords } from '../../src/scenes/words';
import { makeSceneText, type SceneText } from '../../src/scenes/kit/messages';
import { wordsOf } from '../../src/scenes/kit/scene-words';
import { localDate } from '../../src/scenes/kit/dates';
import { count, countWords, fixed, percent, thousands } from '../../src/scenes/kit/numbers';
import { usd } from '../../src/scenes/market-fall/shared';
import { scenes, sceneNames } from '../../src/scenes/registry';
import { initialData, sizeFor } from '../../src/scenes/contract';
import { revisionOf } from '../../src/i18n/revision';
import { clampWhatIf, r1State, type WhatIfControl } from '../../src/scenes/kit/what-if';
import { LOCALES } from '../../src/i18n/locales';

const converted = sceneNames.filter(isConverted);
/** Keys only other data would reach (a branch the scene's own data never takes), by scene, with why. */
const DATA_DEPENDENT: Readonly<Record<string, readonly string[]>> = {
  // The summary says "level" when R1 and o1-1217 score the same; on today's data no summary row ties.
  'benchmark-bars': ['summary.level'],
  // No machine of today's data is off the bars' scale, and none holds the full model's FP8 weights.
  'memory-fit': ['machine.offScale', 'hardware.title.fits'],
  // The what-if controls' words (their values, the live region, the line above a what-if frame) and the
  // frames of a what-if state (all 8 groups kept, γ 0, a long list of chosen experts, a group as one row on
  // a phone): tests/unit/routing-what-if.test.ts reaches them, in English and in Chinese.
  'moe-routing': [
    'whatIf.show.of',
    'whatIf.show.off',
    'whatIf.show.gamma',
    'whatIf.line',
    'whatIf.line.many',
    'whatIf.title',
    'whatIf.gammaNext',
    'whatIf.gammaNext.brief',
    'whatIf.gammaFigure',
    'whatIf.gamma',
    'whatIf.batchKeeps',
    'whatIf.batchKeeps.brief',
    'whatIf.topk',
    'whatIf.topk.brief',
    'whatIf.groups',
    'whatIf.groups.brief',
    'whatIf.gammaSee',
    'says.r1',
    'says.more',
    'says.drops',
    'says.adds',
    'says.dropsAdds',
    'says.moved',
    'says.kept',
    'says.batch.same',
    'says.batch.off',
    'says.batch.other',
    'says.batch.overshoots',
    'says.batchKeeps',
    'says.whatIf',
    'affinity.sub.narrow.row',
    'groups.all',
    'groups.all.narrow',
    'groups.describe.all',
    'chosen.more',
    'balancing.off.head',
    'balancing.off.head.narrow',
    'balancing.off.sub',
    'balancing.off.sub.narrow',
    'balancing.why.times',
    'balancing.describe.off',
    'balancing.describe.up',
    'gate.head.one',
    'gate.sub.one',
  ],
  // The bill step draws the calculator's inputs; the scene's own (1M in, 1M out, nothing cached) never asks for
  // the cached part of a sum, an empty bill or a prompt to enter tokens (tests/unit/cost.test.ts draws those).
  cost: ['bill.sum.inputCacheHit', 'bill.nothing', 'bill.compare.empty'],
};
const enFile = (scene: string) => readFileSync(`src/scenes/${scene}/messages/en.json`);

describe('scene catalogues', () => {
  it('lists the scenes not yet converted (they keep their English in TypeScript, in every locale)', () => {
    const waiting = sceneNames.filter((n) => !isConverted(n));
    if (waiting.length) console.info(`Scenes not yet converted to messages/*.json: ${waiting.join(', ')}`);
    for (const name of waiting) expect(sceneWords(scenes[name]!, 'zh')).toEqual(sceneWords(scenes[name]!, 'en'));
    expect(converted).toContain('market-fall');
  });

  it('agree both ways: the same keys and placeholders in every language, plurals in the forms each has', () => {
    expect(checkCatalogues(catalogueFiles)).toEqual([]);
  });

  for (const name of converted) {
    it(`${name}: a converted scene types no words in its module (one source of text)`, () => {
      const s = scenes[name]!;
      expect([s.title, s.note, s.encodings, ...s.steps.flatMap((st) => [st.label, st.notes])].filter((x) => x !== undefined)).toEqual([]);
    });

    it(`${name}: every English key is used by the module's words, its what-if words (each control at both ends) or a frame of some step at some size`, async () => {
      const used = new Set<string>();
      const spy = (t: SceneText): SceneText => ({
        ...t,
        t: (key, params) => (used.add(key), t.t(key, params)),
        keys: (prefix) => t.keys(prefix).map((k) => (used.add(k), k)),
      });
      const s = scenes[name]!;
      const text = spy(sceneText(name, 'en'));
      wordsOf(s, text);
      const first = initialData(s, text);
      for (const st of s.steps) for (const v of ['wide', 'narrow'] as const) s.layout(first, st.id, sizeFor(s, v), text);
      // What-if words: the controls' values and live text, and the frames at R1's state, every control at
      // either end alone (one setting changed) and all at once (many changed).
      const w = s.whatIf;
      if (w) {
        await w.prepare?.();
        const r1 = r1State(w.spec);
        const ends = (pick: (c: WhatIfControl) => number) => Object.fromEntries(w.spec.controls.map((c) => [c.key, pick(c)]));
        const states = [r1, ends((c) => c.min), ends((c) => c.max), ...w.spec.controls.flatMap((c) => [c.min, c.max].map((v) => ({ ...r1, [c.key]: v })))].map(
          (st) => clampWhatIf(w.spec, st).state,
        );
        for (const st of states) {
          const d = w.dataFor(st, first);
          w.says(d, text);
          for (const c of w.spec.controls) c.show?.(st[c.key]!, st, text);
          for (const step of s.steps) for (const v of ['wide', 'narrow'] as const) s.layout(d, step.id, sizeFor(s, v), text);
        }
      }
      const reachable = Object.keys(catalogueFiles[name]!['en']!).filter((k) => !DATA_DEPENDENT[name]?.includes(k));
      expect(reachable.filter((k) => !used.has(k))).toEqual([]);
    });

    it(`${name}: each translation records the English it translates; keys changed since then fail, wording alone warns`, () => {
      const en = catalogueFiles[name]!['en']!;
      const rev = revisionOf(enFile(name));
      for (const locale of LOCALES.filter((l) => l !== 'en')) {
        const state = staleness(rev, en, catalogueFiles[name]![locale]!);
        if (state === 'text')
          console.warn(`Stale translation (English wording changed since): src/scenes/${name}/messages/${locale}.json; English revision now ${rev}`);
        expect(state, `src/scenes/${name}/messages/${locale}.json: English keys changed since its "$translates"`).not.toBe('keys');
      }
    });
  }
});

describe('the catalogue check names the scene, the key and the language', () => {
  const en = { title: 'A title', 'step.a.label': 'Step {n}' };
  const zh = { $translates: '0123456789ab', title: '标题', 'step.a.label': '第{n}步' };
  it('passes a sound pair', () => expect(checkCatalogues({ demo: { en, zh } })).toEqual([]));
  it('fails a missing key', () => {
    const { title: _, ...missing } = zh;
    expect(checkCatalogues({ demo: { en, zh: missing } }).join('\n')).toMatch(/messages\/zh\.json: missing key "title" \(scene demo, language zh\)/);
  });
  it('fails an extra key', () => {
    expect(checkCatalogues({ demo: { en, zh: { ...zh, stray: '多余' } } }).join('\n')).toMatch(
      /messages\/zh\.json: extra key "stray" \(scene demo, language zh\)/,
    );
  });
  it('fails a placeholder in one language only', () => {
    expect(checkCatalogues({ demo: { en, zh: { ...zh, 'step.a.label': '第几步' } } }).join('\n')).toMatch(
      /zh\.json: key "step\.a\.label" has placeholders \{\} but the English has \{n\} \(scene demo, language zh\)/,
    );
  });
  it('fails a plural form the language does not have, a missing translation file, and a missing $translates', () => {
    const plural = { ...en, n: { one: '{count} step', other: '{count} steps' } };
    expect(checkCatalogues({ demo: { en: plural, zh: { ...zh, n: { one: '{count}步', other: '{count}步' } } } }).join('\n')).toMatch(
      /key "n": plural form "one" does not exist in zh/,
    );
    expect(checkCatalogues({ demo: { en } }).join('\n')).toMatch(/src\/scenes\/demo\/messages\/zh\.json is missing \(scene demo, language zh\)/);
    const { $translates: _, ...unrecorded } = zh;
    expect(checkCatalogues({ demo: { en, zh: unrecorded } }).join('\n')).toMatch(/zh\.json: no "\$translates"/);
  });
  it('tells stale wording from stale keys', () => {
    expect(staleness('0123456789ab', en, zh)).toBe('fresh');
    expect(staleness('ffffffffffff', en, zh)).toBe('text');
    expect(staleness('ffffffffffff', { ...en, more: 'x' }, zh)).toBe('keys');
    expect(staleness('ffffffffffff', { ...en, title: 'A {thing}' }, zh)).toBe('keys');
  });
});

describe('SceneText', () => {
  const catalogue = { hello: 'Hello {name}', experts: { one: '{count} expert', other: '{count} experts' } };
  const en = makeSceneText('en', catalogue);
  const zh = makeSceneText('zh', { hello: '你好，{name}', experts: { other: '{count}个专家' } });
  it('fills placeholders and picks plurals with Intl.PluralRules', () => {
    expect(en.t('hello', { name: 'R1' })).toBe('Hello R1');
    expect(en.t('experts', { count: 1 })).toBe('1 expert');
    expect(en.t('experts', { count: 256 })).toBe('256 experts');
    expect(zh.t('experts', { count: 1 })).toBe('1个专家');
    expect(en.t('experts', { count: 2788000 })).toBe('2,788,000 experts');
  });
  it('throws on a missing key or parameter instead of showing a key name', () => {
    expect(() => en.t('nope')).toThrow(/no message nope/);
    expect(() => en.t('hello')).toThrow(/hello needs \{name\}/);
    expect(() => en.t('experts')).toThrow(/plural/);
  });
  it('writes large counts and dollars in each language’s units (亿 in Chinese)', () => {
    expect(count(en, 671e9)).toBe('671B');
    expect(count(zh, 671e9)).toBe('6710亿');
    expect(countWords(en, 37e9)).toBe('37 billion');
    expect(countWords(zh, 37e9)).toBe('370亿');
    expect(thousands(en, 800000)).toBe('800k');
    expect(thousands(zh, 800000)).toBe('80万');
    expect(thousands(zh, 600000)).toBe('60万');
    // Chinese keeps what the English k rounds away: 12,000 is 1.2万, never 1万.
    expect(thousands(zh, 12000)).toBe('1.2万');
    expect(thousands(zh, 9500)).toBe('9500');
    expect(usd(en, 589e9)).toBe('$589B');
    expect(usd(zh, 589e9)).toBe('5890亿美元');
    expect(usd(en, 593.7e9)).toBe('$593.7B');
    expect(percent(zh, 71)).toBe('71.0%');
    expect(fixed(en, 96, 1)).toBe('96.0');
    expect(zh.number(2788000)).toBe('2,788,000');
  });
  it('writes the data’s English dates in the reader’s form', () => {
    expect(localDate(en, '27 January 2025')).toBe('27 January 2025');
    expect(localDate(zh, '27 January 2025')).toBe('2025年1月27日');
    expect(localDate(zh, 'September 2024')).toBe('2024年9月');
  });
});
