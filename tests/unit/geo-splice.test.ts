/**
 * The OSM border splice and extraction on small made-up shapes (no third-party data), and
 * determinism across two processes.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { LineString, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { AdminFeature } from '../../geo-build/lib/admin1.ts';
import { extractOsmBorder } from '../../geo-build/lib/osm-border.ts';
import { stringifyJson } from '../../geo-build/lib/serialize.ts';
import { adminTopology, topologyFeatures } from '../../geo-build/lib/simplify.ts';
import { spliceBorder } from '../../geo-build/lib/splice-border.ts';

function region(iso: string, ring: Position[]): AdminFeature {
  return {
    type: 'Feature',
    properties: {
      iso_3166_2: iso,
      country: iso.slice(0, 2),
      name: iso,
      name_en: iso,
      name_uk: iso,
      name_ru: iso,
      admin: iso,
      type_en: 'Region',
      label: [0, 0],
    },
    geometry: { type: 'Polygon', coordinates: [ring] },
  };
}

/** Two Russian regions north of y = 1 and two Ukrainian ones south of it; junctions at x = 1. */
const regions = [
  region('RU-A', [
    [0, 1],
    [1, 1],
    [1, 2],
    [0, 2],
    [0, 1],
  ]),
  region('RU-B', [
    [1, 1],
    [1.2, 1],
    [2, 1],
    [2, 2],
    [1, 2],
    [1, 1],
  ]),
  region('UA-A', [
    [0, 0],
    [1.2, 0],
    [1.2, 1],
    [1, 1],
    [0, 1],
    [0, 0],
  ]),
  region('UA-B', [
    [1.2, 0],
    [2, 0],
    [2, 1],
    [1.2, 1],
    [1.2, 0],
  ]),
];
/** The "true" border: y = 1.01, a little north of the old one, with a bend. */
const osm: LineString = {
  type: 'LineString',
  coordinates: [
    [0, 1.01],
    [0.5, 1.02],
    [1.05, 1.01],
    [1.5, 1.01],
    [2, 1.01],
  ],
};

describe('spliceBorder', () => {
  const spliced = topologyFeatures(spliceBorder(adminTopology(regions), osm, 5).topology);
  const ring = (iso: string) =>
    (spliced.find((f) => f.properties.iso_3166_2 === iso)?.geometry as Polygon).coordinates[0]!;

  it('puts the OSM line on both sides of the border', () => {
    for (const p of osm.coordinates.slice(1, -1)) {
      const has = (iso: string) => ring(iso).some((q) => q[0] === p[0] && q[1] === p[1]);
      expect(has('RU-A') || has('RU-B')).toBe(true);
      expect(has('UA-A') || has('UA-B')).toBe(true);
    }
  });

  it('moves inner boundaries to meet the new line and keeps the old border nowhere', () => {
    for (const iso of ['RU-A', 'RU-B', 'UA-A', 'UA-B']) {
      expect(ring(iso).some((q) => q[1] === 1)).toBe(false);
    }
    expect(ring('RU-B')).toContainEqual([1.2, 1.01]);
  });
});

describe('extractOsmBorder', () => {
  it('takes the stretch of the Ukraine outline along Russia, west end first', () => {
    const ukraine: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [2, 0],
          [2, 1],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    };
    const russia: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [-1, 1],
          [3, 1],
          [3, 2],
          [-1, 2],
          [-1, 1],
        ],
      ],
    };
    const line = extractOsmBorder(ukraine, russia, {
      type: 'LineString',
      coordinates: [
        [0.01, 1.01],
        [1.99, 1.01],
      ],
    });
    const far = {
      type: 'LineString' as const,
      coordinates: [
        [0.01, 5],
        [1.99, 5],
      ],
    };
    expect(() => extractOsmBorder(ukraine, russia, far)).toThrow(/km from the Natural Earth/);
    expect(line.coordinates).toEqual([
      [0, 1],
      [1, 1],
      [2, 1],
    ]);
  });
});

describe('determinism across processes', () => {
  it('gives byte-identical splice output in two separate processes', () => {
    const script = join(import.meta.dirname, '../fixtures/geo/splice/run.ts');
    const run = () => execFileSync('npx', ['tsx', script], { encoding: 'utf8', timeout: 60_000 });
    const a = run();
    const b = run();
    expect(a.length).toBeGreaterThan(100);
    expect(a).toBe(b);
    expect(a).toBe(stringifyJson(JSON.parse(a)));
  }, 60_000); // two tsx processes
});
