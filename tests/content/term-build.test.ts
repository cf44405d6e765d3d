/**
 * An unknown glossary term fails the real build, naming the chapter, the line and
 * the fix (the remark plugin's check, src/chapters/checks.ts), and a known one
 * builds into a term button with its definition popover.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TEACHING_FIELDS } from '../helpers/chapter-fixture';

const root = resolve(__dirname, '../..');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const front = `---\ntitle: A test chapter\nsummary: This chapter exists only to check how glossary terms build and fail.\norder: 1\nsources: [R1_README]\n${TEACHING_FIELDS}---\n\n`;

function build(body: string, read?: string): { code: number | null; out: string; html?: string } {
  const dir = mkdtempSync(join(tmpdir(), 'r1-term-'));
  const chapters = join(dir, 'chapters');
  mkdirSync(chapters);
  writeFileSync(join(chapters, '01-terms.mdx'), front + body);
  const r = spawnSync(process.execPath, [astro, 'build', '--outDir', join(dir, 'dist'), '--silent'], {
    cwd: root,
    env: { ...process.env, CHAPTERS_DIR: chapters, ASTRO_CACHE_DIR: join(dir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 150_000,
  });
  let html: string | undefined;
  if (read && r.status === 0) html = readFileSync(join(dir, 'dist', read), 'utf8');
  rmSync(dir, { recursive: true, force: true });
  return { code: r.status, out: `${r.stdout}\n${r.stderr}`, html };
}

describe('glossary terms in the build', { timeout: 200_000 }, () => {
  it('an unknown term id fails the build with file, line and fix', () => {
    const r = build('Some text.\n\nA <Term id="no-such-term">mystery word</Term> here.\n');
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/01-terms\.mdx:\d+: <Term id>: unknown glossary term "no-such-term"/);
    expect(r.out).toMatch(/Fix: add the term to a file in src\/data\/glossary\//);
  });
  it('a known term builds into a button, its definition popover and a glossary link', () => {
    const r = build('A <Term id="parameter">parameter</Term> and a <Term id="parameter">second use</Term>.\n', 'chapters/terms/index.html');
    expect(r.code, r.out).toBe(0);
    const html = r.html!;
    expect(html).toMatch(/<button type="button" class="term" popovertarget="term-1" aria-describedby="term-1-def" data-term="parameter"[^>]*>parameter<\/button>/);
    expect(html).toMatch(/<span class="term-pop[^"]*" id="term-1" popover="auto"[^>]*>.*<span id="term-1-def"[^>]*>One of the numbers inside a model/);
    expect(html).toMatch(/href="\/glossary\/#parameter"/);
    // Each use gets its own popover id.
    expect(html).toMatch(/popovertarget="term-2"/);
  });
});
