/** Step "knowledge": MMLU and GPQA Diamond, each on its own axis. */
import type { BenchStep } from '../shared';
import { panelsStep } from '../panels';

export const step: BenchStep = panelsStep(['mmlu-pass-1', 'gpqa-diamond-pass-1']);
