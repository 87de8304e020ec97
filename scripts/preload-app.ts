/**
 * A Vite plugin that lets the page ask for the app's code as soon as it reads its HTML (issue 13).
 *
 * `src/main.ts` is a small entry that requests the story's data and fonts, then the app and
 * MapLibre with `import()`. Without help the browser only learns of that chunk once the entry has
 * run; a `<link rel="modulepreload">` (and a style preload for its CSS) in the HTML starts the
 * download and compile at once, side by side with the entry and the data. Vite writes such links
 * only for the entry's static imports, hence this plugin.
 */
import type { Plugin } from 'vite';

/**
 * Preloads the chunk built from `module` (a path ending, such as `src/app/mount-story.ts`), the
 * chunks it imports and its CSS. The build fails when no chunk comes from `module`.
 * @example plugins: [svelte(), preloadApp('src/app/mount-story.ts')]
 */
export function preloadApp(module: string): Plugin {
  return {
    name: 'story-map:preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const chunk = Object.values(bundle).find(
          (c) => c.type === 'chunk' && (c.facadeModuleId ?? '').endsWith(module),
        );
        if (!chunk || chunk.type !== 'chunk') {
          throw new Error(`preload-app: no chunk is built from ${module}`);
        }
        // The entry is in the HTML already.
        const files = [chunk.fileName, ...chunk.imports].filter((file) => {
          const c = bundle[file];
          return !(c?.type === 'chunk' && c.isEntry);
        });
        const scripts = files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        }));
        const styles = [...(chunk.viteMetadata?.importedCss ?? [])].map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        }));
        return [...scripts, ...styles];
      },
    },
  };
}
