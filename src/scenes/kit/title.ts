/**
 * A frame's accessible title (shown in the caption after the figure's title) is the step's
 * label followed by its headline, unless the headline already says the label: then the
 * caption would read "What fits where: What fits where" or "Four stages: Four stages made…".
 * `colon` is the language's (Chinese writes a full-width "：" with no space).
 */
export function stepTitle(label: string, headline: string, colon = ': '): string {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return norm(headline).startsWith(norm(label)) ? headline : `${label}${colon}${headline}`;
}
