/**
 * The claim-check figure's words that live in the data: each claim's texts, the groups' and
 * verdicts' names from src/data/claims.json (in Chinese, its overlay src/data/i18n/zh/claims.json),
 * with every {fact.id} written as the language writes it (formatFactFor: "$5.576 million",
 * "557.6万美元"), and what the presenter notes quote. Server side only: src/scenes/words.ts adds
 * them to the scene's catalogue for a page's language, so the figure's data-scene-text carries
 * the claims in that language alone, and the scene module carries none.
 *
 * Keys: group.<id> · verdict.<v> (its name), verdict.<v>.meaning, verdict.<v>.short (the legend) ·
 * claim.<id>.claim, .short, .note (the verdict's qualifier, when it has one), .says, .saysShort, .where.
 * Parameters of the catalogue's messages: what the presenter notes quote (QUOTED below).
 */
import { localized, localizedFact } from '../../i18n/data';
import { formatFactFor } from '../../i18n/format-fact';
import type { Locale } from '../../i18n/locales';
import { claimFactPool, claimsFile, PLACEHOLDER } from '../../data/raw-claims';
import { claimsData } from './data';
import { claimsDataOf } from './structure';

// The browser lays the figure out from the stored structure: it must be this file's.
if (JSON.stringify(claimsData) !== JSON.stringify(claimsDataOf(claimsFile)))
  throw new Error(
    'src/data/generated/claims-structure.json differs from src/data/claims.json (claims, groups, verdicts or sources changed). Fix: run `npm run data` and commit the file.',
  );

/** A text of the data with its {fact.id} placeholders written for `locale`; throws naming the place and the id. */
function filled(text: string, locale: Locale, where: string): string {
  return text.replace(PLACEHOLDER, (_, id: string) => {
    const f = claimFactPool[id];
    if (!f) throw new Error(`${where}: unknown fact "{${id}}". Fix: use an id from src/data/facts/ or src/data/derived/ (e.g. bench.aime.r1).`);
    return formatFactFor(localizedFact(locale, id, f), locale, id);
  });
}

/**
 * What the presenter notes (step.<id>.notes in messages/) quote, by placeholder: a claim's short
 * form (`claim:<id>`) or a fact (`fact:<id>`). words.ts fills them in before the notes leave the server.
 */
const QUOTED: Readonly<Record<string, `claim:${string}` | `fact:${string}`>> = {
  claimDays: 'claim:trained-55-days',
  claimGpus: 'claim:gpus-and-dollars',
  claimEight: 'claim:eight-dollars',
  claimCheaper: 'claim:cheaper-85',
  claimHbm: 'claim:hbm-800gb',
  r1OwnCost: 'fact:cost.r1-own-cost',
  paramsTotal: 'fact:release.params-total',
  paramsHf: 'fact:release.params-hf',
};

/** Messages the layout reads, and parameters of the catalogue's own messages (see src/scenes/words.ts). */
export interface DataWords {
  messages: Readonly<Record<string, string>>;
  params: Readonly<Record<string, string>>;
}

const cache = new Map<Locale, DataWords>();

/** The figure's words from the data, in `locale`. */
export function dataWords(locale: Locale): DataWords {
  const hit = cache.get(locale);
  if (hit) return hit;
  const file = localized(locale, 'claims.json', claimsFile);
  const at = (path: string) => `src/data/${locale === 'en' ? '' : `i18n/${locale}/`}claims.json: ${path}`;
  const out: Record<string, string> = {};
  for (const g of file.groups) out[`group.${g.id}`] = g.label;
  for (const [v, d] of Object.entries(file.verdicts)) {
    out[`verdict.${v}`] = d.label;
    out[`verdict.${v}.meaning`] = d.meaning;
    out[`verdict.${v}.short`] = d.short;
  }
  for (const c of file.claims) {
    const k = `claim.${c.id}`;
    out[`${k}.claim`] = c.claim;
    out[`${k}.short`] = c.short;
    if (c.verdictNote !== undefined) out[`${k}.note`] = c.verdictNote;
    out[`${k}.says`] = filled(c.says, locale, at(`claims.${c.id}.says`));
    out[`${k}.saysShort`] = filled(c.saysShort, locale, at(`claims.${c.id}.saysShort`));
    out[`${k}.where`] = c.where;
  }
  const params: Record<string, string> = {};
  for (const [name, ref] of Object.entries(QUOTED)) {
    const [kind, id] = ref.split(/:(.*)/) as [string, string];
    if (kind === 'claim') {
      const short = out[`claim.${id}.short`];
      if (short === undefined) throw new Error(`src/scenes/claim-check/data-words.ts: the notes quote claim "${id}", which src/data/claims.json lacks.`);
      params[name] = short;
    } else params[name] = filled(`{${id}}`, locale, `src/scenes/claim-check/data-words.ts: ${name}`);
  }
  const words = { messages: out, params };
  cache.set(locale, words);
  return words;
}
