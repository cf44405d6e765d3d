/** Step "top-8": the best experts inside the kept groups run, circled, plus the shared expert. */
import type { Mark } from '../../contract';
import { chosenList, chosenTable } from '../chosen-experts';
import { grid } from '../grid';
import { scoreGrid } from '../score-grid';
import { expertList, focusToken, groupsOf, header, listOf, type RoutingStep } from '../shared';

export const step: RoutingStep = (data, size, narrow, text) => {
  const token = focusToken(data);
  const { nExperts, topK, nShared } = data.settings;
  // On a phone the grid turns to one row per group, so the list of the chosen fits below it.
  const g = grid(size, data, true);
  const groupsUsed = groupsOf(data, data.route.experts);
  const marks: Mark[] = [
    ...header(
      text.t(narrow ? 'top8.head.narrow' : 'top8.head', { count: topK, shared: nShared }),
      text.t(narrow ? 'top8.sub.narrow' : 'top8.sub', { k: topK, idle: nExperts - topK }),
      narrow,
    ),
    ...scoreGrid(data, size, g, 'chosen', text),
    ...chosenList(data, g, 'affinity', text),
  ];
  return {
    title: text.t('top8.title', { count: topK, token }),
    description: text.t('top8.describe', {
      token,
      list: expertList(text, data.route.experts),
      groups: listOf(text, groupsUsed),
      run: topK + nShared,
      idle: nExperts - topK,
    }),
    marks,
    table: chosenTable(data, false, text),
  };
};
