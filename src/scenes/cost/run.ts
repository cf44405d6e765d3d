/**
 * DeepSeek-V3's final run as stacked bars, shared by the steps gpu-hours, dollars and days:
 * the same three stages measured in GPU-hours, in dollars at the assumed rate, or in days.
 */
import { scaleLinear } from 'd3-scale';
import { gpuHoursToDollars } from '../../model/cost';
import type { Mark } from '../contract';
import { px } from '../kit/format';
import { footnote, lines, paragraph } from '../kit/chart';
import { measure, smallType, wrap } from '../kit/text';
import { xAxis } from '../kit/axis';
import {
  type CostKey,
  type CostSceneData,
  type CostText,
  REPORTED_RATE,
  price,
  rateText,
  runFigures,
  hoursText,
  stageWord,
  STAGE_CLASS,
  usdMillions,
} from './shared';

export function runMarks(
  d: CostSceneData,
  stepId: 'gpu-hours' | 'dollars' | 'days',
  W: number,
  H: number,
  narrow: boolean,
  top: number,
  text: CostText,
): Mark[] {
  const marks: Mark[] = [];
  const f = runFigures(d.run);
  const yours = f.rate !== REPORTED_RATE;
  const n = narrow ? '.narrow' : '';
  const noteText =
    stepId === 'days'
      ? text.t(`run.note.days${n}` as CostKey, { gpus: f.gpus })
      : stepId === 'dollars'
        ? text.t(`run.note.${yours ? 'dollarsYours' : 'dollars'}${n}` as CostKey, { rate: narrow || yours ? rateText(text, f.rate) : price(text, f.rate) })
        : text.t(`run.note.hours${n}` as CostKey);
  const note = footnote('run:note', noteText, W, H);
  marks.push(...note.marks);

  // A one-line explainer under the headline.
  const calloutText =
    stepId === 'gpu-hours'
      ? text.t('run.callout.hours', { gpus: f.gpus })
      : stepId === 'dollars'
        ? yours
          ? text.t('run.callout.dollarsYours', { rate: rateText(text, f.rate), reported: price(text, REPORTED_RATE) })
          : text.t('run.callout.dollars', { rate: price(text, f.rate) })
        : text.t('run.callout.days', { gpus: f.gpus, perDay: f.gpus * 24 });
  const callout = paragraph('run:callout', calloutText, 12, top + 13, W - 16, {
    className: 'co-callout',
    fontSize: narrow ? 12 : 13,
    fontWeight: 700,
    lineHeight: narrow ? 15 : 17,
  });
  marks.push({
    kind: 'rect',
    key: 'run:callout:rule',
    x: 0,
    y: px(top),
    width: 4,
    height: px(Math.max(4, callout.bottom - top + 4)),
    className: 'co-callout-rule',
  });
  marks.push(...callout.marks);

  const labelW = narrow ? 0 : 168;
  const valueW = narrow ? 0 : 112;
  const plotTop = callout.bottom + (narrow ? 20 : 22);
  const axisH = 22;
  const plotBottom = note.top - axisH;
  const rows = f.stages.length + 1;
  const rowH = Math.max(0, (plotBottom - plotTop) / rows);
  const barH = Math.min(narrow ? 14 : 20, Math.max(4, rowH * (narrow ? 0.32 : 0.5)));
  const x0 = labelW + (narrow ? 8 : 0);
  const isDays = stepId === 'days';
  const domainMax = isDays ? 60 : 3e6;
  const totalText = isDays
    ? text.t('days', { days: f.days.toFixed(1) })
    : stepId === 'dollars'
      ? usdMillions(text, f.dollars)
      : hoursText(text, f.total, narrow);
  // The total's value sits after its bar: a longer one (557.6万美元) narrows the plot until it fits.
  const share = (isDays ? f.days : f.total) / domainMax;
  const room = W - 6 - measure(totalText, { size: narrow ? 14 : 16, weight: 800 });
  const x1 = Math.min(W - valueW - (narrow ? 66 : 0), share > 0 ? x0 + (room - x0) / share : Infinity);
  const x = scaleLinear().domain([0, domainMax]).range([x0, x1]);
  const tickText = (t: number, i: number, all: number[]) =>
    isDays
      ? i === all.length - 1
        ? text.t('days', { days: t })
        : String(t)
      : stepId === 'dollars'
        ? dollarTick(text, t === 0 ? 0 : gpuHoursToDollars(t, f.rate))
        : hourTick(text, t);
  marks.push(
    ...xAxis({
      key: `run:${isDays ? 'd' : 'h'}`,
      scale: x,
      y: plotBottom,
      gridTop: plotTop - 6,
      count: isDays ? (narrow ? 4 : 6) : 3,
      format: tickText,
      fontSize: smallType(narrow),
      labelGap: 14,
    }),
  );
  const unit = isDays
    ? text.t('run.unit.days')
    : stepId === 'dollars'
      ? text.t('run.unit.dollars', { rate: price(text, d.run.dollarsPerGpuHour.value) })
      : text.t('run.unit.hours');
  marks.push({
    kind: 'text',
    key: 'run:unit',
    x: px(x1),
    y: px(plotTop - 10),
    text: unit,
    anchor: 'end',
    className: 'tick-label',
    fontSize: smallType(narrow),
  });

  let start = 0;
  f.stages.forEach((s, i) => {
    const y0 = plotTop + rowH * i;
    const cy = narrow ? y0 + Math.min(28, rowH * 0.62) : y0 + rowH / 2;
    const v = isDays ? s.days : s.gpuHours;
    const from = isDays ? start : 0;
    const bx = x(from);
    const bw = Math.max(1, x(from + v) - x(from));
    const key = `run:stage:${s.id}`;
    marks.push({
      kind: 'rect',
      key: `${key}:bar`,
      x: px(bx),
      y: px(cy - barH / 2),
      width: px(bw),
      height: px(barH),
      rx: 1.5,
      className: `co-bar ${STAGE_CLASS[i] ?? 'co-seg-2'}`,
    });
    const valueText = isDays
      ? text.t('days', { days: s.days.toFixed(1) })
      : stepId === 'dollars'
        ? usdMillions(text, s.dollars)
        : hoursText(text, s.gpuHours, narrow);
    if (narrow) {
      // Right of the zero line, which runs up through the label row.
      marks.push({
        kind: 'text',
        key: `${key}:label`,
        x: px(x0 + 4),
        y: px(y0 + 11),
        text: stageWord(text, s, 'short'),
        className: 'co-row-label',
        fontSize: 12,
        fontWeight: 700,
      });
      const vx = bx + bw + 5;
      const fitsRight = vx + measure(valueText, { size: 12, weight: 700 }) < W;
      marks.push({
        kind: 'text',
        key: `${key}:value`,
        x: px(fitsRight ? vx : W),
        y: px(fitsRight ? cy : y0 + 11),
        text: valueText,
        anchor: fitsRight ? 'start' : 'end',
        baseline: fitsRight ? 'middle' : 'auto',
        className: 'co-value',
        fontSize: 12,
        fontWeight: 700,
      });
    } else {
      const detail = wrap(stageWord(text, s, 'detail'), { width: labelW - 16, size: smallType(narrow) });
      const dy = detail.length > 1 ? -7 : 0;
      marks.push({
        kind: 'text',
        key: `${key}:label`,
        x: px(labelW - 12),
        y: px(cy - 7 + dy),
        text: stageWord(text, s, 'label'),
        anchor: 'end',
        baseline: 'middle',
        className: 'co-row-label',
        fontSize: 13,
        fontWeight: 700,
      });
      marks.push(
        ...lines(`${key}:detail`, detail, labelW - 12, cy + 9 + dy, {
          anchor: 'end',
          baseline: 'middle',
          className: 'co-row-detail',
          fontSize: smallType(narrow),
          lineHeight: 14,
          slots: 2,
        }),
      );
      marks.push({
        kind: 'text',
        key: `${key}:value`,
        x: px(bx + bw + 6),
        y: px(cy),
        text: valueText,
        baseline: 'middle',
        className: 'co-value',
        fontSize: 13,
        fontWeight: 700,
      });
    }
    start += v;
  });

  // Total row: the three stages stacked end to end.
  const ty0 = plotTop + rowH * f.stages.length;
  const tcy = narrow ? ty0 + Math.min(28, rowH * 0.62) : ty0 + rowH / 2;
  marks.push({ kind: 'line', key: 'run:total:rule', x1: 0, x2: px(W), y1: px(ty0 + 2), y2: px(ty0 + 2), className: 'co-total-rule' });
  let acc = 0;
  f.stages.forEach((s, i) => {
    const v = isDays ? s.days : s.gpuHours;
    marks.push({
      kind: 'rect',
      key: `run:total:seg:${s.id}`,
      x: px(x(acc)),
      y: px(tcy - barH / 2),
      width: px(Math.max(0, x(acc + v) - x(acc))),
      height: px(barH),
      className: `co-bar ${STAGE_CLASS[i] ?? 'co-seg-2'}`,
    });
    acc += v;
  });
  const totalLabel = text.t(isDays ? 'run.wholeRun' : 'run.total');
  if (narrow) {
    marks.push({
      kind: 'text',
      key: 'run:total:label',
      x: px(x0 + 4),
      y: px(ty0 + 16),
      text: totalLabel,
      className: 'co-row-label',
      fontSize: 12,
      fontWeight: 800,
    });
  } else {
    marks.push({
      kind: 'text',
      key: 'run:total:label',
      x: px(labelW - 12),
      y: px(tcy),
      text: totalLabel,
      anchor: 'end',
      baseline: 'middle',
      className: 'co-row-label',
      fontSize: 14,
      fontWeight: 800,
    });
  }
  marks.push({
    kind: 'text',
    key: 'run:total:value',
    x: px(x(acc) + 6),
    y: px(tcy),
    text: totalText,
    baseline: 'middle',
    className: 'co-total',
    fontSize: narrow ? 14 : 16,
    fontWeight: 800,
  });
  return marks;
}

/** Axis ticks in dollars: $0, $2M, $2.25M; Chinese 0, 200万美元. */
function dollarTick(text: CostText, v: number): string {
  if (text.locale === 'zh') return v === 0 ? '0' : usdMillions(text, v);
  return v === 0 ? '$0' : `$${Number((v / 1e6).toFixed(2))}M`;
}
/** Axis ticks in GPU-hours: 0, 1M; Chinese 0, 100万. */
const hourTick = (text: CostText, t: number) => (t === 0 ? '0' : text.format(t, { notation: 'compact', maximumFractionDigits: 2 }));
