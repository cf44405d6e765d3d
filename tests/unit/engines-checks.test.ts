/**
 * The engine runs' judge (tests/engines/checks.mjs) on walks recorded in Firefox ESR and
 * WebKitGTK (`npm run test:engines -- --record tests/fixtures/engines`): a good walk
 * passes; the planted fault (a step whose data-step was removed, so it never activates)
 * fails in both engines; and faults made from a good walk (a step skipped, steps out of
 * order, a figure that scrolled away instead of staying pinned, the wrong frame) fail.
 * The plan is read from the sources, so a chapter missing from dist/ is a failure.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { judgeWalk, shownSequence } from '../engines/checks.mjs';
import { planFrom, scrolliesOf, ZH_SAMPLE } from '../engines/plan.mjs';

type Change = { step: string; figTop: number; figBottom: number; vh: number; title: string | null; want: string | null };
type Walk = { scene: string; initial: string | null; changes: Change[]; missing: string[]; end: string };
const walk = (name: string): Walk => JSON.parse(readFileSync(`tests/fixtures/engines/${name}.json`, 'utf8'));
const BENCHMARKS = ['maths', 'coding', 'codeforces', 'knowledge', 'summary'];
const WHAT_IS_R1 = ['summary', 'codeforces'];

describe('judging a scroll walk', () => {
  test('recorded good walks pass', () => {
    expect(judgeWalk(BENCHMARKS, walk('firefox-desktop-benchmarks-benchmark-bars'))).toEqual([]);
    expect(judgeWalk(WHAT_IS_R1, walk('firefox-desktop-what-is-r1-benchmark-bars'))).toEqual([]);
    expect(judgeWalk(WHAT_IS_R1, walk('webkit-narrow-what-is-r1-benchmark-bars'))).toEqual([]);
    expect(shownSequence(walk('firefox-desktop-benchmarks-benchmark-bars'))).toEqual(BENCHMARKS);
  });

  test.each(['firefox', 'webkit'])('the planted never-activating step fails the %s walk', (engine) => {
    const failures = judgeWalk(WHAT_IS_R1, walk(`${engine}-planted-fault-what-is-r1-benchmark-bars`));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/step "codeforces" never shown while scrolling down/);
  });

  test('a step the figure skipped fails, naming it', () => {
    const w = walk('firefox-desktop-benchmarks-benchmark-bars');
    w.changes = w.changes.filter((c) => c.step !== 'codeforces');
    expect(judgeWalk(BENCHMARKS, w)).toEqual([expect.stringMatching(/step "codeforces" never shown .* maths → coding → knowledge → summary/)]);
  });

  test('steps shown out of order fail', () => {
    const w = walk('firefox-desktop-benchmarks-benchmark-bars');
    const i = w.changes.findIndex((c) => c.step === 'knowledge');
    const j = w.changes.findIndex((c) => c.step === 'codeforces');
    [w.changes[i], w.changes[j]] = [w.changes[j]!, w.changes[i]!];
    expect(judgeWalk(BENCHMARKS, w).join('\n')).toMatch(/out of order/);
  });

  test('a step shown while its figure has scrolled off screen (sticky not holding) fails', () => {
    const w = walk('firefox-desktop-benchmarks-benchmark-bars');
    const c = w.changes.find((x) => x.step === 'knowledge')!;
    const h = c.figBottom - c.figTop;
    c.figBottom = Math.round(h * 0.3);
    c.figTop = c.figBottom - h;
    expect(judgeWalk(BENCHMARKS, w)).toEqual([expect.stringMatching(/step "knowledge" shown with its figure off screen/)]);
  });

  test("a figure that does not draw the step's frame fails", () => {
    const w = walk('firefox-desktop-benchmarks-benchmark-bars');
    w.changes.find((x) => x.step === 'coding')!.title = 'something else';
    expect(judgeWalk(BENCHMARKS, w)).toEqual([expect.stringMatching(/step "coding" drew "something else"/)]);
  });

  test('a step without its element, and steps the chapter lacks, fail', () => {
    const w = walk('firefox-desktop-what-is-r1-benchmark-bars');
    expect(judgeWalk([...WHAT_IS_R1, 'extra'], { ...w, missing: ['extra'] })).toEqual([
      expect.stringMatching(/step "extra" has no element #benchmark-bars--extra/),
    ]);
    expect(judgeWalk(['summary'], w).join('\n')).toMatch(/steps the chapter does not have: codeforces/);
  });
});

describe('the plan comes from the sources', () => {
  test('scrollies and steps are read in order from MDX', () => {
    const mdx =
      '<Scrolly scene="a">\n<Step id="one">\nx\n</Step>\n<Step id="two">\n</Step>\n</Scrolly>\ntext\n<Scrolly scene="b">\n<Step id="three">\n</Step>\n</Scrolly>';
    expect(scrolliesOf(mdx)).toEqual([
      { scene: 'a', steps: ['one', 'two'] },
      { scene: 'b', steps: ['three'] },
    ]);
    expect(() => scrolliesOf('<Step id="lost">')).toThrow(/outside a <Scrolly>/);
  });

  test('a chapter or embed page missing from the build is a problem, not a skipped check', () => {
    const plan = planFrom('.', 'tests/fixtures/engines/no-such-dist');
    expect(plan.chapters).toEqual([]);
    expect(plan.problems.length).toBeGreaterThan(0);
    expect(plan.problems.join('\n')).toMatch(/content\/chapters\/05-benchmarks\.mdx: no page dist\/chapters\/benchmarks\/index\.html/);
    expect(plan.problems.join('\n')).toMatch(/scene moe-routing: no embed page/);
    // The Chinese chapter the engines sample is promised too.
    expect(plan.problems.join('\n')).toMatch(new RegExp(`content/zh/chapters/\\d+-${ZH_SAMPLE}\\.mdx: no page dist/zh/chapters/${ZH_SAMPLE}/index\\.html`));
  });
});
