/** Step "maths": AIME 2024 and MATH-500, each on its own axis. */
import type { BenchStep } from '../shared';
import { panelsStep } from '../panels';

export const step: BenchStep = panelsStep(['aime-2024-pass-1', 'math-500-pass-1']);
