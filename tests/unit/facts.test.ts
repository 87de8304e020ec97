import { distance, pointToLineDistance } from '@turf/turf';
import type { Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { computeFacts, distanceToLine } from '../../src/story/facts.ts';
import { story } from './story-data.ts';

const get = (id: string) => story.byId.get(id)!;
const fact = (id: string, label: string) =>
  computeFacts(get(id), story).find((f) => f.label === label);

describe('computed facts', () => {
  it("gives the Kursk region's area within 0.5% of the official 29,997 km²", () => {
    const area = fact('kursk-region', 'Area')!;
    expect(Math.abs(area.amount! - 29_997) / 29_997).toBeLessThan(0.005);
    expect(area.value).toMatch(/^30,0\d\d km²$/);
  });

  it("measures Sudzha's distance to the Kursk–Sumy border the incursion crossed", () => {
    const d = fact('sudzha', 'Distance to the Kursk–Sumy border')!;
    // Independent check: Turf on the first line of the border only can only be farther or equal.
    const border = get('kursk-sumy-border').geometry;
    const sudzha = get('sudzha').geometry as Point;
    const coords = border.type === 'LineString' ? border.coordinates : [];
    const direct = pointToLineDistance(sudzha, { type: 'LineString', coordinates: coords });
    expect(d.amount).toBeCloseTo(direct, 6);
    expect(d.amount!).toBeGreaterThan(8);
    expect(d.amount!).toBeLessThan(13);
  });

  it('gives great-circle distances from Kyiv and Moscow', () => {
    const fromKyiv = fact('sudzha', 'Distance from Kyiv')!;
    const expected = distance(get('sudzha').geometry as Point, get('kyiv').geometry as Point);
    expect(fromKyiv.amount).toBeCloseTo(expected, 9);
    // Kyiv to Sudzha is roughly 340 km as the crow flies.
    expect(fromKyiv.amount!).toBeGreaterThan(320);
    expect(fromKyiv.amount!).toBeLessThan(370);
    expect(fact('kyiv', 'Distance from Kyiv')).toBeUndefined();
    expect(fact('kyiv', 'Distance from Moscow')!.amount!).toBeGreaterThan(700);
  });

  it('says which region a town is in', () => {
    expect(fact('sudzha', 'Inside')?.value).toBe('Kursk Oblast');
    expect(fact('kyiv', 'Inside')).toBeUndefined();
    const uk = computeFacts(get('sudzha'), story, 'uk').find((f) => f.label === 'Inside');
    expect(uk?.value).toBe('Курська область');
  });

  it('measures border lengths', () => {
    const len = fact('ukraine-border', 'Length')!.amount!;
    expect(len).toBeGreaterThan(1_400);
    expect(len).toBeLessThan(2_400);
  });

  it('refuses to measure a distance to something that is not a line', () => {
    expect(() => distanceToLine(get('sudzha').geometry as Point, get('kyiv'))).toThrow(
      'kyiv is not a line',
    );
  });
});
