/**
 * The static checks of `npm test`, two at a time (the machines it runs on have two
 * cores): types (astro check), ESLint, knip and Prettier. Each one's output is printed
 * whole when it fails, with its time either way; the exit code is 1 if any failed.
 * `npm run check`, `lint`, `knip` and `format:check` still run each alone.
 */
import { spawn } from 'node:child_process';

const CHECKS = [
  // The slowest first, so the other lane takes the rest meanwhile.
  { name: 'types (astro check)', script: 'check' },
  { name: 'lint (ESLint + typescript-eslint)', script: 'lint' },
  { name: 'unused code (knip)', script: 'knip' },
  { name: 'formatting (Prettier)', script: 'format:check' },
];
const LANES = 2;

function run({ name, script }) {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => {
      const s = ((performance.now() - t0) / 1000).toFixed(1);
      if (code === 0) console.log(`ok   ${name} (${s} s)`);
      else console.log(`FAIL ${name} (${s} s): npm run ${script}\n${out.trimEnd()}\n`);
      resolve(code === 0);
    });
  });
}

const queue = [...CHECKS];
const results = [];
await Promise.all(
  Array.from({ length: LANES }, async () => {
    for (let c = queue.shift(); c; c = queue.shift()) results.push(await run(c));
  }),
);
process.exit(results.every(Boolean) ? 0 : 1);
