/**
 * The team's fact sheet, which the data tests compare with. It lives in
 * ../shared/facts/facts.json on the team's machines and in CI; a plain clone has no
 * ../shared, so the repository keeps its own copy, tests/fixtures/facts.json (copied
 * from ../shared/facts/facts.json on 2026-12-02, unchanged since), and the tests check
 * that copy instead of skipping. When both exist, tests/unit/shared-facts.test.ts
 * fails if they differ, so the copy cannot go stale unnoticed.
 * Refresh: cp ../shared/facts/facts.json tests/fixtures/facts.json
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const SHARED_FILE = resolve(__dirname, '../../../shared/facts/facts.json');
export const COPY_FILE = resolve(__dirname, '../fixtures/facts.json');

// Which one is used is said once per run, by tests/vitest-setup.ts.
export const sharedFacts: any = JSON.parse(readFileSync(existsSync(SHARED_FILE) ? SHARED_FILE : COPY_FILE, 'utf8'));
