import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { loadData } from './story/load.ts';
import { loadFonts } from './fonts.ts';
import { createStory } from './story/story.ts';
import storyUrl from '../data/stories/kursk/story.json?url';
import storyFeaturesUrl from '../data/stories/kursk/features.geojson?url';
import countriesUrl from '../data/basemaps/ukraine-russia/countries.geojson?url';
import regionsUrl from '../data/basemaps/ukraine-russia/regions.geojson?url';
import townsUrl from '../data/basemaps/ukraine-russia/towns.geojson?url';
import regionLabelsUrl from '../data/basemaps/ukraine-russia/region-labels.geojson?url';
import { creditsFor } from './story/credits.ts';

const target = document.getElementById('app')!;

async function start() {
  const [loaded] = await Promise.all([
    loadData({
      story: storyUrl,
      storyFeatures: storyFeaturesUrl,
      countries: countriesUrl,
      regions: regionsUrl,
      towns: townsUrl,
      regionLabels: regionLabelsUrl,
    }),
    loadFonts(),
  ]);
  if (!loaded.storyFile) {
    const box = document.createElement('div');
    box.className = 'load-error';
    box.setAttribute('role', 'alert');
    const h = document.createElement('h1');
    h.textContent = 'The story could not be loaded';
    box.append(h);
    for (const problem of loaded.problems) {
      const p = document.createElement('p');
      p.textContent = problem;
      box.append(p);
    }
    target.replaceChildren(box);
    return;
  }
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
