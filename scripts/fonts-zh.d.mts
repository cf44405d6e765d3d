export const ZH_FAMILY: string;
export const ZH_FACES: { weight: number; file: string; range: string }[];
export const CJK_RANGES: [number, number][];
export function zhTtf(weight: number): string;
export function needsChineseFont(ch: string): boolean;
export function chineseSourceFiles(root?: string): string[];
export function numberCharacters(): string;
export function chineseCharactersOf(texts: Iterable<string>): string;
export function chineseCharacters(root?: string): string;
export function subsetChinese(opts?: { force?: boolean; log?: (msg: string) => void; root?: string }): Promise<string>;
export function pageSubset(chars: string, weight: number): Promise<Buffer>;
export function isChinesePage(html: string): boolean;
export function pageCharacters(html: string, opts?: { root?: string }): Record<400 | 700 | 'catalogue', string>;
export function fontFaceCss(files: Partial<Record<number, string>>): string;
export function addChineseFonts(
  dist: string,
  opts?: { base?: string; log?: (msg: string) => void; root?: string },
): Promise<{ page: string; chars: Record<400 | 700, number>; bytes: number }[]>;
export function readChineseMetrics(root?: string): {
  ranges: [number, number][];
  em: number;
  weights: Record<number, Record<string, number>>;
  top: number;
  bottom: number;
};
