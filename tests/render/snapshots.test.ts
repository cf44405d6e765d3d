/**
 * SVG snapshots of every scene, step and server size, rendered by the same React
 * view the pages use. Files live in tests/render/__output__/ and are reviewed in
 * git diff; on a mismatch vitest shows the diff (update with `npx vitest run tests/render -u`).
 */
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import SceneSvg from '../../src/scenes/kit/SceneSvg';
import { sizeFor } from '../../src/scenes/contract';
import { frameOf } from '../../src/scenes/words';
import { scenes, sceneNames } from '../../src/scenes/registry';

/** One element per line so a changed mark is one changed line in the diff. */
function pretty(svg: string): string {
  return svg.replace(/></g, '>\n<') + '\n';
}

for (const name of sceneNames) {
  const scene = scenes[name]!;
  describe(`${name} snapshots`, () => {
    for (const step of scene.steps) {
      for (const variant of ['wide', 'narrow'] as const) {
        it(`${step.id} (${variant})`, async () => {
          const frame = frameOf(scene, step.id, sizeFor(scene, variant), 'en');
          const svg = renderToStaticMarkup(createElement(SceneSvg, { frame, idPrefix: `${name}-${step.id}` }));
          expect(svg).not.toMatch(/NaN|undefined/);
          await expect(pretty(svg)).toMatchFileSnapshot(`./__output__/${name}.${step.id}.${variant}.svg`);
        });
      }
    }
  });
}
