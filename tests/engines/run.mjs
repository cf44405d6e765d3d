/**
 * `npm run test:engines`: the reader's paths in Firefox ESR and WebKitGTK, against the
 * existing dist/ (it builds nothing), at a desktop and a narrow width:
 *  - every step of every chapter, reached by scrolling down, shows its frame
 *    (figure[data-scene] data-current-step, and the static copy's title), figure on screen;
 *  - a deep link #<scene>--<step> opens on that step (a fresh load for the last step,
 *    in-page hash links for the others);
 *  - every embed page's step buttons and arrow keys;
 *  - the Embed dialog copies its snippet ("Copied"), Escape closes it; a glossary
 *    term's popover opens on screen on a click and closes on Escape (first chapter);
 *  - no page error, failed load, console.error or CSP violation (a tripwire script the
 *    test server puts first in every page);
 *  - a planted fault (a step with its data-step removed, so it can never activate)
 *    must fail the walk in each engine.
 * Chapters and steps come from content/chapters/*.mdx (tests/engines/plan.mjs).
 *
 * Options: --engine firefox|webkit (default both), --only <chapter slug or scene>,
 * --narrow-only / --desktop-only, --serial (one engine after the other), --no-fault,
 * --record <dir> (write each walk's record as JSON, e.g. for tests/fixtures/engines/).
 * A missing engine is one line and a skip, except under CI=true, where it fails.
 */
import { createServer, request } from 'node:http';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { serve } from '../../scripts/serve.mjs';
import { planFrom } from './plan.mjs';
import { judgeWalk } from './checks.mjs';
import * as P from './in-page.mjs';
import { findEngines, firefox, webkit } from './drivers.mjs';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const DIST = process.env.DIST_DIR ?? 'dist';
const SIZES = [
  { label: 'desktop', width: 1280, height: 800 },
  // MiniBrowser's window cannot be narrower than about 450 px; Firefox uses the same width.
  { label: 'narrow', width: 450, height: 800 },
].filter((s) => !(args.includes('--narrow-only') && s.label === 'desktop') && !(args.includes('--desktop-only') && s.label === 'narrow'));
const TIMEOUT = 8000;

if (!existsSync(`${DIST}/index.html`)) {
  console.error(`engines: no ${DIST}/index.html: run npm run build first`);
  process.exit(1);
}
const plan = planFrom('.', DIST);
const only = opt('--only');
const chapters = plan.chapters.filter((c) => !only || c.slug === only || c.scrollies.some((s) => s.scene === only));
const embeds = plan.embeds.filter((e) => !only || e.scene === only || chapters.some((c) => c.scrollies.some((s) => s.scene === e.scene)));

/** The planted fault: this chapter's step loses data-step, so the scroll engine never sees it. */
const faultChapter = plan.chapters.find((c) => c.scrollies[0].steps.length >= 2);
const FAULT = faultChapter && {
  path: `/fault/chapters/${faultChapter.slug}/`,
  scene: faultChapter.scrollies[0].scene,
  step: faultChapter.scrollies[0].steps[1],
};

/**
 * scripts/serve.mjs serves dist/ as a static host would; in front of it a small proxy
 * puts the tripwire first in each HTML page's <head> (before any CSP meta, so it hears
 * every violation), serves the tripwire itself from the same origin (the CSP allows
 * 'self'), and serves the planted-fault copy of one chapter under /fault/.
 */
async function startServer() {
  const upstream = await serve(DIST, { port: 0 });
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/__engines/tripwire.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
      return res.end(P.TRIPWIRE);
    }
    const fault = FAULT && url.pathname === FAULT.path;
    const path = fault ? url.pathname.slice('/fault'.length) + url.search : req.url;
    const headers = { ...req.headers };
    delete headers['accept-encoding'];
    const up = request({ host: '127.0.0.1', port: upstream.port, path, method: req.method, headers }, (r) => {
      const html = /text\/html/.test(r.headers['content-type'] ?? '');
      if (!html) {
        res.writeHead(r.statusCode, r.headers);
        return r.pipe(res);
      }
      let body = '';
      r.setEncoding('utf8');
      r.on('data', (d) => (body += d));
      r.on('end', () => {
        body = body.replace(/<head[^>]*>/i, (h) => `${h}<script src="/__engines/tripwire.js"></script>`);
        if (fault) {
          const planted = body.replace(new RegExp(`(id="${FAULT.scene}--${FAULT.step}"[^>]*?) data-step="${FAULT.step}"`), '$1');
          if (planted === body) throw new Error(`planted fault: no data-step="${FAULT.step}" on #${FAULT.scene}--${FAULT.step} in ${FAULT.path}`);
          body = planted;
        }
        const h = { ...r.headers };
        delete h['content-length'];
        res.writeHead(r.statusCode, h);
        res.end(body);
      });
    });
    up.on('error', (e) => {
      res.writeHead(502);
      res.end(String(e));
    });
    req.pipe(up);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, close: async () => (await new Promise((r) => server.close(r)), await upstream.close()) };
}

function save(name, rec) {
  mkdirSync(opt('--record'), { recursive: true });
  writeFileSync(`${opt('--record')}/${name.toLowerCase()}.json`, JSON.stringify(rec, null, 1) + '\n');
}

/** One engine through every page at every size; returns its failures. */
async function runEngine(make, info, base, log) {
  const t0 = Date.now();
  const d = await make(info);
  const failures = [];
  const fail = (where, what) => failures.push(`${d.name} ${where}: ${what}`);
  const tripwire = async (where) => {
    for (const p of [...(await d.run(P.takeProblems)), ...d.problems()]) fail(where, p);
  };
  // What the driver worked around (a lost load event), said beside the page it happened on.
  const note = (where) => {
    for (const n of d.notes()) log(`${where}: note: ${n}`);
  };
  log(`${d.version}, started in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  try {
    for (const size of SIZES) {
      await d.size(size.width, size.height);
      let dialogDone = false;
      for (const c of chapters) {
        const tc = Date.now();
        const page = c.page;
        const where = `${size.label} ${page}`;
        const n0 = failures.length;
        let r = { width: size.width, height: size.height };
        let tDeep = 0;
        let tWalk = 0;
        const walks = [];
        try {
          // A fresh load at a deep link to the last step; then in-page hash links to the others.
          const lastBlock = c.scrollies[c.scrollies.length - 1];
          const last = lastBlock.steps[lastBlock.steps.length - 1];
          await d.open(`${base}${page}?deep-link#${lastBlock.scene}--${last}`);
          r = await d.run(P.waitReady, { timeout: TIMEOUT });
          if (!r.ready) fail(where, 'the page never set data-scrolly-ready (its scripts did not run)');
          let msg = await d.run(P.stepShown, { scene: lastBlock.scene, step: last, hash: false, timeout: TIMEOUT });
          if (msg) fail(where, `deep link #${lastBlock.scene}--${last} (fresh load): ${msg}`);
          for (const b of [...c.scrollies].reverse())
            for (const s of [...b.steps].reverse()) {
              if (b === lastBlock && s === last) continue;
              msg = await d.run(P.stepShown, { scene: b.scene, step: s, hash: true, timeout: TIMEOUT });
              if (msg) fail(where, `hash link #${b.scene}--${s}: ${msg}`);
            }
          await tripwire(where);
          tDeep = Date.now() - tc;
          // A fresh load at the top, then down through every step by scrolling.
          await d.open(`${base}${page}`);
          await d.run(P.waitReady, { timeout: TIMEOUT });
          for (const b of c.scrollies) {
            const rec = await d.run(P.walkScrolly, { scene: b.scene, steps: b.steps, timeout: 60_000 });
            walks.push(rec);
            if (opt('--record')) save(`${d.name}-${size.label}-${c.dir.replace(/\//g, '-')}-${b.scene}`, rec);
            for (const f of judgeWalk(b.steps, rec)) fail(where, f);
          }
          tWalk = Date.now() - tc - tDeep;
          if (!dialogDone) {
            dialogDone = true;
            const scene = c.scrollies[0].scene;
            try {
              msg = await d.run(P.embedButton, { scene, timeout: TIMEOUT });
              if (!msg) {
                await d.click(`figure[data-scene="${scene}"] [data-embed-open]`);
                msg = await d.run(P.dialogOpened, { scene, timeout: TIMEOUT });
              }
              if (!msg) {
                await d.click('dialog[open] [data-embed-copy]');
                msg = await d.run(P.dialogCopied, { scene, timeout: TIMEOUT });
                if (!msg) {
                  await d.key('Escape');
                  msg = await d.run(P.dialogClosed, { scene, timeout: TIMEOUT });
                }
              }
            } catch (e) {
              msg = String(e.message ?? e).split('\n')[0];
            }
            if (msg) fail(where, `Embed dialog: ${msg}`);
            // A glossary term's native popover: a click opens it on screen, Escape closes it.
            const term = await d.run(P.firstTerm);
            if (term.error) fail(where, `glossary term: ${term.error}`);
            if (term.id) {
              await d.click(`button.term[popovertarget="${term.id}"]`);
              msg = await d.run(P.popoverState, { id: term.id, open: true, timeout: TIMEOUT });
              if (!msg) {
                await d.key('Escape');
                msg = await d.run(P.popoverState, { id: term.id, open: false, timeout: TIMEOUT });
              }
              if (msg) fail(where, `glossary term: ${msg}`);
            }
          }
        } catch (e) {
          fail(where, `the walk stopped: ${String(e?.message ?? e).split('\n')[0]}`);
        }
        note(where);
        await tripwire(where);
        const steps = c.scrollies.reduce((n, b) => n + b.steps.length, 0);
        log(
          `${size.label} ${r.width}x${r.height} ${page}: ${steps} steps ${failures.length === n0 ? 'ok' : 'FAILED'} (${((Date.now() - tc) / 1000).toFixed(1)} s: deep links ${(tDeep / 1000).toFixed(1)}, load + walk ${(tWalk / 1000).toFixed(1)}, of which scrolling ${walks.map((w) => (w.ms / 1000).toFixed(1)).join('+')})`,
        );
      }
      for (const e of embeds) {
        const te = Date.now();
        const page = `/embed/${e.scene}/`;
        const where = `${size.label} ${page}`;
        const n0 = failures.length;
        try {
          await d.open(`${base}${page}`);
          if (!(await d.run(P.waitReady, { timeout: TIMEOUT })).ready) fail(where, 'the page never set data-scrolly-ready');
          let msg = await d.run(P.embedAt, { step: e.steps[0], timeout: TIMEOUT });
          if (msg) fail(where, `on load: ${msg}`);
          // Every step button, ending back on the first; then the arrow keys forward and one back.
          for (const [i, s] of [...e.steps.slice(1), e.steps[0]].entries()) {
            await d.click(`[data-goto-step="${s}"]`);
            msg = await d.run(P.embedAt, { step: s, settled: i === e.steps.length - 1, timeout: TIMEOUT });
            if (msg) fail(where, `button ${s}: ${msg}`);
          }
          for (const s of e.steps.slice(1)) {
            await d.key('ArrowRight');
            msg = await d.run(P.embedAt, { step: s, settled: false, timeout: TIMEOUT });
            if (msg) fail(where, `ArrowRight to ${s}: ${msg}`);
          }
          if (e.steps.length > 1) {
            await d.key('ArrowLeft');
            msg = await d.run(P.embedAt, { step: e.steps[e.steps.length - 2], settled: true, timeout: TIMEOUT });
            if (msg) fail(where, `ArrowLeft: ${msg}`);
          }
        } catch (err) {
          fail(where, `the walk stopped: ${String(err?.message ?? err).split('\n')[0]}`);
        }
        note(where);
        await tripwire(where);
        log(`${size.label} ${page}: ${e.steps.length} steps ${failures.length === n0 ? 'ok' : 'FAILED'} (${((Date.now() - te) / 1000).toFixed(1)} s)`);
      }
    }
    if (FAULT && !args.includes('--no-fault')) {
      // The planted fault must be caught: a walk that passes here would pass a broken site.
      await d.size(SIZES[0].width, SIZES[0].height);
      await d.open(`${base}${FAULT.path}`);
      await d.run(P.waitReady, { timeout: TIMEOUT });
      const block = faultChapter.scrollies[0];
      const rec = await d.run(P.walkScrolly, { scene: block.scene, steps: block.steps, timeout: 60_000 });
      if (opt('--record')) save(`${d.name}-planted-fault-${faultChapter.slug}-${block.scene}`, rec);
      const found = judgeWalk(block.steps, rec);
      const caught = found.some((f) => f.includes(`step "${FAULT.step}" never shown`));
      await d.run(P.takeProblems);
      if (!caught)
        fail(
          `planted fault ${FAULT.path}`,
          `step "${FAULT.step}" can never activate, yet the walk did not report it (it found: ${found.join('; ') || 'nothing'})`,
        );
      log(`planted fault (${FAULT.path} without data-step="${FAULT.step}"): ${caught ? 'caught' : 'MISSED'}`);
    }
  } finally {
    await d.close();
  }
  log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s, ${failures.length} failure(s)`);
  return failures;
}

const t0 = Date.now();
const found = findEngines();
const wanted = opt('--engine') ? [opt('--engine')] : ['firefox', 'webkit'];
const ci = process.env.CI === 'true';
let failed = plan.problems.length > 0;
for (const p of plan.problems) console.error(`engines: ${p}`);
const runs = [];
for (const name of wanted) {
  if (!found[name]) throw new Error(`--engine ${name}: firefox or webkit`);
  if (!found[name].ok) {
    console.log(`engines: ${found[name].why}: ${ci ? 'FAILED (CI=true needs every engine)' : 'skipped'}`);
    if (ci) failed = true;
    continue;
  }
  runs.push({ name, make: name === 'firefox' ? firefox : webkit, info: found[name] });
}
const server = await startServer();
const all = [];
try {
  const go = (r) =>
    runEngine(r.make, r.info, server.url, (line) => console.log(`${r.name.padEnd(7)} ${line}`)).catch((e) => [`${r.name}: the run stopped: ${e.stack ?? e}`]);
  const results = args.includes('--serial') ? [] : await Promise.all(runs.map(go));
  if (args.includes('--serial')) for (const r of runs) results.push(await go(r));
  for (const f of results) all.push(...f);
} finally {
  await server.close();
}
for (const f of all) console.error(`FAIL ${f}`);
console.log(
  `engines: ${runs.map((r) => r.name).join(' + ') || 'none'}, ${chapters.length} chapters, ${embeds.length} embed pages, ${SIZES.length} sizes: ${all.length} failure(s) in ${((Date.now() - t0) / 1000).toFixed(0)} s`,
);
process.exit(failed || all.length ? 1 : 0);
