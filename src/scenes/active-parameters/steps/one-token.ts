/** Step "one-token": the same layer with only the parts one token uses lit. */
import type { ActiveStep } from '../shared';
import { oneLayer } from '../layer';

export const step: ActiveStep = (d, size, text) => oneLayer(d, size, text, true);
