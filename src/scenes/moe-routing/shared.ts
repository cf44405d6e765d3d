/**
 * What several steps of the routing figure share: the per-step interface each file in steps/
 * implements, the two-line headline, how a token is quoted and how numbers are written.
 */
import type { Frame, Mark, Size } from '../contract';
import { formatNumber, formatPercent } from '../kit/format';
import type { SceneText } from '../kit/messages';
import { smallType } from '../kit/text';
import type { MoeRoutingData } from './data';
import type en from './messages/en.json';

/** The figure's words (messages/<locale>.json), keys checked against the English. */
export type RoutingText = SceneText<keyof typeof en>;

/** Items joined as the language lists them ("1, 2, 3"; "1、2、3"). */
export const listOf = (text: RoutingText, items: readonly (string | number)[]) => items.join(text.t('list.comma'));
/** Experts as the figure names them: "#12, #40". */
export const expertList = (text: RoutingText, ids: readonly number[]) =>
  listOf(
    text,
    ids.map((e) => `#${e}`),
  );
/** A group's label beside its row: "Group 3" (wide) or "G3" (phone). */
export const groupLabel = (text: RoutingText, n: number, narrow: boolean, room = Infinity) =>
  // A Chinese label's ink fills its em (1组), a Latin one's does not (G1): where the groups stand closer than
  // the type is tall (a 360 px phone's short box), the Chinese label is the group's number alone.
  text.locale === 'zh' && room < smallType(narrow) + 1 ? text.number(n) : text.t(narrow ? 'group.narrow' : 'group', { n });

// Numbers: these formats (decimal point, no grouping below 1,000) are the same in every language the site has.
/** A gate weight: 0.1234 -> "12.3%". */
export const pct = (v: number) => formatPercent(v * 100);
/** An affinity or a group score: two decimals. */
export const f2 = (v: number) => formatNumber(v, '.2f');
/** A load as a multiple of the fair share: "2.4×" (Chinese: "2.4倍"). */
export const times = (text: RoutingText, v: number) => text.t('times', { v: formatNumber(v, '.1f') });

/** A token as the figure shows it: at most `most` characters, the last one an ellipsis when it is cut. */
export function shortToken(token: string, most = 12): string {
  return [...token].length > most ? `${[...token].slice(0, most - 1).join('')}…` : token;
}
/** A token in quotes, as headlines and tables name it. */
export const quote = (token: string) => `“${shortToken(token)}”`;

/** How many experts a group holds (32 in DeepSeek-V3). */
export const groupSize = (d: Pick<MoeRoutingData, 'settings'>) => d.settings.nExperts / d.settings.nGroups;
/** The group expert `e` is in, counted from 1 as the figure and its tables name groups. */
export const groupNumber = (d: Pick<MoeRoutingData, 'settings'>, e: number) => Math.floor(e / groupSize(d)) + 1;
/** The groups `experts` come from, counted from 1, in order. */
export const groupsOf = (d: Pick<MoeRoutingData, 'settings'>, experts: readonly number[]) =>
  [...new Set(experts.map((e) => groupNumber(d, e)))].sort((a, b) => a - b);

/** The followed token of the data, quoted. */
export const focusToken = (d: MoeRoutingData) => quote(d.tokens[d.focus]!);

/** The figure's own headline: a bold title and one line under it, always the same two marks. */
export function header(title: string, subtitle: string, narrow: boolean): Mark[] {
  return [
    { kind: 'text', key: 'title', x: 0, y: 14, text: title, className: 'chart-title', fontSize: narrow ? 13 : 14, fontWeight: 700 },
    { kind: 'text', key: 'subtitle', x: 0, y: 32, text: subtitle, className: 'chart-subtitle', fontSize: 12 },
  ];
}

/** What a step draws: a frame less its size, which layout.ts adds (with the what-if line above, when there is one). */
export type Drawn = Omit<Frame, 'width' | 'height'>;

/** One step of the figure (a file in steps/): its marks, headline, words for screen readers and data table at `size`. */
export type RoutingStep = (d: MoeRoutingData, size: Size, narrow: boolean, text: RoutingText) => Drawn;
