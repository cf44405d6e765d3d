/**
 * Every embed page: read the query options (src/embed/params.ts), report the page's
 * height to a parent that frames it, and return the options for the stepper.
 * Theme and hidden controls are already applied by the inline head script.
 */
import { parseEmbedParams, type EmbedParams } from '../embed/params';
import { startHeightReporter } from './embed-height';

export function embedPageSetup(stepIds: readonly string[], ownKeys: readonly string[]): EmbedParams {
  const params = parseEmbedParams(window.location.search, stepIds, ownKeys);
  if (params.ignored.length) {
    console.info(`R1, Explained embed: ignored the query option(s) ${params.ignored.join(', ')}; using the defaults (see the README, "Embedding").`);
  }
  startHeightReporter(params.childId);
  return params;
}
