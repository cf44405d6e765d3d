/**
 * Writes the data files the site computes rather than cites: the illustrative
 * router's load-balancing run (src/data/generated/balancing.json, and the same run at the
 * other bias steps the what-if control offers: balancing-gammas.json), which takes a few
 * seconds to simulate, so pages and tests read the stored result instead; and the claim-check
 * figure's structure (claims-structure.json: src/data/claims.json without its words, so the
 * figure's browser code carries no claim text; each page gets the claims' words in its own language).
 * Run `npm run data` after changing src/model/router.ts, src/data/model-config.json or
 * src/data/claims.json; tests/unit/moe-scenes.test.ts, tests/unit/claims.test.ts and the build
 * fail, naming this command, when a file is stale.
 * (Node strips the TypeScript of router.ts and structure.ts itself: they import nothing.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRouter, gammaAt, GAMMA_MULTIPLES, packBalancing, simulateBalancing, summariseBalancing } from '../src/model/router.ts';
import { claimsDataOf } from '../src/scenes/claim-check/structure.ts';

const root = new URL('../', import.meta.url);
const cfg = JSON.parse(readFileSync(new URL('src/data/model-config.json', root), 'utf8')).config.values;
// The same settings as the moe-routing scene's router (src/scenes/moe-routing/data.ts).
const router = createRouter({
  nExperts: cfg.n_routed_experts,
  nGroups: cfg.n_expert_groups,
  keptGroups: cfg.n_limited_groups,
  topK: cfg.n_activated_experts,
  nShared: cfg.n_shared_experts,
  routeScale: cfg.route_scale,
});
const out = new URL('src/data/generated/balancing.json', root);
writeFileSync(out, JSON.stringify(summariseBalancing(router, simulateBalancing(router))));
console.log(`wrote ${out.pathname}`);

// The same run at the other bias steps the what-if control offers (0 to 10 × the illustrative
// one): too slow to simulate while a reader drags a slider, so stored, compactly.
const gammas = new URL('src/data/generated/balancing-gammas.json', root);
const runs = [];
for (let m = 0; m <= GAMMA_MULTIPLES; m++) {
  if (m === 1) continue;
  runs.push(packBalancing(summariseBalancing(router, simulateBalancing(router, { gamma: gammaAt(m) }))));
}
writeFileSync(gammas, JSON.stringify(runs));
console.log(`wrote ${gammas.pathname}`);

const claims = new URL('src/data/generated/claims-structure.json', root);
writeFileSync(claims, JSON.stringify(claimsDataOf(JSON.parse(readFileSync(new URL('src/data/claims.json', root), 'utf8')))));
console.log(`wrote ${claims.pathname}`);
