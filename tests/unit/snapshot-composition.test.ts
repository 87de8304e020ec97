import { describe, expect, it } from 'vitest';
import { project, type MapView } from '../../src/export/core/projection.ts';
import {
  calloutFor,
  exportCredit,
  insetScene,
  legendEntries,
} from '../../src/export/browser/composition-input.ts';
import { previewOptions, defaultOptions } from '../../src/export/browser/options.ts';
import { story, storyFeatures } from './story-data.ts';

const groups = story.file.groups;
const allVisible = Object.fromEntries(groups.map((g) => [g.id, true]));
const view: MapView = { center: [35.3, 51.2], zoom: 8, width: 1200, height: 675 };

describe('export composition inputs', () => {
  it('lists only the visible story layers in the legend', () => {
    expect(legendEntries(story, 'en', allVisible).map((e) => e.label)).toEqual(
      groups.map((g) => g.label.en),
    );
    const some = { ...allVisible, claimed: false, capitals: false };
    expect(legendEntries(story, 'en', some).map((e) => e.swatch)).toEqual([
      'fill',
      'line',
      'point',
    ]);
    // In the export's language, as the map and the legend beside it.
    expect(legendEntries(story, 'uk', allVisible).map((e) => e.label)).toEqual(
      groups.map((g) => g.label.uk),
    );
  });

  it("places the callout at the selected place's projected position, scaled to output pixels", () => {
    const callout = calloutFor(story, 'sudzha', view, 2, 'en')!;
    const [x, y] = project([35.2726, 51.1976], view);
    expect(callout.x).toBeCloseTo(x * 2, 6);
    expect(callout.y).toBeCloseTo(y * 2, 6);
    expect(callout.label).toBe('Sudzha');
    expect(calloutFor(story, 'sudzha', view, 1, 'uk')!.label).toBe('Суджа');
  });

  it('has no callout for a place outside the frame, or no selection', () => {
    expect(calloutFor(story, 'moscow', view, 1, 'en')).toBeUndefined();
    expect(calloutFor(story, null, view, 1, 'en')).toBeUndefined();
  });

  it('draws the export frame on the inset locator map', () => {
    const data = {
      story: storyFeatures,
      countries: null,
      regions: null,
      towns: null,
      regionLabels: null,
    };
    const inset = insetScene(data, story, view);
    const frame = inset.items.find((i) => i.type === 'group' && i.id === 'layer-frame');
    expect(frame).toBeDefined();
    expect(inset.width).toBe(320);
  });

  it('credits the article, Natural Earth, GeoNames and MapLibre', () => {
    const credit = exportCredit(story);
    for (const part of [
      'The Moscow Times',
      'Natural Earth',
      'GeoNames',
      'MapLibre',
      'https://www.themoscowtimes.com/',
    ]) {
      expect(credit).toContain(part);
    }
  });
});

describe('export preview', () => {
  it('shrinks the frame but keeps its CSS size, so it shows the same area', () => {
    const opts = defaultOptions('T', false);
    const small = previewOptions(opts, { width: 3508, height: 2480, dpi: 300 }, 480);
    expect(small.custom).toEqual({ width: 480, height: 339 });
    // CSS width = px / (dpi / 96) stays 1122.6 px, as in the full export.
    expect(480 / (small.dpi! / 96)).toBeCloseTo(3508 / (300 / 96), 6);
  });
});
