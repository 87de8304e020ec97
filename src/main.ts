import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { chooseStory, storyData } from './app/story-files.ts';
import { loadData } from './story/load.ts';
import { loadFonts } from './fonts.ts';
import { createStory } from './story/story.ts';
import { creditsFor } from './story/credits.ts';

const target = document.getElementById('app')!;

/** A page of problems, each as text (nothing from the data is ever markup). */
function showProblems(heading: string, problems: string[]) {
  const box = document.createElement('div');
  box.className = 'load-error';
  box.setAttribute('role', 'alert');
  const h = document.createElement('h1');
  h.textContent = heading;
  box.append(h);
  for (const problem of problems) {
    const p = document.createElement('p');
    p.textContent = problem;
    box.append(p);
  }
  target.replaceChildren(box);
}

/** The list of stories: asked for with `?stories`, or after a story id this build lacks. */
async function showIndex(unknown: string | null) {
  const { default: StoryIndex } = await import('./ui/StoryIndex.svelte');
  target.replaceChildren();
  mount(StoryIndex, { target, props: { unknown } });
}

async function start() {
  const { id, unknown } = chooseStory(location.search);
  if (unknown !== null || new URLSearchParams(location.search).has('stories')) {
    return showIndex(unknown);
  }
  const data = storyData(id);
  if (!data) return showProblems('The story could not be loaded', [`No data for story “${id}”.`]);
  const [loaded] = await Promise.all([loadData(data.urls, data.files), loadFonts()]);
  if (!loaded.storyFile) return showProblems('The story could not be loaded', loaded.problems);
  document.title = `${loaded.storyFile.article.title} — on the map`;
  target.replaceChildren();
  mount(App, {
    target,
    props: {
      story: createStory(loaded.storyFile, loaded.map.story),
      data: loaded.map,
      credits: creditsFor(loaded.storyFile),
      problems: loaded.problems,
    },
  });
}

void start();
