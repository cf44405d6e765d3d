/** A build-wide counter for ids that must be unique within a page (components used outside chapters). */
let n = 0;
export function uniqueKey(prefix: string): string {
  n += 1;
  return `${prefix}-u${n}`;
}
