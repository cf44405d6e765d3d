/**
 * Errors a content author or data editor can act on: every message names the
 * file, the field and the fix, because a build that fails with "undefined is
 * not a function" wastes an afternoon.
 */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
    readonly fix: string,
  ) {
    super(`${file}: ${field}: ${problem}\n  Fix: ${fix}`);
    this.name = 'ContentError';
  }
}

import type { z } from 'zod';

/** Parses with a zod schema; on failure throws a ContentError naming the first bad field. */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, file: string, fix: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => {
    const path = i.path.length ? i.path.map(String).join('.') : '(root)';
    return { path, message: i.message };
  });
  const first = issues[0]!;
  const more =
    issues.length > 1
      ? ` (and ${issues.length - 1} more: ${issues
          .slice(1, 4)
          .map((i) => i.path)
          .join(', ')})`
      : '';
  throw new ContentError(file, first.path, first.message + more, fix);
}
