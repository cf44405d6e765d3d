/** Step "scores": the benchmark claims (group "scores" in src/data/claims.json). */
import type { ClaimStep } from '../shared';
import { groupStep } from '../group';

export const step: ClaimStep = groupStep('scores');
