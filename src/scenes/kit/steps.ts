/**
 * One file per step. A scene keeps its step order in steps.ts as an `as const` array, so
 * its step ids are a union type (`StepIds<typeof steps>`), and each step's drawing in
 * src/scenes/<name>/steps/<id>.ts, gathered in steps/index.ts into a record keyed by that
 * union: leave a step out, or misspell one, and `tsc` fails. tests/unit/scene-step-files.test.ts
 * checks that the files in steps/ and the order name the same steps.
 */
import type { SceneStep } from '../contract';

/** The union of the ids of an `as const` step list. */
export type StepIds<S extends readonly SceneStep[]> = S[number]['id'];

/**
 * The step a URL or a caller names, typed as one of the scene's own steps. Layouts are called
 * with plain strings (a deep link, an embed path), so an unknown id throws here, naming the
 * scene and the steps it has.
 */
export function findStep<S extends SceneStep>(scene: string, steps: readonly S[], stepId: string): S {
  const step = steps.find((s) => s.id === stepId);
  if (!step) throw new Error(`${scene}: unknown step "${stepId}"; steps are ${steps.map((s) => s.id).join(', ')}`);
  return step;
}
