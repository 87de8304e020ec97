/**
 * Shows a loaded story: the page's Svelte app with the map. Imported by `src/main.ts` with
 * `import()`, so the browser asks for the story's data and fonts before it downloads and runs
 * this code and MapLibre (issue 13: start-up as fast as the bare MapLibre page).
 */
import { mount } from 'svelte';
import App from '../App.svelte';
import { createStory } from '../story/story.ts';
import { creditsFor } from '../story/credits.ts';
import type { LoadedData } from '../story/load.ts';
import type { StoryFile } from '../types.ts';

/**
 * Mounts the app for a story whose file loaded, in place of what `target` shows.
 * @example mountStory(document.getElementById('app')!, storyFile, loaded)
 */
export function mountStory(target: HTMLElement, storyFile: StoryFile, loaded: LoadedData): void {
  target.replaceChildren();
  mount(App, {
    target,
    props: {
      story: createStory(storyFile, loaded.map.story),
      data: loaded.map,
      credits: creditsFor(storyFile),
      problems: loaded.problems,
      checkLater: loaded.checkLater,
    },
  });
}
