/**
 * Typed, unvalidated views of the memory and hardware data for code that also runs
 * in the browser (the memory-fit scene). src/data/checks/memory.ts validates them
 * at build time.
 */
import type { Hardware, Memory } from './checks/memory';
import memoryJson from './memory.json';
import hardwareJson from './hardware.json';

export type { Hardware, Memory };
export const memoryData = memoryJson as Memory;
export const hardwareData = hardwareJson as Hardware;
