/** Step "outlets": the same loss as three outlets reported it. */
import { billions, type MarketStep } from '../shared';

export const step: MarketStep = {
  title: (d) =>
    `Outlets put Nvidia's loss at ${billions(Math.min(...d.outlets.map((o) => o.value)))} to ${billions(Math.max(...d.outlets.map((o) => o.value)))}`,
  subtitle: () => 'The same fall, reported by three outlets: the gaps come from rounding and from when the price was taken. This site uses CNBC’s figure.',
  bars: (d) =>
    d.outlets.map((o, i) => ({
      key: i === 0 ? 'bar:main' : `bar:${o.id}`,
      label: o.who,
      value: o.value,
      valueText: i === 0 ? `close to ${billions(o.value)}` : billions(o.value),
      className: `mkt-bar ${i === 0 ? 'mkt-loss' : 'mkt-outlet'}`,
    })),
  describe: (d) => `Bars of the same loss by outlet: ${d.outlets.map((o) => `${o.who} ${billions(o.value)}`).join(', ')}.`,
  table: (d) => ({
    caption: `Nvidia's loss on ${d.day}, by outlet`,
    columns: ['Day or outlet', 'Billions of US dollars', 'Source'],
    rows: d.outlets.map((o) => [o.who, o.value, o.source]),
  }),
};
