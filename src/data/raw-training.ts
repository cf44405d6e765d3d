/**
 * Typed, unvalidated views of the training data for code that also runs in the
 * browser (the training scene). src/data/checks/training.ts validates the same
 * files at build time.
 */
import type { DistilledModels, Training } from './checks/training';
import trainingJson from './training.json';
import distilledJson from './distilled-models.json';

export type { DistilledModels, Training };
export const trainingData = trainingJson as Training;
export const distilledData = distilledJson as DistilledModels;
