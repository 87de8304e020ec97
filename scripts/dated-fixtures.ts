/**
 * Writes the dated test layers (issue 11): three synthetic "control maps" of Aug. 10, Aug. 27 and
 * Sept. 15, 2024, squares around Sudzha as data/stories/kursk/features.geojson places it. They
 * are shapes made for tests, not anyone's control map. `npx tsx scripts/dated-fixtures.ts`
 * rewrites them; tests/unit/user-fixtures.test.ts fails when the committed files differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DATED_DIR = 'tests/fixtures/user/dated';

/** [name, date, west/south offset from Sudzha and size in degrees]. */
const STATES: [string, string, number, number, number][] = [
  ['aug-10', '2024-08-10', -0.15, -0.1, 0.3],
  ['aug-27', '2024-08-27', -0.25, -0.15, 0.5],
  ['sep-15', '2024-09-15', -0.2, -0.12, 0.4],
];

function sudzha(): [number, number] {
  const story = JSON.parse(readFileSync('data/stories/kursk/features.geojson', 'utf8')) as {
    features: { properties: { id: string }; geometry: { type: string; coordinates: unknown } }[];
  };
  const f = story.features.find((x) => x.properties.id === 'sudzha');
  if (f?.geometry.type !== 'Point') throw new Error('Sudzha is not a point in data/');
  return f.geometry.coordinates as [number, number];
}

const round = (n: number) => Math.round(n * 1e5) / 1e5;

/** File path -> text of every dated fixture. */
export function datedFixtures(): Record<string, string> {
  const [lng, lat] = sudzha();
  const out: Record<string, string> = {};
  for (const [name, date, dx, dy, size] of STATES) {
    const [x, y] = [round(lng + dx), round(lat + dy)];
    const [x2, y2] = [round(x + size), round(y + size)];
    const collection = {
      type: 'FeatureCollection',
      date,
      features: [
        {
          type: 'Feature',
          properties: { name: 'Test area', state: `synthetic, as of ${date}` },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [x, y],
                [x2, y],
                [x2, y2],
                [x, y2],
                [x, y],
              ],
            ],
          },
        },
      ],
    };
    out[`${DATED_DIR}/${name}.geojson`] = `${JSON.stringify(collection, null, 2)}\n`;
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [path, text] of Object.entries(datedFixtures())) {
    writeFileSync(path, text);
    console.log(`wrote ${path}`);
  }
}
