/**
 * Typed, unvalidated views of the data files, for code that also runs in the
 * browser (scenes). Validation (index.ts) pulls in zod, which the browser does not
 * need: the build validates these same files before any page is written.
 */
import type { Benchmarks } from './schemas';
import benchmarksJson from './benchmarks.json';

export const benchmarksData = benchmarksJson as Benchmarks;
