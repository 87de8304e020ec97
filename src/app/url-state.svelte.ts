/**
 * The URL hash and the app's state, kept in step:
 * `#map=<zoom>/<lat>/<lng>&place=<id>&lang=<code>&date=<YYYY-MM-DD>`
 * (`src/story/hash.ts` reads and writes it; MapLibre keeps `map=` itself). The hash is read at
 * start and on every `hashchange`; each selection becomes a history entry (replaced in an embed,
 * so the host page's Back stays the host's), and the language is written back in place.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { untrack } from 'svelte';
import { MAX_ZOOM, MIN_ZOOM } from '../map/camera.ts';
import { fixLinkHash, parseHash, updateHash } from '../story/hash.ts';
import type { AppState } from './app-state.svelte.ts';
import type { Story } from '../types.ts';
import { messages } from '../i18n/index.ts';

export interface UrlStateOptions {
  app: AppState;
  story: Story;
  /** Inside a host page (`?embed=1`): selections replace the history entry. */
  embed: boolean;
  map: () => MaplibreMap | null;
  /** After each change of selection has been written to the URL. */
  onSelect: (id: string | null) => void;
}

/** What the link asked for at start: a place to frame, and whether it also gave a view. */
export interface StartState {
  place: string | null;
  hasView: boolean;
}

const replace = (hash: string) =>
  history.replaceState(history.state, '', hash || location.pathname);

/**
 * Applies the URL hash's place and language; an unknown place gets a notice and no selection.
 * `linked` is the hash as the link set it (see the hashchange listener).
 */
function applyHash(
  { app, story, map }: UrlStateOptions,
  initial: boolean,
  linked = location.hash,
): StartState {
  // Zoom clamped, bearing and pitch dropped: on load before MapLibre's hash reader sees it;
  // later, after it (which applies the pitch), so the camera is put north-up and flat again.
  const fixed = fixLinkHash(linked, { min: MIN_ZOOM, max: MAX_ZOOM });
  if (fixed) replace(fixed.hash);
  const { state, issues } = parseHash(location.hash);
  if (state.lang) app.setLang(state.lang);
  // Notices in the link's language, when it names one.
  const t = messages(app.lang).link;
  if (fixed) {
    for (const i of fixed.issues) app.notify('info', t.adjusted(t.issue(i)));
    if (!initial) map()?.jumpTo({ zoom: fixed.view.zoom, bearing: 0, pitch: 0 });
  }
  if (initial) for (const i of issues) app.notify('info', t.ignored(t.issue(i)));
  app.setDate(state.date ?? null);
  // A place= that is not an id at all leaves the URL too, so it is not shared on.
  if (state.place === undefined && new URLSearchParams(location.hash.slice(1)).has('place'))
    replace(updateHash(location.hash, { place: null }));
  const place = state.place ?? null;
  if (place && !story.byId.has(place)) {
    app.notify('info', t.noPlace(place));
    replace(updateHash('', { place: null }));
    app.select(null);
    return { place: null, hasView: false };
  }
  if (place !== app.selectedId) app.select(place);
  // A clamped zoom is not the view the link meant: frame its place instead, when it names one.
  return { place, hasView: state.view !== undefined && !fixed?.zoomClamped };
}

/**
 * Starts the sync; call it while a component initialises (it creates effects that end with it).
 * @returns what the link asked for at start.
 */
export function syncUrlState(options: UrlStateOptions): StartState {
  const { app, embed } = options;
  const start = untrack(() => applyHash(options, true));

  $effect(() => {
    // The hash as the link set it: MapLibre's own listener (the map's, so registered first) has
    // already applied it and rewritten location.hash, dropping the bearing it does not apply.
    const onHashChange = (e: HashChangeEvent) => {
      const at = e.newURL.indexOf('#');
      applyHash(options, false, at < 0 ? '' : e.newURL.slice(at));
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  });

  // Each selection is a history entry, so Back steps through what the reader looked at.
  $effect(() => {
    const id = app.selectedId;
    untrack(() => {
      const inUrl = parseHash(location.hash).state.place ?? null;
      if (inUrl !== id)
        history[embed ? 'replaceState' : 'pushState'](
          history.state,
          '',
          updateHash(location.hash, { place: id }),
        );
      options.onSelect(id);
    });
  });

  // The language and the time slider's day are part of the link, so a reload or a shared URL
  // keeps them.
  $effect(() => {
    const lang = app.lang;
    const date = app.date;
    untrack(() => {
      const hash = updateHash(location.hash, { lang: lang === 'en' ? null : lang, date });
      if (hash !== location.hash) replace(hash);
    });
  });

  return start;
}
