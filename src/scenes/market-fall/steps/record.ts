/** Step "record": Nvidia's one-day loss the week after R1's release, beside the previous record. */
import { localDate } from '../../kit/dates';
import { billions, columns, type MarketStep } from '../shared';

export const step: MarketStep = {
  title: (d, text) => text.t('record.title', { loss: billions(text, d.loss.value) }),
  subtitle: (d, text) => text.t('record.subtitle', { day: localDate(text, d.day), drop: d.drop.value, nasdaq: d.nasdaq.value }),
  bars: (d, text) => [
    {
      key: 'bar:main',
      label: localDate(text, d.day),
      value: d.loss.value,
      valueText: text.t('value.close', { amount: billions(text, d.loss.value) }),
      className: 'mkt-bar mkt-loss',
    },
    {
      key: 'bar:previous',
      label: text.t('record.previous', { date: localDate(text, d.previousDate) }),
      value: d.previous.value,
      valueText: text.t('value.about', { amount: billions(text, d.previous.value) }),
      className: 'mkt-bar mkt-previous',
    },
  ],
  describe: (d, text) =>
    text.t('record.describe', {
      loss: billions(text, d.loss.value),
      day: localDate(text, d.day),
      previous: billions(text, d.previous.value),
      previousDate: localDate(text, d.previousDate),
    }),
  table: (d, text) => ({
    caption: text.t('record.caption'),
    columns: columns(text),
    rows: [
      [localDate(text, d.day), d.loss.value, d.loss.source],
      [text.t('record.previous', { date: localDate(text, d.previousDate) }), d.previous.value, d.previous.source],
    ],
  }),
};
