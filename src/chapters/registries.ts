import { glossary, sources } from '../data';
import { allFacts } from '../data/fact-registry';
import { scenes } from '../scenes/registry';
import { sceneWords } from '../scenes/words';
import type { Registries } from './checks';

/**
 * The registries chapters are checked against (read lazily, after all modules load). A scene's
 * encodings are its English catalogue's (`encoding.<id>`): every language has the same keys.
 */
export function chapterRegistries(): Registries {
  const checked = Object.fromEntries(Object.entries(scenes).map(([name, s]) => [name, { steps: s.steps, encodings: sceneWords(s, 'en').encodings }]));
  return { scenes: checked, facts: allFacts, glossary, sources };
}
