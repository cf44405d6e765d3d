/** Step "hardware": the size and memory claims (group "hardware" in src/data/claims.json). */
import type { ClaimStep } from '../shared';
import { groupStep } from '../group';

export const step: ClaimStep = groupStep('hardware');
