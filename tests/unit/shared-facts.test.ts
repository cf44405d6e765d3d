/** The repository's copy of the fact sheet (tests/fixtures/facts.json) equals the team's, when the team's is here. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { COPY_FILE, SHARED_FILE } from '../helpers/shared-facts';

describe('the fact sheet the data tests compare with', () => {
  it('the repository keeps a copy, so a plain clone still checks the data', () => {
    expect(Object.keys(JSON.parse(readFileSync(COPY_FILE, 'utf8')))).toEqual(
      expect.arrayContaining(['1_architecture', '2_training', '4_benchmarks', '5_pricing']),
    );
  });
  it.skipIf(!existsSync(SHARED_FILE))('the copy equals ../shared/facts/facts.json (refresh: cp ../shared/facts/facts.json tests/fixtures/facts.json)', () => {
    expect(JSON.parse(readFileSync(COPY_FILE, 'utf8'))).toEqual(JSON.parse(readFileSync(SHARED_FILE, 'utf8')));
  });
});
