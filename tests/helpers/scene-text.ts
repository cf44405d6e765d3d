/** Tests lay scenes out in English unless they say otherwise: the scene's SceneText for a locale. */
import type { SceneModule } from '../../src/scenes/contract';
import type { Locale } from '../../src/i18n/locales';
import { sceneText } from '../../src/scenes/words';
import type { SceneText } from '../../src/scenes/kit/messages';

export function textOf(scene: Pick<SceneModule, 'name'>, locale: Locale = 'en'): SceneText {
  return sceneText(scene.name, locale);
}
