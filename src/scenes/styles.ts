/**
 * Every scene's own stylesheet (`src/scenes/<name>/style.css`, beside its layout), found
 * like the scene itself: adding a scene folder with a style.css is all it takes. Imported
 * once by Base.astro, before global.css as the @imports were, so ties in the cascade still
 * go to the site's rules. The downloads read the same files (src/downloads/index.ts).
 */
import.meta.glob('./*/style.css', { eager: true });
