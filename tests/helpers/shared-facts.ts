/**
 * The fact sheet in ../shared/facts, when it is there (it is in CI and on the
 * team's machines; a user's clone has none). Tests that compare with it skip,
 * saying so, when it is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FILE = resolve(__dirname, '../../../shared/facts/facts.json');
export const sharedFactsPath = FILE;
export const sharedFacts: any | null = existsSync(FILE) ? JSON.parse(readFileSync(FILE, 'utf8')) : null;
if (!sharedFacts) console.warn(`[tests] ${FILE} not found: comparisons with the shared fact sheet are skipped.`);
