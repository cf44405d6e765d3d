export const OUT_DIR: string;
export function subsetFonts(opts?: { force?: boolean; log?: (msg: string) => void }): Promise<string>;
export function siteCharacters(): string;
export function figureCharacters(): string;
export function metricsAreCurrent(): Promise<boolean>;
export function readMetrics(): Promise<{
  chars: string;
  weights: Record<number, { adv: Record<string, number>; kern: Record<string, number> }>;
  ascent: number;
  descent: number;
  zh: ReturnType<typeof import('./fonts-zh.mjs').readChineseMetrics>;
}>;
