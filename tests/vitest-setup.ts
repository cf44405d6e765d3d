/** Vitest global setup: says once per run which fact sheet the data tests compare with. */
import { existsSync } from 'node:fs';
import { SHARED_FILE } from './helpers/shared-facts';

export default function setup(): void {
  if (!existsSync(SHARED_FILE)) console.log(`[tests] ${SHARED_FILE} is absent: the data is checked against the repository's copy, tests/fixtures/facts.json.`);
}
