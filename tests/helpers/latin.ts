/**
 * The Latin-letter check for Chinese figure text: after the names and units a Chinese reader
 * sees in Latin letters anyway (COMMON list of names: DeepSeek, GPU, MoE, H800, FP8…), any Latin
 * letter left is English that was not translated.
 */
const ALLOWED = [
  'Claude 3.5 Sonnet',
  'SWE-bench Verified',
  'GPQA Diamond',
  'LiveCodeBench',
  'o1-mini',
  'o1-1217',
  'GitHub',
  'Elo',
  'DeepSeek-R1',
  // DeepSeek's API name for R1 (its price list's model id) and R1's RL-only predecessor.
  'deepseek-reasoner',
  'R1-Zero',
  'DeepSeek-V3',
  'DeepSeek',
  'Hugging Face',
  'SWE-bench',
  'MATH-500',
  'Codeforces',
  'GPT-4o',
  'OpenAI',
  'Claude',
  'Nvidia',
  'CNBC',
  'pass@1',
  'AIME',
  'GPQA',
  'MMLU',
  'GRPO',
  'H800',
  'H100',
  'H200',
  'RTX',
  'BF16',
  'FP8',
  'INT4',
  'GPU',
  'MoE',
  'SFT',
  'API',
  'MLA',
  'MTP',
  'MIT',
  'KV',
  'RL',
  'R1',
  'V3',
  'o1',
  // Units the English data forces where a Chinese unit would change the number.
  'GB',
];
// Longest first, so "o1-mini" is taken whole before "o1".
const pattern = new RegExp(
  [...ALLOWED]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'g',
);

/** The Latin words left in `text` once the allowed names and units are taken out. */
export function untranslated(text: string): string[] {
  return text.replace(pattern, ' ').match(/[A-Za-z]+(?:[-'’][A-Za-z]+)*/g) ?? [];
}
