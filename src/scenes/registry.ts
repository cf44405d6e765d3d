/**
 * Every scene, by name. A scene is one folder: src/scenes/<name>/index.ts default-
 * exports its SceneModule, and this glob finds it; nothing else to register.
 */
import type { SceneModule } from './contract';

const modules = import.meta.glob<{ default: SceneModule }>('./*/index.ts', { eager: true });

export const scenes: Record<string, SceneModule> = {};
for (const [path, mod] of Object.entries(modules)) {
  const folder = path.split('/')[1]!;
  const scene = mod.default;
  if (!scene || scene.name !== folder) {
    throw new Error(`src/scenes/${folder}/index.ts: the default export's name must be "${folder}" (the folder name), got "${scene?.name}".`);
  }
  scenes[folder] = scene;
}

export const sceneNames = Object.keys(scenes).sort();

export function getScene(name: string): SceneModule {
  const scene = scenes[name];
  if (!scene) throw new Error(`Unknown scene "${name}". Scenes are: ${sceneNames.join(', ')}.`);
  return scene;
}
