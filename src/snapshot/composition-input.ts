/**
 * What the export composition shows, computed from the story and the export view: legend rows
 * for the visible layers, the callout for the selected place, the inset locator map, the credit.
 * Plain TypeScript, tested in Node.
 */
import type { Feature, Polygon } from 'geojson';
import type { LegendEntry, SwatchKind } from '../export/layout.ts';
import { buildMapScene, type MapFeature } from '../export/map-scene.ts';
import { fitBounds, project, unproject, type MapView } from '../export/projection.ts';
import type { VectorScene } from '../export/scene.ts';
import { labelPoints } from '../map/label-points.ts';
import { STORY_GROUPS, type StoryGroup } from '../map/layers.ts';
import { PALETTE as C } from '../map/palette.ts';
import type { MapData } from '../map/style.ts';
import { storyBounds } from '../map/camera.ts';
import type { Lang } from '../story/hash.ts';
import { placeName, type Story } from '../story/story.ts';

const SWATCH: Record<StoryGroup, SwatchKind> = {
  'kursk-region': 'fill',
  border: 'line',
  sudzha: 'point',
  capitals: 'point',
  claimed: 'hatch',
};

/** One legend row per visible story layer, in legend order. */
export function legendEntries(visible: Record<StoryGroup, boolean>): LegendEntry[] {
  return STORY_GROUPS.filter((g) => visible[g.id]).map((g) => ({
    label: g.label,
    swatch: SWATCH[g.id],
    color: g.colour,
  }));
}

/** The selected place's label position in output pixels, when it is inside the frame. */
export function calloutFor(
  story: Story,
  selectedId: string | null,
  view: MapView,
  pixelRatio: number,
  lang: Lang,
): { x: number; y: number; label: string } | undefined {
  const feature = selectedId ? story.byId.get(selectedId) : undefined;
  if (!feature) return undefined;
  const point = labelPoints([feature]).features[0]?.geometry.coordinates;
  if (!point) return undefined;
  const [x, y] = project([point[0] ?? 0, point[1] ?? 0], view);
  if (x < 0 || y < 0 || x > view.width || y > view.height) return undefined;
  return { x: x * pixelRatio, y: y * pixelRatio, label: placeName(feature, lang) };
}

/** A small map of the whole story with a rectangle where the export frame is. */
export function insetScene(data: MapData, story: Story, view: MapView): VectorScene {
  const size = { width: 320, height: 260 };
  const fit = fitBounds(storyBounds(story.places), size.width, size.height, 12);
  const insetView: MapView = { ...size, center: fit.center, zoom: fit.zoom };
  const countries: MapFeature[] = (data.countries?.features ?? []).map((f, i) => ({
    ...f,
    properties: {
      id: `c${i}`,
      name: '',
      kind: f.properties?.['iso_a3'] === 'UKR' ? 'country-ukraine' : 'country',
    },
  }));
  const corners = [
    unproject([0, 0], view),
    unproject([view.width, 0], view),
    unproject([view.width, view.height], view),
    unproject([0, view.height], view),
  ];
  const frame: Feature<Polygon, MapFeature['properties']> = {
    type: 'Feature',
    properties: { id: 'frame', name: '', kind: 'frame' },
    geometry: { type: 'Polygon', coordinates: [[...corners, corners[0]!]] },
  };
  return buildMapScene(
    [...countries, frame],
    [
      { id: 'countries', label: 'Countries', kinds: ['country'], fill: C.russia, stroke: C.halo },
      {
        id: 'ukraine',
        label: 'Ukraine',
        kinds: ['country-ukraine'],
        fill: C.ukraine,
        stroke: C.countryLine,
      },
      { id: 'frame', label: 'Area shown', kinds: ['frame'], stroke: C.incursion, strokeWidth: 2 },
    ],
    insetView,
    { background: C.water },
  );
}

/** The credit line every export carries: the story's credits and the renderer. */
export function exportCredit(story: Story): string {
  return `${story.file.credit} · Rendered with MapLibre GL JS`;
}
