/**
 * A frame's accessible title (shown in the caption after the figure's title) is the step's
 * label followed by its headline, unless the headline already says the label: then the
 * caption would read "What fits where: What fits where" or "Four stages: Four stages made…".
 */
export function stepTitle(label: string, headline: string): string {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return norm(headline).startsWith(norm(label)) ? headline : `${label}: ${headline}`;
}
