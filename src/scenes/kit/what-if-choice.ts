/**
 * Builds a what-if control that picks from a list (src/scenes/kit/what-if.ts reads and
 * writes it: links name the choice's id). Apart from the kit so a scene that builds such a
 * control at load does not pull the query-string code into its own chunk: that stays with
 * the controls' lazy browser code.
 */
import type { WhatIfChoice, WhatIfControl } from './what-if';

const CHOICE_ID = /^[a-z0-9][a-z0-9-]{0,15}$/;

/**
 * A control that picks from `choices`, starting at the one whose id is `r1`. Throws (at
 * module load, so the build stops) when the list is empty, an id is malformed or repeated,
 * or `r1` is not in it.
 */
export function choiceControl(key: string, label: string, choices: readonly WhatIfChoice[], r1: string): WhatIfControl {
  const ids = choices.map((c) => c.id);
  const bad = ids.find((id) => !CHOICE_ID.test(id));
  if (!choices.length || bad !== undefined || new Set(ids).size !== ids.length || !ids.includes(r1))
    throw new Error(
      `what-if control "${key}": choices ${JSON.stringify(ids)} with default "${r1}" — give a non-empty list of unique ids (a-z, 0-9, -) that includes the default`,
    );
  return { key, label, min: 0, max: choices.length - 1, step: 1, r1: ids.indexOf(r1), choices, show: (v) => choices[v]?.label ?? '' };
}
