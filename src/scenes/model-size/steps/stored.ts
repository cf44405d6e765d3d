/** Step "stored": every square, one per billion parameters, all of which the model stores. */
import type { ModelSizeStep } from '../layout';
import { billions } from '../shared';

export const step: ModelSizeStep = {
  lit: false,
  title: (d, text) => text.t('stored.title', { total: billions(text, d.totalB) }),
  describe: (d, text) => text.t('stored.describe', { squares: d.totalB }),
};
