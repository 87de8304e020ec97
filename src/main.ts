/**
 * The page's entry: small on purpose. It picks the story and asks for its data, its fonts and the
 * app with MapLibre (`import()`) all at once, so the data and fonts arrive while the app's code
 * is still downloading and compiling, instead of after it has been run (issue 13).
 */
import './app.css';
import { chooseStory, storyData } from './app/story-files.ts';
import { loadData } from './story/load.ts';
import { loadFonts } from './fonts.ts';

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
  const [{ mount }, { default: StoryIndex }] = await Promise.all([
    import('svelte'),
    import('./ui/StoryIndex.svelte'),
  ]);
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
  const [loaded, , { mountStory }] = await Promise.all([
    loadData(data.urls, data.files, data.receipt),
    loadFonts(),
    import('./app/mount-story.ts'),
  ]);
  if (!loaded.storyFile) return showProblems('The story could not be loaded', loaded.problems);
  document.title = `${loaded.storyFile.article.title} — on the map`;
  mountStory(target, loaded.storyFile, loaded);
}

void start();
