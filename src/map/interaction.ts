/** Hover and click on story features, with a small tolerance box so thin lines and dots are easy to hit. */
import type { Map as MaplibreMap, MapMouseEvent, PointLike } from 'maplibre-gl';
import { pickUserFeature } from './user-layers.ts';

const TOLERANCE_PX = 6;

/** Story layers that answer the pointer: points, then lines, then areas (`interactiveLayers`). */
export interface PickLayers {
  points: string[];
  lines: string[];
  areas: string[];
}

/** The story feature id under a screen point, in the order of `candidates`. */
export function pickPlace(
  map: MaplibreMap,
  x: number,
  y: number,
  candidates: string[],
): string | null {
  if (!map.getStyle()) return null;
  const layers = candidates.filter(
    (id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none',
  );
  if (layers.length === 0) return null;
  const box: [PointLike, PointLike] = [
    [x - TOLERANCE_PX, y - TOLERANCE_PX],
    [x + TOLERANCE_PX, y + TOLERANCE_PX],
  ];
  const hits = map.queryRenderedFeatures(box, { layers });
  hits.sort((a, b) => layers.indexOf(a.layer.id) - layers.indexOf(b.layer.id));
  const id = hits[0]?.properties?.['id'];
  return typeof id === 'string' ? id : null;
}

export interface InteractionHandlers {
  onHover(id: string | null): void;
  /** `at` is where the reader clicked or tapped. */
  onSelect(id: string | null, at: [number, number]): void;
  /** A click that hit no story place but a feature of a user layer (or nothing: null). */
  onUserFeature(pick: { layerId: string; feature: number } | null): void;
}

/** Wires hover and click on the story's `layers`; returns the teardown. */
export function attachInteraction(
  map: MaplibreMap,
  layers: PickLayers,
  handlers: InteractionHandlers,
): () => void {
  const everything = [...layers.points, ...layers.lines, ...layers.areas];
  let hovered: string | null = null;
  const move = (e: MapMouseEvent) => {
    const id = pickPlace(map, e.point.x, e.point.y, everything);
    if (id === hovered) return;
    hovered = id;
    map.getCanvas().style.cursor = id ? 'pointer' : '';
    handlers.onHover(id);
  };
  const leave = () => {
    if (hovered === null) return;
    hovered = null;
    map.getCanvas().style.cursor = '';
    handlers.onHover(null);
  };
  const click = (e: MapMouseEvent) => {
    const { x, y } = e.point;
    // Story points and lines first, then the reader's own features, then story areas.
    const id = pickPlace(map, x, y, [...layers.points, ...layers.lines]);
    const user = id ? null : pickUserFeature(map, x, y);
    if (user) handlers.onUserFeature(user);
    else handlers.onSelect(id ?? pickPlace(map, x, y, layers.areas), [e.lngLat.lng, e.lngLat.lat]);
  };
  map.on('mousemove', move);
  map.on('mouseout', leave);
  map.on('click', click);
  return () => {
    map.off('mousemove', move);
    map.off('mouseout', leave);
    map.off('click', click);
  };
}
