/**
 * Typed, unvalidated views of the memory and hardware data for code that also runs
 * in the browser (the memory-fit scene). src/data/checks/memory.ts validates them
 * at build time.
 */
import type { Hardware, Memory } from './checks/memory';
import memoryJson from './memory.json';
import hardwareJson from './hardware.json';
import sourcesJson from './sources.json';

export type { Hardware, Memory };
export const memoryData = memoryJson as Memory;
export const hardwareData = hardwareJson as Hardware;

/** Title and URL of a source from sources.json. */
export function sourceInfo(id: string): { title: string; url: string } {
  const all = sourcesJson as Record<string, { title: string; url: string }>;
  const s = all[id];
  if (!s) throw new Error(`memory-fit: unknown source "${id}" (add it to src/data/sources.json)`);
  return { title: s.title, url: s.url };
}
