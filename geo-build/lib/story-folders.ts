/**
 * Reading what editors write: `stories/<id>/` folders and `basemaps/<id>.json`, checked with zod
 * schemas so a mistake is reported with its file and the path inside it, before any dataset is
 * loaded.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LANGS } from '../../src/types.ts';
import { BASEMAP_FILES, basemapFile, STORY_FILES, STORY_INDEX, storyFile } from './outputs.ts';
import type { BasemapSpec, PlacesFile, StorySource } from './story-spec.ts';

/** A problem in an editor's file, with the file named. */
export class StoryFolderError extends Error {
  override name = 'StoryFolderError';
}

const text = z.string().min(1);
/** One string per interface language (`LANGS`). */
const localText = z.object({ en: text, uk: text, ru: text }).strict();
void (LANGS satisfies readonly (keyof z.infer<typeof localText>)[]);
const kind = z.enum(['region', 'town', 'border', 'capital', 'claimed-territory']);
const swatch = z.enum(['fill', 'outline', 'line', 'point', 'hatch', 'capital', 'dash', 'claim']);
const excerpt = z.object({ text: z.string().min(1), paragraph: z.number().int().min(1) }).strict();
const storyId = z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, {
  message: 'use lower-case letters, digits and hyphens (at most 64)',
});

const storySchema = z
  .object({
    id: storyId,
    testFixture: z.boolean().optional(),
    draft: z.boolean().optional(),
    article: z
      .object({
        file: z.string().regex(/^[\w.-]+$/, { message: 'a file name inside the story folder' }),
        sharedSource: z.string().optional(),
        publisher: z.string().min(1),
      })
      .strict(),
    basemap: storyId,
    view: z
      .object({
        home: z.object({ places: z.array(z.string()).min(1), label: localText }).strict(),
      })
      .strict(),
    groups: z
      .array(
        z
          .object({
            id: storyId,
            symbol: z.enum(['region', 'border', 'town', 'capital', 'claimed']),
            label: localText,
            description: localText,
            keys: z.array(z.object({ swatch, text: localText }).strict()).optional(),
            kindLabel: localText.optional(),
            note: localText.optional(),
          })
          .strict(),
      )
      .min(1),
    facts: z
      .object({
        distanceToLine: z.array(
          z.object({ kinds: z.array(kind).optional(), line: z.string() }).strict(),
        ),
        distanceFrom: z.array(z.string()),
      })
      .strict(),
    timeline: z
      .array(
        z
          .object({
            date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
            text: z.string().min(1),
            paragraph: z.number().int().min(1),
            approximate: z.boolean().optional(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict() satisfies z.ZodType<StorySource>;

const regionCode = z.string().regex(/^[A-Z]{2}-(?:[A-Z0-9]{1,3}|\*)$/, {
  message: 'an ISO 3166-2 code such as "RU-KRS", or "UA-*" for every region of a country',
});
const from = z.union([
  z.object({ admin1: z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/) }).strict(),
  z.object({ geonames: z.number().int().positive() }).strict(),
  z
    .object({
      border: z
        .object({
          between: z.tuple([z.array(regionCode).min(1), z.array(regionCode).min(1)]),
          except: z.array(regionCode).optional(),
        })
        .strict(),
    })
    .strict(),
]);

const placesSchema = z
  .object({
    places: z.record(
      storyId,
      z
        .object({
          kind,
          group: z.string(),
          name: z.string().min(1).optional(),
          from,
          emphasis: z.literal('highlight').optional(),
          status: z.enum(['occupied', 'claimed']).optional(),
          claimed_since: z.number().int().optional(),
          kindLabel: localText.optional(),
          note: localText.optional(),
          aliases: z.array(z.string().min(1)),
          mentions: z.array(excerpt),
          excerpts: z.array(excerpt),
        })
        .strict(),
    ),
  })
  .strict() satisfies z.ZodType<PlacesFile>;

const bbox = z.tuple([z.number(), z.number(), z.number(), z.number()]);
const basemapSchema = z
  .object({
    id: storyId,
    title: z.string(),
    adminBox: bbox,
    extent: bbox,
    maxBounds: z.tuple([z.tuple([z.number(), z.number()]), z.tuple([z.number(), z.number()])]),
    regionCountries: z.array(z.string().length(2)),
    osmBorder: z.tuple([z.string().length(3), z.string().length(3)]),
    osmBorderName: text,
    towns: z
      .object({
        focusGeonamesId: z.number().int().positive(),
        nearKm: z.number().positive(),
        keepAdmin: z.array(z.string()),
        bands: z.array(z.tuple([z.number().positive().nullable(), z.number().nonnegative()])),
        namedAdmin: z.array(z.string()),
        extraPlacesAdmin: z.array(z.string()),
      })
      .strict(),
    legend: z.object({ countries: localText, towns: localText }).strict(),
  })
  .strict() satisfies z.ZodType<BasemapSpec>;

/** `places.sudzha.from: …` for each problem zod found. */
function problemsOf(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`);
}

function readChecked<T>(path: string, shown: string, schema: z.ZodType<T>): T {
  if (!existsSync(path)) throw new StoryFolderError(`${shown}: is missing`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new StoryFolderError(`${shown}: is not valid JSON (${(e as Error).message})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new StoryFolderError(
      problemsOf(parsed.error)
        .map((p) => `${shown}: ${p}`)
        .join('\n'),
    );
  }
  return parsed.data;
}

/** Story folders under `stories/` (those with a `story.json`), sorted. */
export function listStories(root: string): string[] {
  const dir = join(root, 'stories');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'story.json')))
    .map((d) => d.name)
    .sort();
}

export interface StoryFolder {
  source: StorySource;
  places: PlacesFile;
  articleText: string;
}

/** Whether a story folder is a draft (`"draft": true`, as `npm run story:new` leaves it). */
export function isDraft(root: string, id: string): boolean {
  try {
    const json = JSON.parse(
      readFileSync(join(root, 'stories', id, 'story.json'), 'utf8'),
    ) as unknown;
    return (json as { draft?: unknown } | null)?.draft === true;
  } catch {
    return false;
  }
}

/**
 * A story folder, checked: its settings and places against their schemas, its id against its
 * folder name, its article present (and identical to `sharedSources/<sharedSource>` if present).
 */
export function readStoryFolder(root: string, id: string, sharedSources?: string): StoryFolder {
  const dir = join(root, 'stories', id);
  const source = readChecked(join(dir, 'story.json'), `stories/${id}/story.json`, storySchema);
  if (source.id !== id) {
    throw new StoryFolderError(`stories/${id}/story.json: id "${source.id}" is not its folder's`);
  }
  const places = readChecked(join(dir, 'places.json'), `stories/${id}/places.json`, placesSchema);
  const article = join(dir, source.article.file);
  if (!existsSync(article)) {
    throw new StoryFolderError(`stories/${id}/${source.article.file}: the article is missing`);
  }
  const articleText = readFileSync(article, 'utf8');
  if (sharedSources && source.article.sharedSource) {
    const shared = join(sharedSources, source.article.sharedSource);
    if (existsSync(shared) && readFileSync(shared, 'utf8') !== articleText) {
      throw new StoryFolderError(
        `stories/${id}/${source.article.file}: differs from ${shared}; copy the new source in first`,
      );
    }
  }
  return { source, places, articleText };
}

/** `basemaps/<id>.json`, checked. */
export function readBasemap(root: string, id: string): BasemapSpec {
  const spec = readChecked(
    join(root, 'basemaps', `${id}.json`),
    `basemaps/${id}.json`,
    basemapSchema,
  );
  if (spec.id !== id)
    throw new StoryFolderError(`basemaps/${id}.json: id "${spec.id}" is not ${id}`);
  return spec;
}

/** The output files in `data/` that exist now (for `npm run geo:check` and the tests). */
export function committedOutputs(root: string): string[] {
  const dirs = (under: string) =>
    existsSync(join(root, under))
      ? readdirSync(join(root, under), { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => d.name)
          .sort()
      : [];
  const files = [
    ...dirs('data/basemaps').flatMap((b) => BASEMAP_FILES.map((f) => basemapFile(b, f))),
    ...dirs('data/stories').flatMap((s) => STORY_FILES.map((f) => storyFile(s, f))),
  ];
  return [...files.filter((f) => existsSync(join(root, f))), STORY_INDEX].filter((f) =>
    existsSync(join(root, f)),
  );
}
