/**
 * Figures for the "How we checked the numbers" page that already live in a data
 * file under another shape (published values next to the ones we compute).
 */
import type { Fact } from '../schemas';
import { modelConfigData } from '../raw-model';

const pub = modelConfigData.published;

const facts: Record<string, Fact> = {
  'check.active-precise': {
    value: pub.activeParamsPreciseB.value,
    format: '.1f',
    suffix: ' billion',
    source: pub.activeParamsPreciseB.source,
    where: pub.activeParamsPreciseB.where,
    ...(pub.activeParamsPreciseB.note ? { note: pub.activeParamsPreciseB.note } : {}),
  },
};
export default facts;
