/**
 * The build's small pure transforms (geo-build/lib), one behaviour per test, on synthetic input.
 */
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { countryOfIso, displayName } from '../../geo-build/lib/admin1.ts';
import { parseArticle, parseLongDate, stripLinks } from '../../geo-build/lib/article.ts';
import { chainLines, isUkraineRussiaPair } from '../../geo-build/lib/borders.ts';
import { cleanGeometry, ringSignedArea2, roundTo } from '../../geo-build/lib/geometry.ts';
import { stringifyFeatureCollection } from '../../geo-build/lib/serialize.ts';
import { douglasPeucker } from '../../geo-build/lib/simplify.ts';
import { agencyOf, buildStory, shortDate, StoryBuildError } from '../../geo-build/lib/story.ts';
import type { City } from '../../geo-build/lib/towns.ts';
import { keepTown, selectTowns, townRank } from '../../geo-build/lib/towns.ts';
import { cyrillicLanguage, namesFromAlternates } from '../../geo-build/lib/names.ts';

describe('geometry clean-up', () => {
  it('rounds to fixed decimals without negative zero', () => {
    expect(roundTo(35.272649, 4)).toBe(35.2726);
    expect(Object.is(roundTo(-0.000001, 3), 0)).toBe(true);
  });

  it('winds exteriors counterclockwise and holes clockwise (RFC 7946 §3.1.6)', () => {
    const cw: Position[] = [
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 0],
      [0, 0],
    ];
    const g = cleanGeometry({ type: 'Polygon', coordinates: [cw, cw] }, 5);
    expect(g?.type).toBe('Polygon');
    const rings = (g as { coordinates: Position[][] }).coordinates;
    expect(ringSignedArea2(rings[0]!)).toBeGreaterThan(0);
    expect(ringSignedArea2(rings[1]!)).toBeLessThan(0);
  });

  it('drops rings that collapse when rounded', () => {
    const tiny: Position[] = [
      [0, 0],
      [0.00001, 0],
      [0.00001, 0.00001],
      [0, 0],
    ];
    expect(cleanGeometry({ type: 'Polygon', coordinates: [tiny] }, 3)).toBeNull();
  });

  it('removes repeated positions from lines', () => {
    const g = cleanGeometry(
      {
        type: 'LineString',
        coordinates: [
          [1, 1],
          [1.00001, 1],
          [2, 2],
        ],
      },
      3,
    );
    expect(g).toEqual({
      type: 'LineString',
      coordinates: [
        [1, 1],
        [2, 2],
      ],
    });
  });
});

describe('douglasPeucker', () => {
  it('drops points within the tolerance and keeps both ends', () => {
    expect(
      douglasPeucker(
        [
          [0, 0],
          [1, 0.001],
          [2, 0],
        ],
        0.01,
      ),
    ).toEqual([
      [0, 0],
      [2, 0],
    ]);
  });

  it('keeps points beyond the tolerance', () => {
    const line: Position[] = [
      [0, 0],
      [1, 1],
      [2, 0],
    ];
    expect(douglasPeucker(line, 0.5)).toEqual(line);
  });

  it('keeps a closed ring closed', () => {
    const ring: Position[] = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    const out = douglasPeucker(ring, 0.1);
    expect(out[0]).toEqual(out[out.length - 1]);
  });
});

describe('borders', () => {
  it('classifies Ukraine and Russia by ISO prefix and leaves Crimea and Sevastopol out', () => {
    expect(isUkraineRussiaPair('UA-59', 'RU-KRS')).toBe(true);
    expect(isUkraineRussiaPair('RU-BEL', 'UA-63')).toBe(true);
    expect(isUkraineRussiaPair('UA-43', 'RU-KDA')).toBe(false);
    expect(isUkraineRussiaPair('UA-40', 'RU-KDA')).toBe(false);
    expect(isUkraineRussiaPair('UA-43', 'UA-65')).toBe(false);
    expect(isUkraineRussiaPair('BY-HO', 'RU-BRY')).toBe(false);
  });

  it('chains pieces that meet end to end, whatever their direction', () => {
    const pieces: Position[][] = [
      [
        [1, 0],
        [2, 0],
      ],
      [
        [3, 0],
        [2, 0],
      ],
      [
        [0, 0],
        [1, 0],
      ],
    ];
    expect(chainLines(pieces)).toEqual([
      [
        [0, 0],
        [1, 0],
        [2, 0],
        [3, 0],
      ],
    ]);
  });

  it('keeps pieces that do not meet apart', () => {
    const pieces: Position[][] = [
      [
        [0, 0],
        [1, 0],
      ],
      [
        [5, 5],
        [6, 6],
      ],
    ];
    expect(chainLines(pieces)).toHaveLength(2);
  });
});

describe('admin-1 names', () => {
  it('adds "Oblast" to oblasts only', () => {
    const oblast = { name_en: 'Kursk', type: 'Oblast', type_en: 'Region', iso_a2: 'RU' };
    expect(displayName(oblast)).toBe('Kursk Oblast');
    const crimea = {
      name_en: 'Autonomous Republic of Crimea',
      type: 'Oblast',
      type_en: 'Autonomous Republic',
      iso_a2: 'RU',
    };
    expect(displayName(crimea)).toBe('Autonomous Republic of Crimea');
  });

  it('reads the country from the ISO code, not from adm0_a3', () => {
    expect(countryOfIso('UA-43')).toBe('UA');
    expect(countryOfIso('-99-X16~')).toBeNull();
  });
});

describe('article parsing', () => {
  it('parses long dates', () => {
    expect(parseLongDate('September 16, 2024')).toBe('2024-09-16');
    expect(parseLongDate('Smarch 1, 2024')).toBeNull();
  });

  it('strips Markdown links', () => {
    expect(stripLinks('Ministry [said](#) last week')).toBe('Ministry said last week');
  });

  it('rejects text that is not an article', () => {
    expect(() => parseArticle('no title here')).toThrow(/title/);
  });

  it('formats dates and agencies for the credit line', () => {
    expect(shortDate('2024-09-16')).toBe('16 Sep 2024');
    expect(agencyOf('AFP contributed reporting.')).toBe('AFP');
  });

  /** A one-place story on a made-up article, changed by `over` for each refusal. */
  const T = { en: 'X', uk: 'Х', ru: 'Х' };
  const TEXT =
    '# T\n\nMay 1, 2024\n\nCaption. **Photo**\n\nBody text.\n\nOriginal url:\n\n<https://x.y/z>\n';
  const CONTEXT = {
    basemap: {
      id: 'b',
      maxBounds: [
        [0, 0],
        [1, 1],
      ] as [[number, number], [number, number]],
      legend: { countries: T, towns: T },
      osmBorder: 'B',
      accuracy: 'A',
    },
    credits: { boundaries: 'b', places: 'p' },
  };
  function buildWith(over: {
    home?: string[];
    lines?: { line: string }[];
    group?: string;
    excerpt?: string;
  }) {
    const source = {
      id: 's',
      article: { file: 'a.txt', publisher: 'P' },
      basemap: 'b',
      view: { home: { places: over.home ?? ['x'], label: T } },
      groups: [{ id: 'g', symbol: 'town' as const, label: T, description: T }],
      facts: { distanceToLine: over.lines ?? [], distanceFrom: [] },
    };
    const places = {
      places: {
        x: {
          kind: 'town' as const,
          group: over.group ?? 'g',
          from: { geonames: 1 },
          aliases: ['Body'],
          mentions: [],
          excerpts: [{ text: over.excerpt ?? 'Body text.', paragraph: 2 }],
        },
      },
    };
    return () => buildStory(TEXT, source, places, CONTEXT);
  }

  it('refuses excerpts that are not verbatim', () => {
    expect(buildWith({})).not.toThrow();
    const build = buildWith({ excerpt: 'Body  text' });
    expect(build).toThrow(StoryBuildError);
    expect(build).toThrow('feature "x": excerpt 1 is not found verbatim in paragraph 2');
  });

  it('refuses settings that name places the story does not have', () => {
    const build = buildWith({ home: ['nowhere'], lines: [{ line: 'no-line' }], group: 'other' });
    expect(build).toThrow('view.home.places names "nowhere", which is not a place of the story');
    expect(build).toThrow('facts.distanceToLine[0] names "no-line"');
    expect(build).toThrow('place "x": group "other" is not in groups');
  });
});

describe('towns', () => {
  const city = (over: Partial<City>): City => ({
    cityId: 1,
    name: 'X',
    altName: '',
    country: 'RU',
    featureCode: 'PPL',
    adminCode: '41',
    population: 1500,
    loc: { type: 'Point', coordinates: [35.3, 51.2] },
    ...over,
  });
  const rules = {
    extent: [20, 43.5, 43, 58.5] as [number, number, number, number],
    focus: [35.27, 51.2],
    nearKm: 100,
    keepAdmin: ['RU.41'],
    bands: [[Infinity, 100_000]] as [number, number][],
  };

  it('ranks by population, capitals first, regional capitals at least second', () => {
    expect(townRank(6940, false)).toBe(6);
    expect(townRank(409_431, false)).toBe(2);
    expect(townRank(50_000, true)).toBe(1);
    expect(townRank(294_456, false, true)).toBe(2);
    expect(townRank(1_430_885, false, true)).toBe(1);
  });

  it('flags regional capitals (GeoNames PPLA) and capitals (PPLC), and ranks them', () => {
    const towns = selectTowns(
      [
        city({ cityId: 1, name: 'Seat', featureCode: 'PPLA', population: 150_000 }),
        city({ cityId: 2, name: 'Capital', featureCode: 'PPLC', population: 150_000 }),
        city({ cityId: 3, name: 'District seat', featureCode: 'PPLA2', population: 150_000 }),
      ],
      rules,
      new Map(),
      4,
    );
    const byName = new Map(towns.map((t) => [t.properties.name, t.properties]));
    expect(byName.get('Seat')).toMatchObject({ regional_capital: true, rank: 2 });
    expect(byName.get('Capital')).toMatchObject({ capital: true, rank: 1 });
    expect(byName.get('Capital')).not.toHaveProperty('regional_capital');
    expect(byName.get('District seat')).not.toHaveProperty('regional_capital');
    expect(byName.get('District seat')!.rank).toBe(3);
  });

  it('keeps small places in Kursk Oblast and drops small ones far away', () => {
    expect(keepTown(city({ loc: { type: 'Point', coordinates: [38, 53] } }), rules)).toBe(true);
    const far = city({ adminCode: '01', loc: { type: 'Point', coordinates: [24, 56] } });
    expect(keepTown(far, rules)).toBe(false);
  });

  it('leaves out city sections and places outside the extent', () => {
    expect(keepTown(city({ featureCode: 'PPLX' }), rules)).toBe(false);
    expect(keepTown(city({ loc: { type: 'Point', coordinates: [50, 51] } }), rules)).toBe(false);
  });
});

describe('names: the language rule', () => {
  it('takes і ї є ґ as proof of Ukrainian and ы э ъ ё as proof of Russian', () => {
    expect(cyrillicLanguage('Глухів')).toBe('uk');
    expect(cyrillicLanguage('Київ')).toBe('uk');
    expect(cyrillicLanguage('Єланець')).toBe('uk');
    expect(cyrillicLanguage('Ґрунь')).toBe('uk');
    expect(cyrillicLanguage('Сумы')).toBe('ru');
    expect(cyrillicLanguage('Тёткино')).toBe('ru');
    expect(cyrillicLanguage('Подъячево')).toBe('ru');
    expect(cyrillicLanguage('Элиста')).toBe('ru');
  });

  it('takes letters both languages write (а, и, й, щ…) as proof of neither', () => {
    expect(cyrillicLanguage('Суджа')).toBe('either');
    expect(cyrillicLanguage('Суми')).toBe('either');
    expect(cyrillicLanguage('Щигры')).toBe('ru');
    expect(cyrillicLanguage('Щигри')).toBe('either');
    expect(cyrillicLanguage('Сёмі')).toBe('mixed');
  });

  it('assigns each language the form its letters prove', () => {
    const n = namesFromAlternates(['Glukhov', 'Глухов', 'Глухів', 'Глуховъ'], 'test');
    expect(n).toMatchObject({ uk: 'Глухів', ru: 'Глуховъ' });
    expect(n?.source).toBe('test: uk and ru proven by their letters');
  });

  it('uses one form for both only when it is the only form without a telling letter', () => {
    const n = namesFromAlternates(['Sudzha', 'Sudzja', 'Суджа'], 'test');
    expect(n).toMatchObject({ uk: 'Суджа', ru: 'Суджа' });
    expect(n?.source).toMatch(/one Cyrillic form with no letter particular to either language/);
    const sumy = namesFromAlternates(['Sumy', 'Суми', 'Сумы'], 'test');
    expect(sumy).toMatchObject({ uk: 'Суми', ru: 'Сумы' });
    expect(sumy?.source).toMatch(/^test: ru proven by its letters, the other/);
  });

  it('says so when a language stays unproven, and gives nothing without Cyrillic', () => {
    const two = namesFromAlternates(['Курск', 'Курськ'], 'test');
    expect(two).toMatchObject({ uk: 'Курск', ru: 'Курск' });
    expect(two?.source).toMatch(/2 Cyrillic forms and none proves a language/);
    expect(namesFromAlternates(['Kursk', 'クルスク'], 'test')).toBeNull();
    expect(namesFromAlternates(['Сёмі'], 'test')).toBeNull();
  });
});

describe('serialisation', () => {
  it('writes one feature per line after the collection members', () => {
    const text = stringifyFeatureCollection({
      type: 'FeatureCollection',
      features: [{ a: 1 }, { b: 2 }],
    });
    expect(text).toBe('{"type":"FeatureCollection","features":[\n{"a":1},\n{"b":2}\n]}\n');
    expect(JSON.parse(text)).toEqual({ type: 'FeatureCollection', features: [{ a: 1 }, { b: 2 }] });
  });
});
