/** Step "record": Nvidia's one-day loss the week after R1's release, beside the previous record. */
import { billions, type MarketStep } from '../shared';

export const step: MarketStep = {
  title: (d) => `Nvidia lost close to ${billions(d.loss.value)} of market value in one day`,
  subtitle: (d) =>
    `${d.day}, a week after R1's release: shares fell about ${d.drop.value}%, the Nasdaq ${d.nasdaq.value}%. No company in US history had lost more in a day.`,
  bars: (d) => [
    { key: 'bar:main', label: `${d.day}`, value: d.loss.value, valueText: `close to ${billions(d.loss.value)}`, className: 'mkt-bar mkt-loss' },
    {
      key: 'bar:previous',
      label: `${d.previousDate} (previous record)`,
      value: d.previous.value,
      valueText: `about ${billions(d.previous.value)}`,
      className: 'mkt-bar mkt-previous',
    },
  ],
  describe: (d) =>
    `Bars of market value lost in one day: close to ${billions(d.loss.value)} on ${d.day}, against about ${billions(d.previous.value)} in ${d.previousDate}, the previous record.`,
  table: (d) => ({
    caption: 'Nvidia: market value lost in one day',
    columns: ['Day or outlet', 'Billions of US dollars', 'Source'],
    rows: [
      [d.day, d.loss.value, d.loss.source],
      [`${d.previousDate} (previous record)`, d.previous.value, d.previous.source],
    ],
  }),
};
