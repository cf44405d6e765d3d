/** Step "at-work": the same squares with the few that work on each token lit. */
import type { ModelSizeStep } from '../layout';

export const step: ModelSizeStep = {
  lit: true,
  title: (d) => `${d.activeB} of ${d.totalB} billion parameters at work on each token`,
  describe(d) {
    const share = (100 * d.activeB) / d.totalB;
    return `${d.totalB} squares, one per billion parameters; ${d.activeB} of them are lit, the parameters that work on each token: about ${share.toFixed(1)}% of the model.`;
  },
};
