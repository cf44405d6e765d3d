/** Step "prices": the price claims (group "prices" in src/data/claims.json). */
import type { ClaimStep } from '../shared';
import { groupStep } from '../group';

export const step: ClaimStep = groupStep('prices');
