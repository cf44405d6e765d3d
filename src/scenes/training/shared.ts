/**
 * What several steps of the training figure share: its data, the per-step interface each
 * file in steps/ implements, computed figures and the boxes and arrows of its diagrams.
 */
import type { DataTable, Mark } from '../contract';
import { px } from '../kit/format';
import type { DistilledModels, Training } from '../../data/raw-training';
import { smallType } from '../kit/text';
import { xAxis } from '../kit/axis';
import type { SceneText } from '../kit/messages';
import { count, countWords } from '../kit/numbers';
import { ILLUSTRATIVE_GROUP } from './steps';
import type en from './messages/en.json';

/** The figure's words (messages/<locale>.json), keys checked against the English. */
export type TrainingText = SceneText<TrainingKey>;
type TrainingKey = keyof typeof en;
/** A key built from data (a stage, drawback or model id): a missing message throws, naming it. */
export const key = (k: string) => k as TrainingKey;

export interface TrainingSceneData {
  training: Training;
  distilled: DistilledModels;
  /** DeepSeek-R1's own AIME 2024 pass@1, the teacher the distilled models learned from. */
  teacher: { name: string; aimePass1: number; source: string };
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** 600000 + 200000, computed from the data (never typed). */
export function totalSamples(t: Training): number {
  return t.samples.reasoning.value + t.samples.nonReasoning.value;
}

/** Items joined as the language lists them ("a, b, c"; "甲、乙、丙"). */
export const listOf = (text: TrainingText, items: readonly string[]) => items.join(text.t('list.comma'));

/** Score of an illustrative answer: 1 point per rule met. */
export function grpoScores(): { id: string; accurate: boolean; formatted: boolean; score: number; advantage: number }[] {
  const scored = ILLUSTRATIVE_GROUP.map((a) => ({ ...a, score: (a.accurate ? 1 : 0) + (a.formatted ? 1 : 0) }));
  const mean = scored.reduce((s, a) => s + a.score, 0) / scored.length;
  return scored.map((a) => ({ ...a, advantage: a.score - mean }));
}

export function arrowHead(key: string, x: number, y: number, dir: 'right' | 'down', className = 'tr-arrow-head'): Mark {
  const s = 5;
  const d =
    dir === 'right'
      ? `M${px(x)},${px(y)} L${px(x - s * 1.6)},${px(y - s)} L${px(x - s * 1.6)},${px(y + s)} Z`
      : `M${px(x)},${px(y)} L${px(x - s)},${px(y - s * 1.6)} L${px(x + s)},${px(y - s * 1.6)} Z`;
  return { kind: 'path', key, d, className };
}

/** The size of the Qwen model in the distillation-vs-RL comparison, in billions, from the distilled models' data. */
function qwenBillions(d: TrainingSceneData): number {
  const m = d.distilled.models.find((x) => x.id === d.training.distillVsRl.models[1]?.id);
  if (!m) throw new Error('training: distillVsRl.models[1] is not one of the distilled models in src/data/distilled-models.json');
  return m.paramsB;
}

/** "32B" (320亿): the size of that Qwen model, short. */
export const qwenSize = (d: TrainingSceneData, text: TrainingText) => count(text, qwenBillions(d) * 1e9);

/** "32-billion" (320亿): the same as a compound before a noun ("32-billion-parameter"; Chinese has no spaces to join). */
export const qwenSizeWords = (d: TrainingSceneData, text: TrainingText) => countWords(text, qwenBillions(d) * 1e9).replace(/ /g, '-');

export function boxMarks(key: string, b: Box, title: string, sub: string | null, className: string, narrow: boolean): Mark[] {
  const marks: Mark[] = [{ kind: 'rect', key, x: px(b.x), y: px(b.y), width: px(b.w), height: px(b.h), rx: 6, className }];
  const cx = b.x + b.w / 2;
  if (sub) {
    marks.push({
      kind: 'text',
      key: `${key}:title`,
      x: px(cx),
      y: px(b.y + b.h / 2 - 7),
      text: title,
      anchor: 'middle',
      baseline: 'middle',
      className: `${className}-title`,
      fontSize: narrow ? 13 : 14,
      fontWeight: 700,
    });
    marks.push({
      kind: 'text',
      key: `${key}:sub`,
      x: px(cx),
      y: px(b.y + b.h / 2 + 10),
      text: sub,
      anchor: 'middle',
      baseline: 'middle',
      className: `${className}-sub`,
      fontSize: smallType(narrow),
    });
  } else {
    marks.push({
      kind: 'text',
      key: `${key}:title`,
      x: px(cx),
      y: px(b.y + b.h / 2),
      text: title,
      anchor: 'middle',
      baseline: 'middle',
      className: `${className}-title`,
      fontSize: narrow ? 13 : 14,
      fontWeight: 700,
    });
  }
  return marks;
}

/** Title and standfirst of a step, every number read from the data; `narrowSub` replaces `sub` on a phone. */
export interface Headline {
  title: string;
  sub: string;
  narrowSub?: string;
}

/** One step of the figure (a file in steps/): its headline, its marks below the headline, its words and table. */
export interface TrainingStep {
  headline(d: TrainingSceneData, text: TrainingText): Headline;
  marks(d: TrainingSceneData, W: number, H: number, narrow: boolean, top: number, text: TrainingText): Mark[];
  /** What the figure shows now, for screen readers. */
  describe(d: TrainingSceneData, text: TrainingText): string;
  table(d: TrainingSceneData, text: TrainingText): DataTable;
}

/**
 * The 0–100 % grid and tick labels under the distillation bars, drawn by the kit's xAxis. The
 * scale is the scene's own linear map (no d3-scale in this embed), so its ticks are given here.
 */
export function percentAxis(key: string, x: (v: number) => number, gridTop: number, y: number, narrow: boolean): Mark[] {
  const ticks = [0, 25, 50, 75, 100];
  const scale = Object.assign((v: number) => x(v), { ticks: () => ticks, range: () => [x(0), x(100)] });
  return xAxis({ key, scale, y, gridTop, count: ticks.length, fontSize: smallType(narrow), labelGap: 14, format: (t) => `${t}%` });
}
