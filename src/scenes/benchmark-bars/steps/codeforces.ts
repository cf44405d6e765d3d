/** Step "codeforces": Codeforces as a percentile and as an Elo rating, each on its own axis. */
import type { BenchStep } from '../shared';
import { panelsStep } from '../panels';

export const step: BenchStep = panelsStep(['codeforces-percentile', 'codeforces-rating']);
