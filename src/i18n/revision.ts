/**
 * A translation records the revision of the English it was made from: the first 12 hex digits of
 * the SHA-256 of the English file's bytes. When the English changes, its revision changes, and the
 * staleness check lists the translations to update.
 */
import { createHash } from 'node:crypto';

export function revisionOf(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}
