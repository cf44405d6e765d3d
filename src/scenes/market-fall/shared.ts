/**
 * What the steps of market-fall share: its data, the bars a step draws and the type each
 * file in steps/ implements.
 */
import type { DataTable } from '../contract';
import type { SceneText } from '../kit/messages';
import type en from './messages/en.json';

/** The figure's words (messages/<locale>.json), keys checked against the English. */
export type MarketText = SceneText<keyof typeof en>;

export interface MarketFigure {
  id: string;
  value: number;
  source: string;
}
export interface MarketFallData {
  day: string;
  /** Billions of US dollars. */
  loss: MarketFigure;
  previous: MarketFigure;
  previousDate: string;
  /** Percent. */
  drop: MarketFigure;
  nasdaq: MarketFigure;
  outlets: MarketFigure[];
}

/**
 * US dollars, large amounts short, through Intl: $589B in English; Chinese writes the unit after the
 * number in words, 5890亿美元 (Intl's own is US$5890亿).
 */
export const usd = (text: Pick<MarketText, 'locale' | 'format'>, v: number, digits = 1) =>
  text.format(
    v,
    text.locale === 'zh'
      ? { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: digits }
      : // minimumFractionDigits stated: WebKit otherwise keeps the currency's own digits ($600.0B where Chromium and Node write $600B).
        { style: 'currency', currency: 'USD', notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: digits },
  ) + (text.locale === 'zh' ? '美元' : '');

/** Billions of US dollars in the reader's words: $588.7B, 5887亿美元. */
export const billions = (text: MarketText, v: number) => usd(text, v * 1e9);
/** Who reported a figure (the outlet, by its source id). */
export const who = (text: MarketText, f: MarketFigure) => text.t(`outlet.${f.source}` as keyof typeof en);

export interface Bar {
  key: string;
  label: string;
  value: number;
  valueText: string;
  className: string;
}

/** One step of the figure (a file in steps/): its headline, its bars (on the shared dollar axis), its words and table. */
export interface MarketStep {
  title(d: MarketFallData, text: MarketText): string;
  subtitle(d: MarketFallData, text: MarketText): string;
  bars(d: MarketFallData, text: MarketText): Bar[];
  /** What the figure shows now, for screen readers. */
  describe(d: MarketFallData, text: MarketText): string;
  table(d: MarketFallData, text: MarketText): DataTable;
}

/** The data table's header row. */
export const columns = (text: MarketText) => [text.t('table.day'), text.t('table.amount'), text.t('table.source')];
