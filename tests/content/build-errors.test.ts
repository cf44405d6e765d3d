/**
 * A broken chapter fails the real build with a message naming the file, the field
 * and the fix. Each case builds a folder holding one bad chapter (CHAPTERS_DIR).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TEACHING_FIELDS } from '../helpers/chapter-fixture';

const root = resolve(__dirname, '../..');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

function buildWith(chapter: string): { code: number | null; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'r1-bad-'));
  const chapters = join(dir, 'chapters');
  mkdirSync(chapters);
  writeFileSync(join(chapters, '01-broken.mdx'), chapter);
  const r = spawnSync(process.execPath, [astro, 'build', '--outDir', join(dir, 'dist'), '--silent'], {
    cwd: root,
    env: { ...process.env, CHAPTERS_DIR: chapters, ASTRO_CACHE_DIR: join(dir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  rmSync(dir, { recursive: true, force: true });
  return { code: r.status, out: `${r.stdout}\n${r.stderr}` };
}

const teaching = TEACHING_FIELDS;
const front = (extra = '') => `---\ntitle: A broken chapter\nsummary: This chapter exists only to check that the build reports errors clearly.\norder: 1\nsources: [R1_README]\n${teaching}${extra}---\n\n`;

describe('the build fails clearly on a broken chapter', { timeout: 180_000 }, () => {
  it('unknown scene name', () => {
    const r = buildWith(front() + '<Scrolly scene="benchmark-barz">\n<Step id="maths">\n\nText.\n\n</Step>\n</Scrolly>\n');
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/01-broken\.mdx:\d+: <Scrolly scene>: unknown scene "benchmark-barz"/);
    expect(r.out).toMatch(/Fix: use one of: .*benchmark-bars/);
  });
  it('missing required frontmatter field', () => {
    const r = buildWith(`---\ntitle: No summary here\norder: 1\nsources: [R1_README]\n${teaching}---\n\nText.\n`);
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/01-broken/);
    expect(r.out).toMatch(/summary/);
  });
  it('missing teaching fields (the teaching page needs them)', () => {
    const r = buildWith(front().replace(/learningGoals: .*\n/, ''));
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/01-broken/);
    expect(r.out).toMatch(/learningGoals/);
    expect(r.out).toMatch(/Fix: add `learningGoals:`/);
  });
  it('unknown source id in frontmatter', () => {
    const r = buildWith(front().replace('[R1_README]', '[R1_READMEE]'));
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/unknown source id "R1_READMEE"/);
  });
  it('unknown Fact id', () => {
    const r = buildWith(front() + 'It cost <Fact id="training.no-such-figure" /> dollars.\n');
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/01-broken\.mdx:\d+: <Fact id="training.no-such-figure">: unknown fact id/);
  });
});
