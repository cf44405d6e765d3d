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
  'DeepSeek-R1-Distill',
  'MacBook Air',
  'GDDR6X',
  'Qwen',
  'Llama',
  'Elo',
  'DeepSeek-R1',
  // DeepSeek's API name for R1 (its price list's model id) and R1's RL-only predecessor.
  'deepseek-reasoner',
  'R1-Zero',
  'DeepSeek-V3',
  'DeepSeek',
  // claim-check's sources and claims: a model, a company, a publication, a file, a memory type.
  'R1-Zero',
  'Enkrypt AI',
  "Investor's Business Daily",
  'README',
  'HBM',
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
  // The training figure: R1-Zero, its base model, the <think> tag its reward checks, the distilled
  // models' names (src/data/distilled-models.json, training.json distillVsRl) and their base models.
  'DeepSeek-R1-Zero',
  'R1-Zero',
  'DeepSeek-V3-Base',
  'V3-Base',
  '<think>',
  'README',
  'cons@64',
  'DeepSeek-R1-Zero-Qwen-32B',
  'R1-Zero-Qwen-32B',
  'DeepSeek-R1-Distill-Qwen-1.5B',
  'DeepSeek-R1-Distill-Qwen-7B',
  'DeepSeek-R1-Distill-Llama-8B',
  'DeepSeek-R1-Distill-Qwen-14B',
  'DeepSeek-R1-Distill-Qwen-32B',
  'DeepSeek-R1-Distill-Llama-70B',
  'R1-Distill-Qwen-32B',
  'Qwen2.5-Math-1.5B',
  'Qwen2.5-Math-7B',
  'Qwen2.5-14B',
  'Qwen2.5-32B',
  'Qwen-32B-Base',
  'Llama-3.1-8B',
  'Llama-3.3-70B-Instruct',
  'Qwen 1.5B',
  'Qwen 7B',
  'Llama 8B',
  'Qwen 14B',
  'Qwen 32B',
  'Llama 70B',
  'Qwen',
  'Llama',
  // Units the English data forces where a Chinese unit would change the number.
  'GB',
  // Context lengths (128K tokens) and model sizes in model names (Qwen 1.5B, 70B).
  'K',
  'B',
  // The name of DeepSeek-V3's published configuration file, which the figures count from.
  'config_671B.json',
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

/**
 * Words a scene draws as data, not as its own words: the token a figure quotes from the router's
 * example sentence and the default sentence of a scene that takes the reader's text (moe-routing).
 * `data` is the data the page in question draws (initialData for its language): on a Chinese page
 * the example sentence is Chinese, so no Latin word is let through there.
 */
export function dataWordsOf(scene: { data: unknown; input?: unknown }, data: unknown = scene.data): Set<string> {
  const d = data as { token?: unknown; sentence?: unknown };
  const texts = [d.token, scene.input ? d.sentence : undefined].filter((t): t is string => typeof t === 'string');
  return new Set(texts.flatMap(untranslated));
}
