/** Step "cost": the training-cost claims (group "cost" in src/data/claims.json). */
import type { ClaimStep } from '../shared';
import { groupStep } from '../group';

export const step: ClaimStep = groupStep('cost');
