/** The little of fontkit (no published types) that scripts/fonts.mjs and the metrics test use. */
declare module 'fontkit' {
  export interface Glyph {
    advanceWidth: number;
  }
  export interface Font {
    unitsPerEm: number;
    ascent: number;
    descent: number;
    hasGlyphForCodePoint(cp: number): boolean;
    glyphForCodePoint(cp: number): Glyph;
    layout(text: string): { positions: { xAdvance: number }[] };
  }
  export function create(buffer: Uint8Array): Font;
  export function openSync(path: string): Font;
}
