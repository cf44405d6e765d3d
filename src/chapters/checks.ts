/**
 * Build-time checks of what a chapter places: scenes, steps, facts and glossary
 * terms. Pure functions over a list of usages, so they are unit-tested without a
 * build; the remark plugin (remark-chapter.ts) collects the usages from MDX.
 */
import { ContentError } from '../lib/errors';

export interface Usage {
  /** The MDX component: Scrolly, Step, Fact, Term, Cite. */
  component: string;
  attrs: Record<string, string | undefined>;
  line?: number;
  /** For Step: the enclosing Scrolly's scene, if any. */
  scene?: string;
}

export interface Registries {
  scenes: Record<string, { steps: readonly { id: string }[]; encodings?: Readonly<Record<string, string>> }>;
  facts: Record<string, { source: string }>;
  glossary: Record<string, unknown>;
  sources: Record<string, unknown>;
}

function where(file: string, u: Usage): string {
  return u.line ? `${file}:${u.line}` : file;
}

export function checkUsages(file: string, usages: Usage[], reg: Registries): void {
  const sceneNames = Object.keys(reg.scenes).sort().join(', ');
  const seenSteps = new Map<string, Set<string>>();
  for (const u of usages) {
    const at = where(file, u);
    switch (u.component) {
      case 'Scrolly': {
        const name = u.attrs['scene'];
        if (!name) throw new ContentError(at, '<Scrolly scene>', 'the scene attribute is missing', `write <Scrolly scene="…"> with one of: ${sceneNames}.`);
        if (!reg.scenes[name])
          throw new ContentError(at, '<Scrolly scene>', `unknown scene "${name}"`, `use one of: ${sceneNames}; or add a folder src/scenes/${name}/.`);
        if (seenSteps.has(name))
          throw new ContentError(
            at,
            '<Scrolly scene>',
            `scene "${name}" is placed twice in this chapter`,
            'place each scene once per chapter (step ids must be unique in the page).',
          );
        seenSteps.set(name, new Set());
        break;
      }
      case 'Step': {
        const id = u.attrs['id'];
        if (!u.scene) throw new ContentError(at, '<Step>', 'a Step outside a <Scrolly>', 'put each <Step> inside the <Scrolly scene="…"> it belongs to.');
        const scene = reg.scenes[u.scene]!;
        const valid = scene.steps.map((s) => s.id);
        if (!id)
          throw new ContentError(
            at,
            '<Step id>',
            'the id attribute is missing',
            `write <Step id="…"> with one of the steps of "${u.scene}": ${valid.join(', ')}.`,
          );
        if (!valid.includes(id)) throw new ContentError(at, '<Step id>', `unknown step "${id}" in scene "${u.scene}"`, `use one of: ${valid.join(', ')}.`);
        let seen = seenSteps.get(u.scene);
        if (!seen) seenSteps.set(u.scene, (seen = new Set()));
        if (seen.has(id))
          throw new ContentError(
            at,
            '<Step id>',
            `duplicate step id "${id}" in scene "${u.scene}"`,
            'give each step of a scene once; remove or rename the second one.',
          );
        seen.add(id);
        break;
      }
      case 'Encoding': {
        const id = u.attrs['id'];
        if (!u.scene)
          throw new ContentError(
            at,
            '<Encoding>',
            'an Encoding outside a <Scrolly>',
            'put <Encoding id="…" /> inside a <Step> of the <Scrolly> whose figure it describes.',
          );
        const valid = Object.keys(reg.scenes[u.scene]!.encodings ?? {});
        if (!id || !valid.includes(id))
          throw new ContentError(
            at,
            '<Encoding id>',
            `unknown encoding "${id ?? ''}" in scene "${u.scene}"`,
            valid.length
              ? `use one of: ${valid.join(', ')}.`
              : `add "encoding.<id>" to src/scenes/${u.scene}/messages/*.json (an unconverted scene: to the \`encodings\` of its index.ts).`,
          );
        break;
      }
      case 'Fact': {
        const id = u.attrs['id'];
        if (!id)
          throw new ContentError(at, '<Fact id>', 'the id attribute is missing', 'write <Fact id="…" /> with an id from src/data/facts/ or src/data/derived/.');
        const fact = reg.facts[id];
        if (!fact)
          throw new ContentError(
            at,
            `<Fact id="${id}">`,
            `unknown fact id "${id}"`,
            'add it to a file in src/data/facts/ with a value and a source, or fix the spelling.',
          );
        if (!fact.source || !reg.sources[fact.source])
          throw new ContentError(
            at,
            `<Fact id="${id}">`,
            `the fact has no known source ("${fact.source}")`,
            'give the fact a source id from src/data/sources.json.',
          );
        break;
      }
      case 'Cite': {
        const id = u.attrs['source'];
        if (!id || !reg.sources[id])
          throw new ContentError(
            at,
            '<Cite source>',
            `unknown source "${id ?? ''}"`,
            `use a source id from src/data/sources.json: ${Object.keys(reg.sources).join(', ')}.`,
          );
        break;
      }
      case 'Term': {
        const id = u.attrs['id'];
        if (!id || !reg.glossary[id])
          throw new ContentError(at, '<Term id>', `unknown glossary term "${id ?? ''}"`, 'add the term to a file in src/data/glossary/, or fix the id.');
        break;
      }
    }
  }
}

/** Scenes whose steps are not all placed are fine; a Scrolly with no Step is not. */
export function checkScrollyHasSteps(file: string, usages: Usage[]): void {
  const counts = new Map<string, number>();
  const placed = new Map<string, Usage>();
  for (const u of usages) {
    if (u.component === 'Scrolly' && u.attrs['scene']) {
      counts.set(u.attrs['scene'], 0);
      placed.set(u.attrs['scene'], u);
    }
    if (u.component === 'Step' && u.scene) counts.set(u.scene, (counts.get(u.scene) ?? 0) + 1);
  }
  for (const [scene, n] of counts) {
    // Named with its line, as every other chapter error is.
    if (n === 0)
      throw new ContentError(where(file, placed.get(scene)!), `<Scrolly scene="${scene}">`, 'has no <Step>', 'add at least one <Step id="…"> inside it.');
  }
}
