/** Step "outlets": the same loss as three outlets reported it. */
import { localDate } from '../../kit/dates';
import { billions, columns, who, type MarketStep } from '../shared';

export const step: MarketStep = {
  title: (d, text) =>
    text.t('outlets.title', {
      low: billions(text, Math.min(...d.outlets.map((o) => o.value))),
      high: billions(text, Math.max(...d.outlets.map((o) => o.value))),
    }),
  subtitle: (_, text) => text.t('outlets.subtitle'),
  bars: (d, text) =>
    d.outlets.map((o, i) => ({
      key: i === 0 ? 'bar:main' : `bar:${o.id}`,
      label: who(text, o),
      value: o.value,
      valueText: i === 0 ? text.t('value.close', { amount: billions(text, o.value) }) : billions(text, o.value),
      className: `mkt-bar ${i === 0 ? 'mkt-loss' : 'mkt-outlet'}`,
    })),
  describe: (d, text) =>
    text.t('outlets.describe', {
      list: d.outlets.map((o) => text.t('outlets.bar', { outlet: who(text, o), amount: billions(text, o.value) })).join(text.t('list.separator')),
    }),
  table: (d, text) => ({
    caption: text.t('outlets.caption', { day: localDate(text, d.day) }),
    columns: columns(text),
    rows: d.outlets.map((o) => [who(text, o), o.value, o.source]),
  }),
};
