/**
 * Issue 11 in Node: formats told apart by content, each converter on its fixture (made by
 * tests/fixtures/user/formats/make.ts), and the safety rules: DOCTYPE/ENTITY refused before
 * parsing, zips bounded before and while inflating, projections that cannot be read named.
 */
import { describe, expect, it } from 'vitest';
import { coordinateColumns } from '../../src/user-files/formats/coordinate-columns.ts';
import { readAnyUserFile } from '../../src/user-files/formats/read-any-file.ts';
import { wktName } from '../../src/user-files/formats/shapefile.ts';
import { sniffBytes, sniffText } from '../../src/user-files/formats/sniff.ts';
import { rootElementName, xmlDeclarationProblem } from '../../src/user-files/formats/xml-safety.ts';
import { listZip } from '../../src/user-files/formats/zip.ts';
import * as make from '../fixtures/user/formats/make.ts';

const text = (s: string) => new TextEncoder().encode(s);
const MB = 1024 * 1024;
const read = (bytes: Uint8Array, name: string) => readAnyUserFile(bytes, name, new Set());

describe('sniffing by content', () => {
  it('knows zips, FlatGeobuf and a bare .shp by their magic bytes', async () => {
    const fx = await make.formatFixtures();
    expect(sniffBytes(fx['areas.kmz']!.bytes)).toBe('zip');
    expect(sniffBytes(fx['areas-shp.zip']!.bytes)).toBe('zip');
    expect(sniffBytes(fx['areas.fgb']!.bytes)).toBe('flatgeobuf');
    expect(sniffBytes(new Uint8Array([0, 0, 0x27, 0x0a, 0, 0]))).toBe('bare-shp');
    expect(sniffBytes(text('{"type":"FeatureCollection"}'))).toBe('text');
  });

  it('knows JSON, XML and tables by their first characters', () => {
    expect(sniffText('\uFEFF  {"type":"Topology"}')).toBe('json');
    expect(sniffText('null')).toBe('json');
    expect(sniffText('\n<?xml version="1.0"?><gpx/>')).toBe('xml');
    expect(sniffText('name;lat;lon\nA;51,2;35,3\n')).toBe('delimited');
    expect(sniffText('name\tlat\tlon\nA\t51.2\t35.3\n')).toBe('delimited');
    expect(sniffText('Notes, written on Monday')).toBe('unknown');
  });

  it('reads the root element past the declaration and comments', () => {
    expect(rootElementName('<?xml version="1.0"?>\n<!-- a --><kml:kml xmlns:kml="x">')).toBe('kml');
    expect(rootElementName('<gpx version="1.1">')).toBe('gpx');
  });

  it('judges a file by its content, not its name', async () => {
    const result = await read(text(make.kmlText()), 'areas.json');
    expect(result.ok && result.layer.format).toBe('KML');
  });
});

describe('each converter', async () => {
  const fx = await make.formatFixtures();
  it.each(Object.entries(fx))('reads %s', async (name, f) => {
    const result = await read(f.bytes, name);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.layer.format).toBe(f.format);
    expect(result.layer.featureCount).toBe(f.features);
    // Synthetic shapes around Sudzha: within a degree of it.
    const [w, s, e, n] = result.layer.bounds;
    expect(w).toBeGreaterThan(make.SUDZHA[0] - 1);
    expect(e).toBeLessThan(make.SUDZHA[0] + 1);
    expect(s).toBeGreaterThan(make.SUDZHA[1] - 1);
    expect(n).toBeLessThan(make.SUDZHA[1] + 1);
    expect(result.layer.placement).toBe('inside');
  });

  it('keeps KML styles as simplestyle properties, and TimeStamp/TimeSpan', async () => {
    const result = await read(fx['areas.kml']!.bytes, 'areas.kml');
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const [a, b] = result.layer.collection.features.map((f) => f.properties ?? {});
    expect(a).toMatchObject({
      name: 'Area A',
      stroke: '#ff0000',
      'stroke-width': 3,
      fill: '#00ff00',
    });
    expect(a?.['fill-opacity']).toBeCloseTo(0.5, 2);
    expect(a?.['timestamp']).toBe('2024-09-16');
    expect(b?.['timespan']).toEqual({ begin: '2024-08-06', end: '2024-09-16' });
  });

  it('makes CSV columns other than the coordinates text properties', async () => {
    const result = await read(fx['points.csv']!.bytes, 'points.csv');
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.layer.collection.features[0]?.properties).toEqual({
      name: 'Пункт 1',
      note: 'synthetic, row 1',
    });
  });

  it('finds coordinate columns by their names in three languages', () => {
    expect(coordinateColumns(['Name', 'LATITUDE', ' Longitude '])).toEqual({
      lat: 'LATITUDE',
      lon: ' Longitude ',
    });
    expect(coordinateColumns(['y', 'x'])).toEqual({ lat: 'y', lon: 'x' });
    expect(coordinateColumns(['Широта', 'Довгота'])).toEqual({ lat: 'Широта', lon: 'Довгота' });
    expect(coordinateColumns(['широта', 'долгота', 'lng'])).toEqual({
      lat: 'широта',
      lon: 'долгота',
    });
    expect(coordinateColumns(['name', 'value'])).toEqual({ lat: null, lon: null });
  });

  it('offers the swap for CSV points written latitude-for-longitude, and swaps them', async () => {
    const bytes = text(make.csvText({ swap: true }));
    const extent: [number, number, number, number] = [14, 38, 50, 63];
    const offered = await readAnyUserFile(bytes, 's.csv', new Set(), { extent });
    expect(offered.ok && offered.layer.placement).toBe('swapped');
    const swapped = await readAnyUserFile(bytes, 's.csv', new Set(), { extent, swapPoints: true });
    expect(swapped.ok && swapped.layer.placement).toBe('inside');
    const point = swapped.ok ? swapped.layer.collection.features[0]?.geometry : null;
    expect(point).toEqual({ type: 'Point', coordinates: make.near(-0.2, -0.2) });
  });

  it('splits a polygon written past 180° into a MultiPolygon at the antimeridian', async () => {
    const result = await read(text(make.antimeridianBox(false)), 'past.geojson');
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const g = result.layer.collection.features[0]?.geometry;
    expect(g?.type).toBe('MultiPolygon');
    const xs = g?.type === 'MultiPolygon' ? g.coordinates.flat(2).map((p) => p[0]) : [];
    expect(Math.max(...(xs as number[]))).toBe(180);
    expect(Math.min(...(xs as number[]))).toBe(-180);
    expect(result.layer.notices.join()).toContain('antimeridian');
  });
});

describe('safety', { timeout: 120_000 }, () => {
  it('refuses DOCTYPE and ENTITY declarations before parsing', async () => {
    expect(xmlDeclarationProblem('<kml/>')).toBeNull();
    expect(xmlDeclarationProblem('<!ENTITY x "y"><kml/>')).toContain('an ENTITY declaration');
    const result = await read(text(make.kmlWithEntity()), 'xxe.kml');
    expect(result.ok ? '' : result.errors[0]).toMatch(/^xxe\.kml: has a DOCTYPE declaration/);
  });

  it('keeps the hrefs of a NetworkLink, an Icon and a GroundOverlay as text and says so', async () => {
    const result = await read(text(make.kmlWithLinks()), 'links.kml');
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.layer.notices.join('\n')).toContain('1 NetworkLink element(s) not followed');
    const icons = result.layer.collection.features
      .map((f) => f.properties?.['icon'])
      .filter(Boolean);
    expect(icons).toContain('https://example.org/overlay.jpg');
  });

  it('refuses a zip bomb from its declared size, inflating nothing', async () => {
    const bomb = make.zipBomb(60 * MB);
    expect(listZip(bomb)).toEqual({
      error: 'is a zip whose uncompressed size 60 MB exceeds the 50 MB limit; not opened',
    });
  });

  it('stops a zip bomb whose directory lies at the inflation cap', async () => {
    const result = await read(make.lyingZipBomb(60 * MB), 'lying.kmz');
    expect(result.ok ? '' : result.errors[0]).toContain('inflate past the 50 MB limit');
  });

  it('refuses a zip of 10,000 entries naming the entry limit', async () => {
    const result = await read(make.manyEntries(10_000), 'many.zip');
    expect(result.ok ? '' : result.errors[0]).toBe(
      'many.zip: is a zip with more than 1,000 entries, the limit; not opened',
    );
  });

  it('names a .prj projection it cannot read', async () => {
    expect(wktName(make.UNKNOWN_PRJ)).toBe('Made-up Kursk Conic');
    const result = await read(await make.shapefileZip(make.UNKNOWN_PRJ), 'p.zip');
    expect(result.ok ? '' : result.errors[0]).toContain('(“Made-up Kursk Conic”)');
  });

  it('refuses a zip with neither KML nor a Shapefile, and a bare .shp', async () => {
    const other = await read(make.zip({ 'notes.txt': text('x') }), 'z.zip');
    expect(other.ok ? '' : other.errors[0]).toContain(
      'holding neither KML (a KMZ) nor a Shapefile',
    );
    const bare = await read(new Uint8Array([0, 0, 0x27, 0x0a, 0, 0, 0, 0]), 'a.shp');
    expect(bare.ok ? '' : bare.errors[0]).toContain('is a bare .shp');
  });

  it('refuses a CSV over the feature limit and one whose latitudes are past ±90°', async () => {
    const many = await read(text(make.csvText({ rows: 20_001 })), 'many.csv');
    expect(many.ok ? '' : many.errors[0]).toContain(
      'many.csv: has 20001 features, more than the limit 20000',
    );
    const out = await read(text(make.csvText({ swap: true, shift: 60 })), 'out.csv');
    expect(out.ok ? '' : out.errors[0]).toContain('look swapped');
  });

  it('refuses a KMZ line past 1,000,000 positions (the GPX of 1,000,001 points is over 10 MB)', async () => {
    const line = await read(make.longLineKmz(1_000_001), 'line.kmz');
    expect(line.ok ? '' : line.errors[0]).toBe(
      'line.kmz: has more than 1,000,000 positions, the limit',
    );
    const gpx = text(make.gpxText(1_000_001));
    const result = await read(gpx, 'million.gpx');
    expect(result.ok ? '' : result.errors[0]).toMatch(
      /^million\.gpx: is 3\d\.\d MB; the limit is 10 MB$/,
    );
  });
});
