/** Step "coding": LiveCodeBench and SWE-bench Verified, each on its own axis. */
import type { BenchStep } from '../shared';
import { panelsStep } from '../panels';

export const step: BenchStep = panelsStep(['livecodebench-pass-1-cot', 'swe-verified-resolved']);
