/** Step "stored": every square, one per billion parameters, all of which the model stores. */
import type { ModelSizeStep } from '../layout';

export const step: ModelSizeStep = {
  lit: false,
  title: (d) => `${d.totalB} billion parameters, one square each`,
  describe: (d) => `${d.totalB} squares, one per billion parameters of DeepSeek-R1: everything the model stores.`,
};
