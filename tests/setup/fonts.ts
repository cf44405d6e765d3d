/** vitest global setup: make the subset IBM Plex Sans files (a no-op when up to date). */
import { subsetFonts } from '../../scripts/fonts.mjs';

export default async function setup(): Promise<void> {
  await subsetFonts({ log: () => {} });
}
