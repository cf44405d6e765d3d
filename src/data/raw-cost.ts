/**
 * Typed, unvalidated views of the cost data for code that also runs in the browser
 * (the cost scene and the cost calculator). src/data/checks/cost.ts validates them
 * at build time.
 */
import type { Pricing, TrainingCost } from './checks/cost';
import trainingCostJson from './training-cost.json';
import pricingJson from './pricing.json';

export type { Pricing, TrainingCost };
export const trainingCostData = trainingCostJson as TrainingCost;
export const pricingData = pricingJson as Pricing;
