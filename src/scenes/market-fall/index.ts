/**
 * market-fall: Nvidia's one-day fall in market value after R1's release, from the market
 * facts (src/data/facts/market.json, each with its source). Only that file is imported, not
 * the whole fact registry, so the figure's browser code stays small.
 */
import market from '../../data/facts/market.json';
import type { SceneModule } from '../contract';
import { layout } from './layout';
import type { MarketFallData, MarketFigure } from './shared';
import { steps } from './steps';

type Entry = { value: number | string; source: string; format?: string; prefix?: string; suffix?: string };
const facts = market as Record<string, Entry>;

function figure(id: string): MarketFigure {
  const f = facts[id];
  if (!f || typeof f.value !== 'number')
    throw new Error(`market-fall: src/data/facts/market.json has no number "${id}". Fix: add it with a value and a source.`);
  return { id, value: f.value, source: f.source };
}
function text(id: string): string {
  const f = facts[id];
  if (!f || typeof f.value !== 'string') throw new Error(`market-fall: src/data/facts/market.json has no text "${id}". Fix: add it with a value and a source.`);
  return f.value;
}

const data: MarketFallData = {
  day: text('market.day'),
  loss: figure('market.nvidia-loss'),
  previous: figure('market.previous-record'),
  previousDate: text('market.previous-record-date'),
  drop: figure('market.nvidia-drop'),
  nasdaq: figure('market.nasdaq-drop'),
  outlets: [figure('market.nvidia-loss'), figure('market.nvidia-loss-epoch'), figure('market.nvidia-loss-longbridge')],
};

const scene: SceneModule<MarketFallData> = {
  name: 'market-fall',
  steps,
  sources: [...new Set([data.loss.source, ...data.outlets.map((o) => o.source)])],
  aspect: { wide: 0.44, narrow: 0.76 },
  data,
  layout,
};
export default scene;
