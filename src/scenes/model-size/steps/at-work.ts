/** Step "at-work": the same squares with the few that work on each token lit. */
import { percent } from '../../kit/numbers';
import type { ModelSizeStep } from '../layout';
import { billions } from '../shared';

export const step: ModelSizeStep = {
  lit: true,
  title: (d, text) => text.t('at-work.title', { active: billions(text, d.activeB), total: billions(text, d.totalB) }),
  describe: (d, text) => text.t('at-work.describe', { squares: d.totalB, lit: d.activeB, share: percent(text, (100 * d.activeB) / d.totalB, 1) }),
};
