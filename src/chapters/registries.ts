import { glossary, sources } from '../data';
import { allFacts } from '../data/fact-registry';
import { scenes } from '../scenes/registry';
import type { Registries } from './checks';

/** The registries chapters are checked against (read lazily, after all modules load). */
export function chapterRegistries(): Registries {
  return { scenes, facts: allFacts, glossary, sources };
}
