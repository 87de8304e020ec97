import { distance } from '@turf/distance';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import type { Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { computeFacts, distanceToLine } from '../../src/story/facts.ts';
import { story } from './story-data.ts';

const get = (id: string) => story.byId.get(id)!;
const fact = (id: string, label: string) =>
  computeFacts(get(id), story).find((f) => f.label === label);
const factIn = (lang: 'uk' | 'ru', id: string, key: string) =>
  computeFacts(get(id), story, lang).find((f) => f.key === key);

describe('computed facts', () => {
  // 29,661 km² on the OSM border with Natural Earth inner edges (geo-build/README.md): -1.1%.
  it("gives the Kursk region's area within 1.5% of the official 29,997 km², rounded, with its basis", () => {
    const area = fact('kursk-region', 'Area')!;
    expect(Math.abs(area.amount! - 29_997) / 29_997).toBeLessThan(0.015);
    expect(area.value).toBe('about 29,700 km² (Natural Earth 1:10m outline, ± 1%)');
  });

  it("measures Sudzha's distance to the Kursk–Sumy border the incursion crossed", () => {
    const d = fact('sudzha', 'Distance to the Kursk–Sumy border')!;
    // Independent check: Turf on the first line of the border only can only be farther or equal.
    const border = get('kursk-sumy-border').geometry;
    const sudzha = get('sudzha').geometry as Point;
    const coords = border.type === 'LineString' ? border.coordinates : [];
    const direct = pointToLineDistance(sudzha, { type: 'LineString', coordinates: coords });
    expect(d.amount).toBeCloseTo(direct, 6);
    expect(d.amount!).toBeGreaterThan(8.5);
    expect(d.amount!).toBeLessThan(9.3);
    expect(d.value).toBe(
      `${d.amount!.toFixed(1)} km (± 0.1 km, OpenStreetMap border, 10 m resolution; GeoNames town centre)`,
    );
  });

  it('gives great-circle distances from Kyiv and Moscow', () => {
    const fromKyiv = fact('sudzha', 'Distance from Kyiv')!;
    const expected = distance(get('sudzha').geometry as Point, get('kyiv').geometry as Point);
    expect(fromKyiv.amount).toBeCloseTo(expected, 9);
    // Kyiv to Sudzha is roughly 340 km as the crow flies.
    expect(fromKyiv.amount!).toBeGreaterThan(320);
    expect(fromKyiv.amount!).toBeLessThan(370);
    expect(fromKyiv.value).toMatch(
      /^about \d{3}5? km \(between GeoNames town centres\)$|^about \d{2}[05] km/,
    );
    expect(fact('kyiv', 'Distance from Kyiv')).toBeUndefined();
    expect(fact('kyiv', 'Distance from Moscow')!.amount!).toBeGreaterThan(700);
  });

  it('says which region a town is in', () => {
    expect(fact('sudzha', 'Inside')?.value).toBe('Kursk Oblast');
    expect(fact('kyiv', 'Inside')).toBeUndefined();
    const uk = factIn('uk', 'sudzha', 'inside');
    expect(uk?.value).toBe('Курська область');
    expect(uk?.label).toBe('У межах');
  });

  it("says the facts in the reader's language, numbers written its way", () => {
    const area = factIn('uk', 'kursk-region', 'area')!;
    expect(area.value).toMatch(/^близько 29\s700 km² \(контур Natural Earth 1:10m, ± 1%\)$/);
    const d = factIn('ru', 'sudzha', 'distanceTo')!;
    expect(d.label).toBe('Расстояние до: Курская область – Сумская область');
    expect(d.value).toMatch(
      /^\d,\d km \(± 0,1 km, граница OpenStreetMap, разрешение 10 м; центр города по GeoNames\)$/,
    );
  });

  it('measures border lengths on the OSM line, rounded to 10 km and named by their data', () => {
    const len = fact('ukraine-border', 'Length')!;
    expect(len.amount!).toBeGreaterThan(1_900);
    expect(len.amount!).toBeLessThan(2_100);
    expect(len.value).toBe(
      `about ${(Math.round(len.amount! / 10) * 10).toLocaleString('en-US')} km (OpenStreetMap border, 10 m resolution)`,
    );
    // No computed figure more precise than its data: no decimals, always "about".
    for (const f of [...story.byId.values()].flatMap((p) => computeFacts(p, story))) {
      if (f.amount === undefined) continue;
      expect(f.value).toMatch(/^about |± 0\.1 km/);
    }
  });

  it('refuses to measure a distance to something that is not a line', () => {
    expect(() => distanceToLine(get('sudzha').geometry as Point, get('kyiv'))).toThrow(
      'kyiv is not a line',
    );
  });
});
