/**
 * The language checks of the Chinese data overlays (src/data/i18n/zh/**.json), kept apart from the
 * test so the test can run them on the real files and on planted faults alike.
 *
 * The structure of an overlay (same nesting, only strings, arrays item for item with their ids,
 * the same `{fact.id}` placeholders, no unit words, only the glosses a file declares) is checked
 * by the build's own checker, `overlayProblems` in src/i18n/overlay.ts, which `checkOverlay` runs
 * first. What this file adds is about the words, which the build cannot judge:
 *  - a top-level "$translates" is the revision (12 hex) of the English file it translates, and a
 *    stale one is reported (the build only warns, src/i18n/status.ts);
 *  - a string is not the English left as it is (unless it is names only);
 *  - a Chinese string (a gloss too) keeps no Latin-letter words but names, addresses and notations;
 *  - the completeness report: the reader-facing English strings with no Chinese yet.
 */
import { overlayProblems, type Json } from '../../src/i18n/overlay';
import { revisionOf } from '../../src/i18n/revision';

export type { Json };

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
  /** The path under src/data/, e.g. "glossary/moe.json". */
  file: string;
  english: Json;
  overlay: Json;
  /** The English file's bytes, for the revision. */
  englishText: string;
  /** Names the Latin-letter check allows (shared + added + source titles). */
  names: readonly string[];
}

export interface OverlayReport {
  /** Faults: each names the file and the key path. */
  problems: string[];
  /** Set when "$translates" is a revision but not the English file's current one. */
  stale?: string;
}

function isObject(v: Json | undefined): v is { [key: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An English string that is names only (a model name, a benchmark) may stay as it is. */
export function isNamesOnly(s: string, names: readonly string[]): boolean {
  return latinLeft(s, names).length === 0;
}

/** The build's structural problems of the overlay, then those of its words and its "$translates". */
export function checkOverlay({ file, english, overlay, englishText, names }: OverlayCheck): OverlayReport {
  const overlayFile = `src/data/i18n/zh/${file}`;
  const problems = overlayProblems(english, overlay, overlayFile);
  if (!isObject(overlay)) return { problems };
  const at = (path: string) => `${overlayFile}: ${path}`;

  let stale: string | undefined;
  const rev = overlay['$translates'];
  const current = revisionOf(englishText);
  if (typeof rev !== 'string' || !/^[0-9a-f]{12}$/.test(rev))
    problems.push(`${at('$translates')}: must be the English file's revision, 12 hex digits (it is ${JSON.stringify(rev)})`);
  else if (rev !== current) stale = `${overlayFile} translates revision ${rev} of src/data/${file}; the English is now ${current}: update the Chinese`;

  // Each Chinese string beside its English one, paths written as the build's checker writes them.
  const walk = (en: Json | undefined, zh: Json, path: string): void => {
    if (typeof zh === 'string') {
      if (typeof en !== 'string') {
        // A gloss the build let through (or a string it reported): its words are still checked.
        const left = latinLeft(zh, names);
        if (left.length) problems.push(`${at(path)}: English words in the Chinese: ${left.join(', ')}`);
      } else if (zh === en && !isNamesOnly(en, names)) problems.push(`${at(path)}: identical to the English (untranslated)`);
      else {
        const left = latinLeft(zh, names, en);
        if (left.length) problems.push(`${at(path)}: English words in the Chinese: ${left.join(', ')}`);
      }
      return;
    }
    if (Array.isArray(zh)) zh.forEach((z, i) => walk(Array.isArray(en) ? en[i] : undefined, z, `${path}[${i}]`));
    else if (isObject(zh))
      for (const [k, v] of Object.entries(zh)) {
        // "$translates" is bookkeeping; an item's id is kept to align it (the build checks both).
        if ((path === '' && k === '$translates') || (k === 'id' && path.endsWith(']'))) continue;
        walk(isObject(en) ? en[k] : undefined, v, path ? `${path}.${k}` : k);
      }
  };
  walk(english, overlay, '');
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
