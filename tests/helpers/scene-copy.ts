/**
 * Collects what a scene says to the reader, and finds numbers typed into scene code.
 * Used by tests/unit/scene-numbers.test.ts (and fed planted faults from
 * tests/fixtures/copy-numbers/ to prove it catches them).
 */
import ts from 'typescript';
import type { Frame, SceneModule, Size } from '../../src/scenes/contract';
import { quantities, type Quantity } from '../../src/lib/copy-numbers';
import { textOf } from './scene-text';
import { sceneWords } from '../../src/scenes/words';

export interface Said {
  where: string;
  text: string;
}

/** Axis ticks are scale output (0, 20, 40 …), not claims about the data. */
const isTick = (key: string) => /(^|:)(tick|grid)(:|$)/.test(key);

/** Every reader-facing string of one frame: title, description, text marks, the data table. */
export function frameStrings(frame: Frame, where: string): Said[] {
  const out: Said[] = [
    { where: `${where} title`, text: frame.title },
    { where: `${where} description`, text: frame.description },
    { where: `${where} table caption`, text: frame.table.caption },
    ...frame.table.columns.map((c, i) => ({ where: `${where} table column ${i}`, text: c })),
  ];
  frame.table.rows.forEach((r, i) => r.forEach((c, j) => typeof c === 'string' && out.push({ where: `${where} table row ${i} cell ${j}`, text: c })));
  for (const m of frame.marks) if (m.kind === 'text' && !isTick(m.key)) out.push({ where: `${where} text "${m.key}"`, text: m.text });
  return out;
}

/**
 * The copy of a scene: title, note, step labels and presenter notes, and each step's
 * frame title, table caption and column heads at each size. (Marks and descriptions
 * also carry sums the layout computes, which no data file holds; the source scan
 * covers those: nothing in them is typed.)
 */
export function sceneCopy(scene: SceneModule, sizes: readonly Size[]): Said[] {
  return walkScene(scene, sizes, (f, at) => [
    { where: `${at} title`, text: f.title },
    { where: `${at} table caption`, text: f.table.caption },
    ...f.table.columns.map((c, i) => ({ where: `${at} table column ${i}`, text: c })),
  ]);
}

/** Everything a scene says: its copy plus every mark, description and table cell. @public (not used yet; knip would flag it) */
export function sceneStrings(scene: SceneModule, sizes: readonly Size[]): Said[] {
  return walkScene(scene, sizes, frameStrings);
}

/** The scene's own words (title, note, step labels, presenter notes), then what `perFrame` takes from each step's frame at each size. */
function walkScene(scene: SceneModule, sizes: readonly Size[], perFrame: (f: ReturnType<SceneModule['layout']>, at: string) => Said[]): Said[] {
  const words = sceneWords(scene, 'en');
  const out: Said[] = [{ where: `${scene.name} title`, text: words.title }, ...(words.note ? [{ where: `${scene.name} note`, text: words.note }] : [])];
  for (const s of words.steps) {
    out.push({ where: `${scene.name}/${s.id} label`, text: s.label });
    if (s.notes) out.push({ where: `${scene.name}/${s.id} presenter notes`, text: s.notes });
    for (const size of sizes) out.push(...perFrame(scene.layout(scene.data, s.id, size, textOf(scene)), `${scene.name}/${s.id} @${size.width}`));
  }
  return out;
}

export interface Literal {
  line: number;
  text: string;
  found: Quantity[];
}

/**
 * Prose typed into scene code (string literals and the fixed parts of template
 * strings that contain a space and a word) with a quantity in it. Such a number
 * does not follow the data: build it from the data or a fact instead.
 * Also flags `.replace('<number>…', …)`, the patch that hides a typed number.
 */
export function literalNumbers(code: string, fileName = 'scene.ts'): Literal[] {
  const src = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: Literal[] = [];
  const visit = (node: ts.Node) => {
    let text: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) text = node.text;
    if (text !== undefined) {
      const parent = node.parent;
      const isImport = ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent);
      // Sample sentences a reader can route ("What is 17 times 23?") are input, not figures.
      // Error messages are for the developer, not the reader.
      let inError = false;
      for (let a: ts.Node | undefined = parent; a && !inError; a = a.parent) inError = ts.isNewExpression(a) && /Error$/.test(a.expression.getText());
      const isExample = ts.isArrayLiteralExpression(parent) && ts.isPropertyAssignment(parent.parent) && parent.parent.name.getText() === 'examples';
      const isReplaceArg =
        ts.isCallExpression(parent) &&
        ts.isPropertyAccessExpression(parent.expression) &&
        parent.expression.name.text === 'replace' &&
        parent.arguments[0] === node;
      const prose = /[A-Za-z]{2,}/.test(text) && /\s/.test(text);
      // A d3-format specifier (".1f", ",.0f") or a key ("bar:0") is not copy.
      const found = !isImport && !isExample && !inError && (prose || isReplaceArg) ? quantities(text) : [];
      if (isReplaceArg && /\d/.test(text) && found.length === 0) found.push({ value: NaN, decimals: 0, raw: text, context: `.replace('${text}', …)` });
      if (found.length) out.push({ line: src.getLineAndCharacterOfPosition(node.getStart()).line + 1, text, found });
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return out;
}
