/**
 * What several steps of the cost figure share: its data, the per-step interface each file
 * in steps/ implements, and the run's figures and bills computed from the data.
 */
import { bill, clusterDays, gpuHoursToDollars, totalGpuHours, type Bill, type Usage } from '../../model/cost';
import { trainingCostData, type Pricing, type TrainingCost } from '../../data/raw-cost';
import type { DataTable, Mark } from '../contract';
import { int, usd, usdM } from '../kit/chart';
import type { SceneText } from '../kit/messages';
import type en from './messages/en.json';

/** The figure's words (messages/<locale>.json), keys checked against the English. */
export type CostKey = keyof typeof en;
export type CostText = SceneText<CostKey>;
/** A key built from data (a stage or item id): a missing message throws, naming it. */
export const key = (k: string) => k as CostKey;

export interface CostSceneData {
  run: TrainingCost;
  pricing: Pricing;
  /** The calculator's inputs; the bill step draws these. */
  usage: Usage;
}

export type PriceModel = Pricing['models'][number];

/** The rental price the V3 report assumes (and R1's own training is priced at). */
export const REPORTED_RATE = trainingCostData.dollarsPerGpuHour.value;
/*
 * Numbers in the reader's form. English keeps its d3 forms ($5.576M, $294K, 2.664 million), Chinese
 * writes money and large counts as the chapters' facts do, in 万 and 亿 with 美元 after the number
 * (557.6万美元, 29.4万美元, 278.8万), through Intl. Each Intl formatter is made once: the what-if
 * slider redraws the figure many times a second. (Money is the scene's own, like market-fall's `usd`:
 * see kit/numbers.ts on why money formats stay out of that shared module.)
 */
const formatters = new Map<string, Intl.NumberFormat>();
function intl(text: Pick<CostText, 'tag'>, v: number, o: Intl.NumberFormatOptions): string {
  const k = `${text.tag}|${JSON.stringify(o)}`;
  let f = formatters.get(k);
  if (!f) formatters.set(k, (f = new Intl.NumberFormat(text.tag, o)));
  return f.format(v);
}
type Lang = Pick<CostText, 'locale' | 'tag'>;
const zh = (text: Lang) => text.locale === 'zh';
/** A large amount in 万 or 亿 (from 1万), else the plain grouped number: 557.6万, 5,000. */
const wan = (text: Lang, v: number, digits: number) =>
  Math.abs(v) >= 1e4
    ? intl(text, v, { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: digits })
    : intl(text, v, { maximumFractionDigits: digits });

/** A price: $2, 2美元; with `decimals`, exactly that many ($2.50, 2.50美元). */
export const price = (text: Lang, v: number, decimals?: number) =>
  zh(text)
    ? `${intl(text, v, decimals === undefined ? { maximumFractionDigits: 3 } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals })}美元`
    : `$${decimals === undefined ? v : v.toFixed(decimals)}`;
/** $2, $2.50, $0.75: a what-if price in cents when it has them. */
export const rateText = (text: Lang, rate: number) => (Number.isInteger(rate) ? price(text, rate) : price(text, rate, 2));
/** A training's dollars: $5.576M, 557.6万美元 (to the thousand in both). */
export const usdMillions = (text: Lang, v: number) => (zh(text) ? `${wan(text, v, 1)}美元` : usdM(v));
/** R1's own training: $294K, 29.4万美元 (to the thousand in both). */
export const usdThousands = (text: Lang, v: number) => (zh(text) ? `${wan(text, v, 1)}美元` : `$${int(v / 1000)}K`);
/** A whole amount: $294,000, 29.4万美元. */
export const usdWhole = (text: Lang, v: number) => (zh(text) ? `${wan(text, v, 4)}美元` : `$${int(v)}`);
/** Dollars with cents: $2.74, 2.74美元; from 100 without cents ($1,234, 1,234美元), in Chinese from 1万 in 万 (7.5万美元). */
export const cents = (text: Lang, v: number) => (zh(text) ? (v >= 1e4 ? usdWhole(text, v) : price(text, v, v >= 100 ? 0 : 2)) : usd(v));
/** A count of tokens: 1,000,000, 100万. */
export const tokensText = (text: Lang, v: number) => (zh(text) ? (Math.abs(v) >= 1e5 ? wan(text, v, 4) : intl(text, v, {})) : int(v));

export function priceModel(p: Pricing, id: string): PriceModel {
  const m = p.models.find((x) => x.id === id);
  if (!m) throw new Error(`cost: no model "${id}" in src/data/pricing.json`);
  return m;
}

/** Everything the figure says about the V3 run, computed from the data. */
export function runFigures(run: TrainingCost) {
  const total = totalGpuHours(run.stages);
  const rate = run.dollarsPerGpuHour.value;
  const gpus = run.gpu.count.value;
  const stages = run.stages.map((s) => ({ ...s, dollars: gpuHoursToDollars(s.gpuHours, rate), days: clusterDays(s.gpuHours, gpus) }));
  return { total, dollars: gpuHoursToDollars(total, rate), days: clusterDays(total, gpus), stages, rate, gpus };
}

/** The two bills for the data's usage. */
export function bills(d: CostSceneData): { r1: Bill; o1: Bill } {
  return { r1: bill(priceModel(d.pricing, 'deepseek-r1'), d.usage), o1: bill(priceModel(d.pricing, 'o1'), d.usage) };
}

/** GPU-hours: "2.788 million" (narrow "2.788M"), "119,000" ("119K"); Chinese 278.8万, 11.9万, 5,000. */
export function hoursText(text: Lang, h: number, narrow: boolean): string {
  if (zh(text)) return h >= 1e5 ? wan(text, h, 1) : intl(text, h, {});
  if (h >= 1e6)
    return narrow
      ? intl(text, h, { notation: 'compact', minimumFractionDigits: 3, maximumFractionDigits: 3 })
      : intl(text, h, { notation: 'compact', compactDisplay: 'long', minimumFractionDigits: 3, maximumFractionDigits: 3 });
  return narrow ? intl(text, h, { notation: 'compact', maximumFractionDigits: 0 }) : int(h);
}

/** A date of the data (2025-09-17) in the reader's form: English keeps it, Chinese 2025年9月17日. */
export function isoDate(text: Lang, iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || !zh(text)) return iso;
  return new Intl.DateTimeFormat(text.tag, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])),
  );
}

type Stage = TrainingCost['stages'][number];
type Excluded = TrainingCost['excluded'][number];
/** A stage's words: its label, short label, detail, or its name inside a sentence ("pre-training"). */
export const stageWord = (text: CostText, s: Stage, form: 'label' | 'short' | 'detail' | 'inList') => text.t(key(`stage.${s.id}.${form}`));
/** What the figure leaves out, in words: label, detail (a sentence), name inside a sentence, basis, where. */
export const excludedWord = (text: CostText, e: Excluded, form: 'label' | 'detail' | 'inList' | 'basis' | 'where') => text.t(key(`excluded.${e.id}.${form}`));
/** Items joined as the language lists them. */
export const listOf = (text: CostText, items: readonly string[], sep: 'list.comma' | 'list.semicolon' = 'list.comma') => items.join(text.t(sep));

export const STAGE_CLASS = ['co-seg-0', 'co-seg-1', 'co-seg-2'];

/** One step of the figure (a file in steps/): its headline, its marks below the headline, its words and table. */
export interface CostStep {
  headline(d: CostSceneData, narrow: boolean, text: CostText): { title: string; sub: string };
  marks(d: CostSceneData, W: number, H: number, narrow: boolean, top: number, text: CostText): Mark[];
  /** What the figure shows now, for screen readers. */
  describe(d: CostSceneData, text: CostText): string;
  table(d: CostSceneData, text: CostText): DataTable;
  /** The step draws dollars at the GPU-hour price: a reader's what-if price is flagged above its headline. */
  showsRate?: boolean;
}
