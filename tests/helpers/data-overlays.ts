/**
 * The checker for the Chinese data overlays (src/data/i18n/zh/**.json), kept apart from the
 * test so the test can run it on the real files and on planted faults alike.
 *
 * The alignment rule is the one the shared i18n conventions state, so the page loader that
 * merges an overlay and this check agree on what an overlay may say:
 *  - same nesting as the English file; objects keyed by id keep their keys;
 *  - only strings, and only where the English has a string at the same path;
 *  - arrays mirror the English array in the same order, element by element, and an element
 *    keeps the English element's `id` (if it has one) so the two can be aligned;
 *  - `{fact.id}` placeholders are the same set as in the English string;
 *  - a top-level "$translates" is the revision (12 hex) of the English file it translates.
 * One field may exist only in the Chinese: a source's `titleGloss`, a Chinese gloss beside the
 * source's original title (which stays in its own language).
 */
import { revisionOf } from '../../src/i18n/revision';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Fields the overlay of one English file may add, as "<file>: <path pattern>" ("*" = any key). */
export const ADDED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  'sources.json': ['*.titleGloss'],
};

/**
 * Keys an overlay must not translate although the English holds a string there: a fact's unit
 * words, which each edition's fact formatting maps itself (" billion" becomes 亿 by rescaling the
 * number, not by a word; an overlay's "倍" would reach that formatter as an unknown unit).
 */
export const UNTRANSLATED_KEYS: Readonly<Record<string, readonly string[]>> = { 'facts/': ['prefix', 'suffix'] };

/**
 * Latin-letter words a Chinese string may keep: the names of the shared term list, then names this
 * list adds (products, outlets, people, benchmark and file names, notations a Chinese reader also
 * writes in Latin letters). Longer names first, so "DeepSeek-R1" goes before "R1" is looked for.
 */
export const SHARED_NAMES = [
  'DeepSeek',
  'DeepSeek-R1',
  'R1',
  'V3',
  'OpenAI',
  'o1',
  'GPT-4o',
  'Claude',
  'Nvidia',
  'GPU',
  'H800',
  'H100',
  'MoE',
  'GRPO',
  'SFT',
  'RL',
  'FP8',
  'BF16',
  'KV',
  'API',
  'MLA',
  'MTP',
  'AIME',
  'MATH-500',
  'Codeforces',
  'GPQA',
  'MMLU',
  'SWE-bench',
  'Hugging Face',
  'MIT',
] as const;

export const ADDED_NAMES = [
  // notations and glosses kept in Latin letters by Chinese writers
  'token',
  'epoch',
  'inference', // glosses that tell the two senses of 推理 apart
  'reasoning',
  'gate',
  'pass@1',
  'Pass@1',
  'Pass@1-COT',
  'cons@64',
  'Elo',
  'CBRN',
  'HBM',
  'HBM3e',
  'HBM2e',
  'GDDR6X',
  'Sigmoid',
  'ChatGPT',
  'ModelArgs',
  'Rust',
  'openai-models',
  'Git',
  'Tensor Core',
  'Top-k',
  'k', // the k of top-k, a variable
  'K', // the K of 128K, a thousand tokens
  'GB',
  'AI',
  'F1',
  'EM',
  'LC',
  'Transformer',
  'Multi-Token Prediction',
  'Group Relative Policy Optimization',
  'USD',
  // files, code and documents named as they are written
  'README',
  'README.md',
  'README_WEIGHTS.md',
  'LICENSE',
  'Model Downloads',
  'Distilled Model Evaluation',
  'DeepSeek-R1-Distill Models',
  'DeepSeek-R1 Evaluation',
  'DeepSeek-R1 Release',
  'Models & Pricing',
  'Release DeepSeek-R1',
  'Release DeepSeek-V3',
  'route_scale',
  'aux_loss_alpha',
  'config.json',
  'config.vocabSize',
  'deepseek-reasoner',
  'torchrun --nnodes 2 --nproc-per-node 8',
  '<think>',
  '</think>',
  '#Total Params',
  '#Activated Params',
  'arXiv',
  'GitHub',
  'deepseek-ai',
  'HEAD',
  'Supplementary Information',
  'doi',
  // publishers, outlets, people, products
  'Nature',
  'Nature News',
  'Enkrypt AI',
  'TechRadar',
  'OpenRouter',
  'CNBC',
  "Investor's Business Daily",
  'Fortune',
  'The Epoch Times',
  'Epoch Times',
  'Longbridge',
  'Apidog',
  'MacRumors',
  'Puget Systems',
  'Apple',
  'MacBook Air',
  'MacBook Pro',
  'M2',
  'M3',
  'NVIDIA',
  'GeForce',
  'RTX 4090',
  'H200',
  'Hyper.ai',
  'The Outpost',
  'Samantha Subin',
  'Matt Krantz',
  'Christiaan Hetzner',
  'Marc Andreessen',
  '@pmarca',
  'X',
  'S&P 500',
  'Nasdaq Composite',
  'Nasdaq',
  'Anthropic',
  'Qwen',
  'Llama',
  'LaunchPad',
  'MIG',
  'PCIe',
  'Guo, D. et al.',
  'SCMP',
  // benchmarks
  'LiveCodeBench',
  'DROP',
  'AlpacaEval',
  'AlpacaEval 2.0',
  'ArenaHard',
  'IF-Eval',
  'SimpleQA',
  'FRAMES',
  'Aider-Polyglot',
  'CNMO',
  'CLUEWSC',
  'C-Eval',
  'C-SimpleQA',
  'GPQA Diamond',
  'SWE Verified',
  'SWE-bench Verified',
  'MMLU-Redux',
  'MMLU-Pro',
  'GPQA-Diamond',
  'AlpacaEval2.0',
  'Claude 3.5 Sonnet',
  'Claude-3-Opus',
  '3-shot',
  'fp8', // the released precision, as DeepSeek's files write it
  'fp8_cast_bf16.py',
  'OPEA/DeepSeek-R1-int4-gptq-sym-inc',
] as const;

/** Addresses and file names, taken out before names (they may contain one). */
const ADDRESS_PATTERNS: readonly RegExp[] = [
  // Addresses and DOIs end where the ASCII ends: Chinese punctuation may follow with no space.
  /https?:\/\/[\x21-\x7e]+/g,
  /(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:com|co|org|net|us|ai)(?:\/[\x21-\x7e]*)?(?![\w-])/g, // bare domains (cnbc.com)
  /\b(?:doi:)?10\.\d{4,}\/[\x21-\x7e]+/g,
  /(?<![\w.-])(?:[\w-]+\/)*[\w-]+\.(?:json|py|md|pdf|mdx)\b/g, // file names and paths
];

/** Names by shape rather than one by one, taken out after the listed names. */
const NAME_PATTERNS: readonly RegExp[] = [
  /(?<![\w-])(?:DeepSeek|Qwen|Qwen2\.5|Llama|Claude|GPT|OpenAI|QwQ|o1|o3|R1|V2|V3|OPEA)(?:[-.\w]*[\w])?(?![\w-])/g, // model versions
  /(?<![\w-])[0-9a-f]{7,40}(?![\w-])/g, // commit ids
  /(?<![A-Za-z])\d+(?:\.\d+)?[KMBT](?![A-Za-z])/g, // 128K, 14.8T, 671B as the sources print them
  /(?<=附录)[A-Z](?![A-Za-z])/g, // an appendix letter (附录C)
  /(?<![\w.-])(?:bench|check|claims|cost|hardware|market|moe|release|safety|training)\.[\w.-]*\w/g, // a fact id
];

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function placeholders(s: string): string[] {
  return [...new Set([...s.matchAll(/\{[A-Za-z0-9._-]+\}/g)].map((m) => m[0]))].sort();
}

/**
 * The Latin-letter words left in a string once placeholders and allowed names are taken out:
 * in a Chinese string, each of them is English that was not translated.
 */
export function latinLeft(s: string, names: readonly string[], english = ''): string[] {
  let rest = s.replace(/\{[A-Za-z0-9._-]+\}/g, ' ');
  // A title or phrase quoted (“…” or 《…》) exactly as the English string has it is a quotation of
  // the source, which stays in its own language.
  if (english) rest = rest.replace(/“([^”]+)”|《([^》]+)》/g, (m, a?: string, b?: string) => (english.includes((a ?? b)!) ? ' ' : m));
  for (const re of ADDRESS_PATTERNS) rest = rest.replace(re, ' ');
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    // Digits may come before a name ("1GB", "8块H800" written without a space); letters and hyphens may
    // not ("R1" is not taken out of "R1-Zero": the model-name shape below takes the whole).
    rest = rest.replace(new RegExp(`(?<![A-Za-z_-])${escapeRe(name)}(?![A-Za-z0-9_-])`, 'g'), ' ');
  }
  for (const re of NAME_PATTERNS) rest = rest.replace(re, ' ');
  return [...rest.matchAll(/[A-Za-z]+/g)].map((m) => m[0]);
}

export interface OverlayCheck {
  /** The path under src/data/, e.g. "glossary/moe.json" (picks the fields the overlay may add). */
  file: string;
  english: Json;
  overlay: Json;
  /** The English file's bytes, for the revision. */
  englishText: string;
  /** Names the Latin-letter check allows (shared + added + source titles). */
  names: readonly string[];
}

export interface OverlayReport {
  /** Faults: each names the file and the path. */
  problems: string[];
  /** Set when "$translates" is a revision but not the English file's current one. */
  stale?: string;
}

function isObject(v: Json | undefined): v is { [key: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function addedField(file: string, path: string[]): boolean {
  return (ADDED_FIELDS[file] ?? []).some((pattern) => {
    const parts = pattern.split('.');
    return parts.length === path.length && parts.every((p, i) => p === '*' || p === path[i]);
  });
}

/** An English string that is names only (a model name, a benchmark) may stay as it is. */
export function isNamesOnly(s: string, names: readonly string[]): boolean {
  return latinLeft(s, names).length === 0;
}

export function checkOverlay({ file, english, overlay, englishText, names }: OverlayCheck): OverlayReport {
  const problems: string[] = [];
  const at = (path: string[]) => `src/data/i18n/zh/${file}: ${path.length ? path.join('.') : '(top)'}`;
  let stale: string | undefined;

  if (!isObject(overlay)) return { problems: [`${at([])}: an overlay is a JSON object`] };
  const rev = overlay['$translates'];
  const current = revisionOf(englishText);
  if (typeof rev !== 'string' || !/^[0-9a-f]{12}$/.test(rev))
    problems.push(`${at(['$translates'])}: must be the English file's revision, 12 hex digits (it is ${JSON.stringify(rev)})`);
  else if (rev !== current)
    stale = `src/data/i18n/zh/${file} translates revision ${rev} of src/data/${file}; the English is now ${current}: update the Chinese`;

  const keep = Object.entries(UNTRANSLATED_KEYS).flatMap(([prefix, keys]) => (file.startsWith(prefix) ? keys : []));
  const walk = (en: Json | undefined, zh: Json, path: string[]): void => {
    if (keep.includes(path[path.length - 1] ?? '')) {
      problems.push(`${at(path)}: unit words are formatted per language from the English (src/i18n/format-fact.ts); leave them out`);
      return;
    }
    if (typeof zh === 'string') {
      if (typeof en !== 'string') {
        if (en === undefined && addedField(file, path)) {
          if (latinLeft(zh, names).length) problems.push(`${at(path)}: English words in the Chinese: ${latinLeft(zh, names).join(', ')}`);
          return;
        }
        problems.push(`${at(path)}: ${en === undefined ? 'not in the English file (extra key)' : 'the English has no string here'}`);
        return;
      }
      const pe = placeholders(en).join(' ');
      const pz = placeholders(zh).join(' ');
      if (pe !== pz) problems.push(`${at(path)}: placeholders differ: English has [${pe}], Chinese has [${pz}]`);
      if (zh === en && !isNamesOnly(en, names)) problems.push(`${at(path)}: identical to the English (untranslated)`);
      else {
        const left = latinLeft(zh, names, en);
        if (left.length) problems.push(`${at(path)}: English words in the Chinese: ${left.join(', ')}`);
      }
      return;
    }
    if (Array.isArray(zh)) {
      if (!Array.isArray(en)) {
        problems.push(`${at(path)}: ${en === undefined ? 'not in the English file (extra key)' : 'the English has no array here'}`);
        return;
      }
      if (zh.length !== en.length) problems.push(`${at(path)}: ${zh.length} elements, the English has ${en.length} (mirror the array in the same order)`);
      zh.forEach((z, i) => {
        const e = en[i];
        const eid = isObject(e) && typeof e['id'] === 'string' ? e['id'] : undefined;
        if (eid !== undefined) {
          if (!isObject(z) || z['id'] !== eid) {
            problems.push(
              `${at([...path, String(i)])}: element ${i} must keep the English element's id "${eid}" (it has ${isObject(z) ? JSON.stringify(z['id']) : 'no id'})`,
            );
            return;
          }
          const { id: _id, ...rest } = z;
          walk(e, rest, [...path, eid]);
          return;
        }
        walk(e, z, [...path, String(i)]);
      });
      return;
    }
    if (isObject(zh)) {
      if (!isObject(en)) {
        problems.push(`${at(path)}: ${en === undefined ? 'not in the English file (extra key)' : 'the English has no object here'}`);
        return;
      }
      for (const [k, v] of Object.entries(zh)) {
        if (path.length === 0 && k === '$translates') continue;
        walk(en[k], v, [...path, k]);
      }
      return;
    }
    problems.push(`${at(path)}: an overlay holds strings only (found ${JSON.stringify(zh)})`);
  };
  walk(english, overlay, []);
  return { problems, stale };
}

/**
 * Keys whose strings are not reader-facing: ids, source ids, addresses, dates, enum values,
 * units, and the maintainers' notes at the top of a file. Everything else that holds a string is
 * text a reader sees, in a page, a figure, a table or a download.
 */
const NOT_READER_FACING = new Set([
  'id',
  'source',
  'sources',
  'url',
  'also',
  'date',
  'unit',
  'format',
  'symbol',
  'group',
  'verdict',
  'meets',
  'was',
  'pages',
  'status',
  'basis',
  'apiName',
  'currency',
  'score_func', // configuration values, as the configuration file writes them
  'dtype',
  'device', // an id of another item
  'family',
  'maker',
  'sourceName',
  'title',
  'prefix',
  'suffix',
]);
/** Keys that are enum values in one file only (a source's kind: primary | secondary), words elsewhere. */
const NOT_READER_FACING_IN: Readonly<Record<string, readonly string[]>> = { 'sources.json': ['kind'] };
/** The maintainers' notes: a top-level `notes`, and the `notes` of a block inside a file. */
const MAINTAINER_NOTES = 'notes';

/**
 * The reader-facing English strings with no Chinese at the same path, as "path: text". Strings
 * that are names only (a model, a benchmark) need none. A fact's `value` is reader-facing only
 * when it is words (a date, "less than two months"), never when it is a number.
 */
export function untranslated(english: Json, overlay: Json | undefined, names: readonly string[], file = ''): string[] {
  const out: string[] = [];
  const skip = new Set([...NOT_READER_FACING, MAINTAINER_NOTES, ...(NOT_READER_FACING_IN[file] ?? [])]);
  const walk = (en: Json, zh: Json | undefined, path: string[]): void => {
    if (typeof en === 'string') {
      if (typeof zh !== 'string' && !isNamesOnly(en, names)) out.push(`${path.join('.')}: ${en.length > 70 ? `${en.slice(0, 67)}…` : en}`);
      return;
    }
    if (Array.isArray(en)) {
      const z = Array.isArray(zh) ? zh : [];
      en.forEach((e, i) => {
        const id = isObject(e) && typeof e['id'] === 'string' ? e['id'] : String(i);
        walk(e, z[i], [...path, id]);
      });
      return;
    }
    if (isObject(en)) {
      const z = isObject(zh) ? zh : undefined;
      for (const [k, v] of Object.entries(en)) {
        if (skip.has(k)) continue;
        walk(v, z?.[k], [...path, k]);
      }
    }
  };
  walk(english, overlay, []);
  return out;
}
