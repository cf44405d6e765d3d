/** Step "impact": the safety and market claims (group "impact" in src/data/claims.json). */
import type { ClaimStep } from '../shared';
import { groupStep } from '../group';

export const step: ClaimStep = groupStep('impact');
