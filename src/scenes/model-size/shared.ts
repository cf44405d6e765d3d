/**
 * What the layout and the step files of model-size share: its words' type and the count in words.
 * Its own module, so a step file importing it does not import the layout (which imports the steps).
 */
import type { SceneText } from '../kit/messages';
import { countWords } from '../kit/numbers';
import type en from './messages/en.json';

/** The figure's words (messages/<locale>.json), keys checked against the English. */
export type ModelSizeText = SceneText<keyof typeof en>;

/** A count of billions in words: 671 billion, 6710亿. */
export const billions = (text: ModelSizeText, b: number) => countWords(text, b * 1e9);
