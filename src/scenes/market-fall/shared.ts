/**
 * What the steps of market-fall share: its data, the bars a step draws and the type each
 * file in steps/ implements.
 */
import { format } from 'd3-format';
import type { DataTable } from '../contract';

export interface MarketFigure {
  id: string;
  value: number;
  source: string;
  /** Who reported it, for labels. */
  who: string;
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

export const billions = (v: number) => `$${format(Number.isInteger(v) ? ',' : ',.1f')(v)}B`;

export interface Bar {
  key: string;
  label: string;
  value: number;
  valueText: string;
  className: string;
}

/** One step of the figure (a file in steps/): its headline, its bars (on the shared dollar axis), its words and table. */
export interface MarketStep {
  title(d: MarketFallData): string;
  subtitle(d: MarketFallData): string;
  bars(d: MarketFallData): Bar[];
  /** What the figure shows now, for screen readers. */
  describe(d: MarketFallData): string;
  table(d: MarketFallData): DataTable;
}
