/**
 * The Chinese chapters against their English twins (content/zh/chapters/NN-slug.mdx ↔ content/chapters/NN-slug.mdx).
 * A translation may say things in its own words, but not show a reader other figures: so it must place the same
 * scenes and steps in the same order, and each step card must use the same set of <Fact> ids as the English one
 * (the step's figure shows those numbers). The checks, without a build:
 *  - the English twin exists;
 *  - front matter: same order, lead and sources, as many learning goals, discussion and quiz items, and the
 *    revision of the English it translates (`translationOf`, 12 hex digits);
 *  - the same <Scrolly scene>/<Step id> sequence, the same set of Fact ids in each step, the same components;
 *  - the whole chapter's Fact ids and Cite sources equal the English ones; every Term id is in the glossary;
 *  - links to other chapters stay in the Chinese edition (/zh/chapters/<slug>/);
 *  - no English left in the Chinese prose: a Latin-letter word outside components, link targets and code must be
 *    a name on ALLOWED_LATIN (DeepSeek, GPU, MoE…);
 *  - no shade word that holds in one colour theme only (越深, 浅色…); no `**` left open next to Chinese punctuation;
 *  - staleness: a chapter whose `translationOf` is no longer the English file's revision is listed as a warning
 *    (the English changed; the translation may need the change too). It is not a failure: the figures still match.
 * The second describe block plants each fault in inline fixtures, so the checker itself is tested.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { compile } from '@mdx-js/mdx';
import { chapterSchema } from '../../src/chapters/schema';
import { revisionOf } from '../../src/i18n/revision';

const root = resolve(__dirname, '../..');
const enDir = join(root, 'content/chapters');
const zhDir = join(root, 'content/zh/chapters');
const zhFiles = existsSync(zhDir)
  ? readdirSync(zhDir)
      .filter((f) => f.endsWith('.mdx'))
      .sort()
  : [];
const englishSlugs = new Set(readdirSync(enDir).flatMap((f) => (/^\d\d-(.+)\.mdx$/.exec(f) ? [/^\d\d-(.+)\.mdx$/.exec(f)![1]!] : [])));
const glossaryIds = new Set(
  readdirSync(join(root, 'src/data/glossary'))
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => Object.keys(JSON.parse(readFileSync(join(root, 'src/data/glossary', f), 'utf8')) as object)),
);

/**
 * Latin-letter words a Chinese chapter may keep: names of companies, models, chips, benchmarks, formats and
 * abbreviations that Chinese writing keeps in Latin letters too (COMMON term list). Anything else in Latin
 * letters is English left untranslated. `token` is allowed once per chapter, as the gloss 词元（token） at its
 * first mention.
 */
const ALLOWED_LATIN = new Set([
  // companies, places, people's handles, publications
  ...['DeepSeek', 'OpenAI', 'Anthropic', 'Meta', 'Alibaba', 'Hugging', 'Face', 'GitHub', 'MIT', 'CNBC', 'Nature', 'Fortune', 'Nasdaq'],
  ...['Epoch', 'AI', 'Enkrypt', 'Longbridge', 'OpenRouter', 'README', 'X'],
  // models and model families
  ...['R1', 'R1-Zero', 'V3', 'V3-Base', 'V2', 'DeepSeek-R1', 'DeepSeek-R1-Zero', 'DeepSeek-V3', 'DeepSeek-V3-Base', 'DeepSeek-V2'],
  ...['o1', 'o1-1217', 'o1-0912', 'o1-mini', 'GPT-4o', 'GPT-4o-0513', 'Claude', 'Sonnet', 'Claude-3.5-Sonnet-1022', 'Claude-3-Opus', 'Qwen', 'Llama'],
  // hardware, number formats, architecture abbreviations
  ...['Sigmoid', 'Top-k', 'HBM', 'GPU', 'H800', 'H100', 'H200', 'A100', 'CPU', 'PC', 'FP8', 'BF16', 'FP16', 'MoE', 'MLA', 'MTP', 'KV', 'API', 'GB', 'TB'],
  // training methods
  ...['GRPO', 'SFT', 'RL', 'RLHF', 'pass@1', 'cons@64', 'Elo'],
  // benchmarks
  ...['AIME', 'MATH-500', 'Codeforces', 'GPQA', 'Diamond', 'MMLU', 'MMLU-Pro', 'MMLU-Redux', 'SWE-bench', 'Verified', 'LiveCodeBench'],
  ...['SimpleQA', 'AlpacaEval', 'ArenaHard', 'DROP', 'IF-Eval', 'CBRN', 'F1'],
]);
/** Model names of the distilled family, e.g. DeepSeek-R1-Distill-Qwen-32B. */
const DISTILLED_NAME = /^DeepSeek-R1-Distill-(Qwen|Llama)-\d+(\.\d+)?B$/;
/** A number with its unit, as the figures write it: 800GB, 1TB, 32K (a context of 32K tokens). */
const NUMBER_WITH_UNIT = /^\d+(\.\d+)?(GB|TB|GiB|K)$/;
const ONCE_PER_CHAPTER = new Set(['token']);

interface Chapter {
  data: Record<string, unknown>;
  body: string;
  /** The file line of the body's first line. */
  bodyLine: number;
}

function parseChapter(text: string, file: string): Chapter {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!m) throw new Error(`${file}: no front matter (--- … ---) at the top`);
  return { data: (yaml.load(m[1]!) ?? {}) as Record<string, unknown>, body: text.slice(m[0].length), bodyLine: m[0].split('\n').length };
}

interface StepOutline {
  key: string;
  line: number;
  facts: string[];
  encodings: string[];
}
interface Outline {
  scrollies: string[];
  steps: StepOutline[];
  facts: string[];
  cites: string[];
  terms: { id: string; line: number }[];
  /** How often each component other than Fact, Term and Cite appears (Scrolly, Step, Encoding, CostCalculator…). */
  components: Record<string, number>;
}

const sortedSet = (xs: string[]): string[] => [...new Set(xs)].sort();
const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** The components of a chapter body in reading order: scenes, steps and, per step, its facts. */
function outline(body: string, bodyLine: number): Outline {
  const o: Outline = { scrollies: [], steps: [], facts: [], cites: [], terms: [], components: {} };
  let scene = '';
  let step: StepOutline | undefined;
  for (const m of blankCode(body).matchAll(/<(\/?)([A-Z][A-Za-z]*)\b[^>]*>/g)) {
    const [tag, closing, name] = [m[0], m[1], m[2]!];
    const line = bodyLine + body.slice(0, m.index).split('\n').length - 1;
    if (closing) {
      if (name === 'Step') step = undefined;
      if (name === 'Scrolly') scene = '';
      continue;
    }
    if (name === 'Fact') {
      const id = attr(tag, 'id') ?? '';
      o.facts.push(id);
      step?.facts.push(id);
    } else if (name === 'Cite') o.cites.push(attr(tag, 'source') ?? '');
    else if (name === 'Term') o.terms.push({ id: attr(tag, 'id') ?? '', line });
    else {
      o.components[name] = (o.components[name] ?? 0) + 1;
      if (name === 'Scrolly') {
        scene = attr(tag, 'scene') ?? '';
        o.scrollies.push(scene);
      } else if (name === 'Step') {
        step = { key: `${scene}--${attr(tag, 'id') ?? ''}`, line, facts: [], encodings: [] };
        o.steps.push(step);
      } else if (name === 'Encoding') step?.encodings.push(attr(tag, 'id') ?? '');
    }
  }
  return o;
}

/** Replaces every character of a match but newlines with spaces, so line numbers survive the blanking. */
const blank = (s: string): string => s.replace(/[^\n]/g, ' ');
/** The body without fenced code, inline code and MDX comments: what the reader does not see as prose or components. */
const blankCode = (body: string): string => body.replace(/```[\s\S]*?```|`[^`\n]*`|\{\/\*[\s\S]*?\*\/\}/g, blank);

/** What a translation must keep from its English twin: front matter, scenes, steps and the figures per step. */
function compareChapters(en: Chapter, zh: Chapter, file: string): string[] {
  const problems: string[] = [];
  const d = zh.data;
  const e = en.data;
  for (const key of ['order', 'lead', 'sources'] as const)
    if (JSON.stringify(d[key]) !== JSON.stringify(e[key]))
      problems.push(`${file}: front matter \`${key}\` is ${JSON.stringify(d[key])}, the English has ${JSON.stringify(e[key])}; keep it unchanged`);
  for (const key of ['learningGoals', 'discussion', 'quiz'] as const) {
    const [n, nEn] = [Array.isArray(d[key]) ? d[key].length : 0, Array.isArray(e[key]) ? e[key].length : 0];
    if (n !== nEn) problems.push(`${file}: front matter \`${key}\` has ${n} items, the English has ${nEn}; translate each one, add none`);
  }
  if (typeof d['translationOf'] !== 'string' || !/^[0-9a-f]{12}$/.test(d['translationOf']))
    problems.push(
      `${file}: front matter \`translationOf\` must be the 12-hex revision of the English file (src/i18n/revision.ts), got ${JSON.stringify(d['translationOf'])}`,
    );

  const [o, oEn] = [outline(zh.body, zh.bodyLine), outline(en.body, en.bodyLine)];
  if (o.scrollies.join() !== oEn.scrollies.join())
    problems.push(`${file}: scenes are [${o.scrollies.join(', ')}], the English places [${oEn.scrollies.join(', ')}] in that order`);
  const keys = o.steps.map((s) => s.key);
  const keysEn = oEn.steps.map((s) => s.key);
  if (keys.join() !== keysEn.join()) problems.push(`${file}: steps are [${keys.join(', ')}], the English has [${keysEn.join(', ')}] in that order`);
  for (const s of o.steps) {
    const twin = oEn.steps.find((t) => t.key === s.key);
    if (!twin) continue;
    for (const what of ['facts', 'encodings'] as const) {
      const [mine, theirs] = [sortedSet(s[what]), sortedSet(twin[what])];
      if (mine.join() !== theirs.join()) {
        const missing = theirs.filter((x) => !mine.includes(x));
        const extra = mine.filter((x) => !theirs.includes(x));
        problems.push(
          `${file}:${s.line}: step ${s.key} uses ${what === 'facts' ? 'Fact' : 'Encoding'} ids [${mine.join(', ')}], the English step uses [${theirs.join(', ')}]` +
            `${missing.length ? `; missing: ${missing.join(', ')}` : ''}${extra.length ? `; not in the English step: ${extra.join(', ')}` : ''}`,
        );
      }
    }
  }
  const compare = (what: string, mine: string[], theirs: string[]) => {
    const [a, b] = [sortedSet(mine), sortedSet(theirs)];
    if (a.join() !== b.join())
      problems.push(
        `${file}: the chapter's ${what} are not the English ones; missing: [${b.filter((x) => !a.includes(x)).join(', ')}], not in the English: [${a.filter((x) => !b.includes(x)).join(', ')}]`,
      );
  };
  compare('Fact ids', o.facts, oEn.facts);
  compare('Cite sources', o.cites, oEn.cites);
  const names = sortedSet([...Object.keys(o.components), ...Object.keys(oEn.components)]);
  for (const name of names)
    if ((o.components[name] ?? 0) !== (oEn.components[name] ?? 0))
      problems.push(`${file}: <${name}> appears ${o.components[name] ?? 0} times, in the English ${oEn.components[name] ?? 0} times`);
  return problems;
}

/** Term ids that are not in the glossary. */
function unknownTerms(zh: Chapter, file: string, known: Set<string>): string[] {
  return outline(zh.body, zh.bodyLine)
    .terms.filter((t) => !known.has(t.id))
    .map((t) => `${file}:${t.line}: <Term id="${t.id}"> is not in src/data/glossary/`);
}

/** Links to chapters that leave the Chinese edition, or name a chapter that does not exist. */
function linkProblems(zh: Chapter, file: string, slugs: Set<string>): string[] {
  const out: string[] = [];
  for (const m of blankCode(zh.body).matchAll(/\]\(([^)\s]*)\)|href="([^"]*)"/g)) {
    const url = m[1] ?? m[2]!;
    const line = zh.bodyLine + zh.body.slice(0, m.index).split('\n').length - 1;
    const chapter = /^\/(zh\/)?chapters\/([^/#]*)\/?(#.*)?$/.exec(url);
    if (!chapter) continue;
    if (!chapter[1]) out.push(`${file}:${line}: link ${url} leads to the English edition; write /zh${url}`);
    else if (!slugs.has(chapter[2]!)) out.push(`${file}:${line}: link ${url} names no chapter (slugs: ${[...slugs].join(', ')})`);
  }
  return out;
}

/** The prose a reader sees: the body without code, component tags (their text children stay), link targets and URLs. */
function prose(body: string): string {
  return blankCode(body)
    .replace(/\{[^}]*\}/g, blank)
    .replace(/<\/?[A-Za-z][^>]*>/g, blank)
    .replace(/\]\([^)]*\)/g, (s) => `]${blank(s.slice(1))}`)
    .replace(/https?:\/\/\S+/g, blank);
}

/** The front matter a reader sees (title, summary, goals, discussion, quiz), as [field, text]. */
function frontMatterProse(zh: Chapter): [string, string][] {
  const fm = zh.data;
  const list = (key: string): unknown[] => (Array.isArray(fm[key]) ? fm[key] : []);
  const fields: [string, unknown][] = [
    ['title', fm['title']],
    ['summary', fm['summary']],
    ...list('learningGoals').map((g, i): [string, unknown] => [`learningGoals[${i}]`, g]),
    ...list('discussion').map((g, i): [string, unknown] => [`discussion[${i}]`, g]),
    ...(list('quiz') as { question?: unknown; answer?: unknown }[]).flatMap((q, i): [string, unknown][] => [
      [`quiz[${i}].question`, q?.question],
      [`quiz[${i}].answer`, q?.answer],
    ]),
  ];
  return fields.filter((f): f is [string, string] => typeof f[1] === 'string');
}

/** Latin-letter words in the Chinese text that are not allowed names: English left untranslated. */
function latinWords(zh: Chapter, file: string): string[] {
  const out: string[] = [];
  const seen = new Map<string, number>();
  const check = (text: string, where: (offset: number) => string, onceAllowed: boolean) => {
    for (const m of text.matchAll(/[A-Za-z0-9@]+(?:[-.][A-Za-z0-9@]+)*/g)) {
      const word = m[0];
      if (!/[A-Za-z]/.test(word) || ALLOWED_LATIN.has(word) || DISTILLED_NAME.test(word) || NUMBER_WITH_UNIT.test(word)) continue;
      if (onceAllowed && ONCE_PER_CHAPTER.has(word)) {
        seen.set(word, (seen.get(word) ?? 0) + 1);
        if (seen.get(word) === 1) continue;
        out.push(`${where(m.index)}: "${word}" again; it is allowed once, as a gloss at its first mention (词元（token）)`);
        continue;
      }
      out.push(`${where(m.index)}: "${word}" is English in the Chinese text; translate it, or add it to ALLOWED_LATIN if it is a name`);
    }
  };
  for (const [field, value] of frontMatterProse(zh)) check(value, () => `${file}: front matter ${field}`, false);
  const text = prose(zh.body);
  check(text, (offset) => `${file}:${zh.bodyLine + text.slice(0, offset).split('\n').length - 1}`, true);
  return out;
}

/**
 * The Chinese for "darker", "lighter", "brighter", "paler" (comparatives, as the English check: a plain 浅色, "pale",
 * passes there as here): true in one colour theme and false in the other, so
 * a chapter says how a figure encodes data with the scene's own <Encoding> phrase (tests/unit/figure-words.test.ts
 * checks the English chapters the same way).
 */
// Not 更深入, 更深刻, 最深层… (deeper understanding, not a shade).
const THEME_WORDS_ZH = /(更|较|最|越)(深|浅|亮|暗|淡)(?![入刻远层度处化])/g;

function themeWords(zh: Chapter, file: string): string[] {
  const text = prose(zh.body);
  return [...text.matchAll(THEME_WORDS_ZH)].map((m) => `${file}:${zh.bodyLine + text.slice(0, m.index).split('\n').length - 1}: "${m[0]}"`);
}

/** ASCII , ; : ? ! ( ) touching a Chinese character: Chinese prose takes the full-width marks ，；：？！（）. */
const HALF_WIDTH = /[\u3400-\u9fff][,;:?!()]|[,;:?!()][\u3400-\u9fff]/g;

/** A parenthesis around arithmetic, "× (a + b)小时", is a formula's, not prose punctuation. */
const FORMULA = /\([^()\n]*[+\-−×÷=*/][^()\n]*\)/g;

function halfWidthPunctuation(zh: Chapter, file: string): string[] {
  const text = prose(zh.body).replace(FORMULA, blank);
  const fields = frontMatterProse(zh).map(([field, value]) => ({ where: `front matter ${field}`, value }));
  return [
    ...[...text.matchAll(HALF_WIDTH)].map((m) => `${file}:${zh.bodyLine + text.slice(0, m.index).split('\n').length - 1}: "${m[0]}"`),
    ...fields.flatMap(({ where, value }) => [...value.matchAll(HALF_WIDTH)].map((m) => `${file}: ${where}: "${m[0]}"`)),
  ];
}

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { line: number } };
}
/**
 * Compiles the body as the build does and lists `*` left as text. CommonMark does not close `**粗体。**` when a
 * Chinese character follows it (the closing mark sits after punctuation and before a letter), so the reader would
 * see the asterisks: write `**粗体**。` instead. (Scenes, steps and facts need no build check of their own here:
 * they must equal the English twin's, which the build checks.)
 */
async function strayEmphasis(zh: Chapter, file: string): Promise<string[]> {
  const out: string[] = [];
  const walk = (n: MdNode) => {
    if (n.type === 'text' && n.value?.includes('*'))
      out.push(
        `${file}:${zh.bodyLine + (n.position?.start.line ?? 1) - 1}: "*" shown as text in "${n.value.trim().slice(0, 30)}…"; put the punctuation outside **…**`,
      );
    n.children?.forEach(walk);
  };
  await compile({ path: join(root, file), value: zh.body }, { remarkPlugins: [() => (tree: MdNode) => walk(tree)] });
  return out;
}

describe('Chinese chapters match their English twins', () => {
  it('every Chinese chapter has an English twin of the same file name', () => {
    const orphans = zhFiles.filter((f) => !existsSync(join(enDir, f)));
    expect(orphans, `content/zh/chapters/: no English twin in content/chapters/ for these; a Chinese chapter keeps its English file name`).toEqual([]);
  });
  for (const file of zhFiles) {
    const zhPath = `content/zh/chapters/${file}`;
    const enPath = join(enDir, file);
    if (!existsSync(enPath)) continue;
    const zh = parseChapter(readFileSync(join(zhDir, file), 'utf8'), zhPath);
    const enText = readFileSync(enPath, 'utf8');
    const en = parseChapter(enText, `content/chapters/${file}`);

    it(`${file}: front matter passes the chapter schema`, () => {
      const r = chapterSchema.safeParse(zh.data);
      expect(r.success, r.success ? '' : `${zhPath}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`).toBe(true);
    });
    it(`${file}: same front matter ids, scenes, steps and Fact ids per step as the English`, () => {
      expect(compareChapters(en, zh, zhPath)).toEqual([]);
    });
    it(`${file}: every Term is in the glossary; chapter links stay in the Chinese edition`, () => {
      expect([...unknownTerms(zh, zhPath, glossaryIds), ...linkProblems(zh, zhPath, englishSlugs)]).toEqual([]);
    });
    it(`${file}: no untranslated English in the prose`, () => {
      expect(latinWords(zh, zhPath)).toEqual([]);
    });
    it(`${file}: full-width punctuation next to Chinese characters`, () => {
      expect(halfWidthPunctuation(zh, zhPath)).toEqual([]);
    });
    it(`${file}: no shade described with a word that holds in one theme only (use <Encoding id="…" />)`, () => {
      expect(themeWords(zh, zhPath)).toEqual([]);
    });
    it(`${file}: compiles as MDX, with every ** and * closed`, async () => {
      expect(await strayEmphasis(zh, zhPath)).toEqual([]);
    });
    it(`${file}: staleness (a warning, not a failure)`, () => {
      const current = revisionOf(enText);
      if (zh.data['translationOf'] !== current)
        console.warn(
          `[translations] ${zhPath} is stale: it translates revision ${String(zh.data['translationOf'])}, content/chapters/${file} is now ${current}; update it`,
        );
      expect(current).toMatch(/^[0-9a-f]{12}$/);
    });
  }
});

describe('the translation checker catches what it should (planted faults)', () => {
  const english = `---
title: Test
summary: A chapter for the checker's own tests, long enough.
order: 9
sources: [V3_REPORT]
learningGoals: [Goal one here., Goal two here.]
discussion: [Question one here?, Question two here?]
quiz:
  - { question: Why?, answer: Because. }
  - { question: How?, answer: Thus. }
---

R1 has <Fact id="params.publishedTotal" /> parameters <Cite source="V3_REPORT" />.

<Scrolly scene="moe-routing">
<Step id="affinity">

Scores for <Fact id="config.nRoutedExperts" /> experts; <Encoding id="affinity" />.

</Step>
<Step id="groups">

Best <Fact id="config.nLimitedGroups" /> of <Fact id="config.nExpertGroups" /> groups.

</Step>
</Scrolly>
`;
  const chinese = (body: string, extra = '') => `---
title: 测试
summary: 一章只给检查器自己测试用的文字，长度足够。
order: 9
sources: [V3_REPORT]
translationOf: "0123456789ab"
learningGoals: [目标一二三四五六七八九, 目标二三四五六七八九十]
discussion: [问题一二三四五六七八九？, 问题二三四五六七八九十？]
quiz:
  - { question: 为什么呢？, answer: 因为。 }
  - { question: 怎么样？, answer: 这样。 }
${extra}---

R1有<Fact id="params.publishedTotal" />个参数<Cite source="V3_REPORT" />。
${body}`;
  const goodBody = `
<Scrolly scene="moe-routing">
<Step id="affinity">

给<Fact id="config.nRoutedExperts" />个专家打分；<Encoding id="affinity" />。

</Step>
<Step id="groups">

<Fact id="config.nExpertGroups" />组里留下最好的<Fact id="config.nLimitedGroups" />组，详见[下一章](/zh/chapters/active-parameters/)。

</Step>
</Scrolly>
`;
  const en = parseChapter(english, 'en.mdx');
  const zhOf = (body: string, extra = '') => parseChapter(chinese(body, extra), 'zh.mdx');

  it('a faithful translation passes (facts in another order within a step are fine)', () => {
    const zh = zhOf(goodBody);
    expect(compareChapters(en, zh, 'zh.mdx')).toEqual([]);
    expect(latinWords(zh, 'zh.mdx')).toEqual([]);
    expect(linkProblems(zh, 'zh.mdx', new Set(['active-parameters']))).toEqual([]);
  });
  it('a Fact moved to another step fails, naming the step and the fact', () => {
    const moved = goodBody.replace('<Fact id="config.nLimitedGroups" />组', '一些组').replace('打分；', '打分，保留<Fact id="config.nLimitedGroups" />组；');
    const problems = compareChapters(en, zhOf(moved), 'zh.mdx');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/zh\.mdx:\d+: step moe-routing--affinity uses Fact ids .*not in the English step: config\.nLimitedGroups/);
    expect(problems[1]).toMatch(/step moe-routing--groups .*missing: config\.nLimitedGroups/);
  });
  it('a typed number instead of its Fact fails even outside steps', () => {
    const problems = compareChapters(en, parseChapter(chinese(goodBody).replace('<Fact id="params.publishedTotal" />', '6710亿'), 'zh.mdx'), 'zh.mdx');
    expect(problems).toEqual([expect.stringMatching(/Fact ids are not the English ones; missing: \[params\.publishedTotal\]/)]);
  });
  it('steps in another order, or a missing step, fail', () => {
    const swapped = goodBody.replace('id="affinity"', 'id="TMP"').replace('id="groups"', 'id="affinity"').replace('id="TMP"', 'id="groups"');
    expect(compareChapters(en, zhOf(swapped), 'zh.mdx').join('\n')).toMatch(
      /steps are \[moe-routing--groups, moe-routing--affinity\], the English has \[moe-routing--affinity, moe-routing--groups\]/,
    );
    const dropped = goodBody.replace(/<Step id="groups">[\s\S]*?<\/Step>/, '');
    expect(compareChapters(en, zhOf(dropped), 'zh.mdx').join('\n')).toMatch(/steps are \[moe-routing--affinity\]/);
  });
  it('front matter: a changed source list, a missing quiz item or no translationOf fails', () => {
    const zh = zhOf(goodBody);
    const broken: Chapter = { ...zh, data: { ...zh.data, sources: ['V3_CONFIG'], quiz: [(zh.data['quiz'] as unknown[])[0]], translationOf: undefined } };
    const problems = compareChapters(en, broken, 'zh.mdx').join('\n');
    expect(problems).toMatch(/`sources` is \["V3_CONFIG"\]/);
    expect(problems).toMatch(/`quiz` has 1 items, the English has 2/);
    expect(problems).toMatch(/`translationOf` must be the 12-hex revision/);
  });
  it('an English word left in the prose fails with its line; names, component attributes, link targets and code do not', () => {
    const zh = zhOf(goodBody.replace('给<Fact', '给router的<Fact') + '\nDeepSeek-V3和GPT-4o都用GPU，`route_scale`不算。\n');
    const problems = latinWords(zh, 'zh.mdx');
    expect(problems).toEqual([expect.stringMatching(/^zh\.mdx:19: "router" is English in the Chinese text/)]);
  });
  it('English in the front matter fails, naming the field', () => {
    const zh = zhOf(goodBody);
    expect(latinWords({ ...zh, data: { ...zh.data, quiz: [{ question: '什么是expert？', answer: '专家。' }] } }, 'zh.mdx')).toEqual([
      expect.stringMatching(/front matter quiz\[0\]\.question: "expert" is English/),
    ]);
  });
  it('the gloss 词元（token） is allowed once per chapter, not twice', () => {
    expect(latinWords(zhOf(goodBody + '\n每个词元（token）都一样。\n'), 'zh.mdx')).toEqual([]);
    expect(latinWords(zhOf(goodBody + '\n每个词元（token）都一样，token也是。\n'), 'zh.mdx')).toEqual([expect.stringMatching(/"token" again/)]);
  });
  it('a link to the English edition or to no chapter fails', () => {
    const zh = zhOf(goodBody.replace('/zh/chapters/active-parameters/', '/chapters/active-parameters/') + '\n见[某章](/zh/chapters/nope/)。\n');
    expect(linkProblems(zh, 'zh.mdx', new Set(['active-parameters']))).toEqual([
      expect.stringMatching(/link \/chapters\/active-parameters\/ leads to the English edition; write \/zh\/chapters\/active-parameters\//),
      expect.stringMatching(/link \/zh\/chapters\/nope\/ names no chapter/),
    ]);
  });
  it('bold that does not close next to Chinese punctuation fails; the same bold with the full stop outside passes', async () => {
    expect(await strayEmphasis(zhOf(goodBody + '\n**冷启动。**先做微调。\n'), 'zh.mdx')).toEqual([expect.stringMatching(/^zh\.mdx:\d+: "\*" shown as text/)]);
    expect(await strayEmphasis(zhOf(goodBody + '\n**冷启动**。先做微调。\n'), 'zh.mdx')).toEqual([]);
  });
  it('half-width punctuation touching Chinese fails, in the body and the front matter; inside names and numbers it does not', () => {
    const zh = zhOf(goodBody + '\n专家(expert)很多, 见下文。比例1:1，Claude-3.5-Sonnet-1022也行，8块GPU × (3 + 4)小时也行。\n');
    expect(halfWidthPunctuation({ ...zh, data: { ...zh.data, title: '测试:标题' } }, 'zh.mdx')).toEqual([
      'zh.mdx:29: "家("',
      'zh.mdx:29: ")很"',
      'zh.mdx:29: "多,"',
      'zh.mdx: front matter title: "试:"',
    ]);
  });
  it('a shade word that holds in one theme only fails; the Encoding phrase does not', () => {
    expect(themeWords(zhOf(goodBody + '\n颜色越深，匹配越好。\n'), 'zh.mdx')).toEqual([expect.stringMatching(/^zh\.mdx:\d+: "越深"$/)]);
    expect(themeWords(zhOf(goodBody + '\n想更深入地理解，可以看下一章。浅色的一段是余量。\n'), 'zh.mdx')).toEqual([]);
  });
  it('an unknown Term id fails', () => {
    expect(unknownTerms(zhOf(goodBody + '\n<Term id="no-such-term">某词</Term>\n'), 'zh.mdx', glossaryIds)).toEqual([
      expect.stringMatching(/<Term id="no-such-term"> is not in src\/data\/glossary\//),
    ]);
  });
});
