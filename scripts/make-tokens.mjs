/**
 * Writes src/styles/tokens.css (the colour custom properties) from src/styles/tokens.ts.
 * Run `npm run tokens` after changing a colour; tests/unit/tokens.test.ts fails, naming
 * this command, when the CSS file is stale.
 */
import { writeFileSync } from 'node:fs';
import { tokensCss } from '../src/styles/tokens.ts';

const out = new URL('../src/styles/tokens.css', import.meta.url);
writeFileSync(out, tokensCss());
console.log(`wrote ${out.pathname}`);
