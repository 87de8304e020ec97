/**
 * Validate every output file with the app's validator (src/validate/validate.ts): each GeoJSON
 * layer with its provenance, each story's features with the story properties, and each story
 * file against its features.
 */
import type { ValidationIssue } from '../../src/validate/validate.ts';
import { validateFeatureCollection, validateStory } from '../../src/validate/validate.ts';

/**
 * @param files the output paths (`data/...`).
 * @param read returns the parsed JSON of an output (or throws when it is missing or not JSON).
 */
export function checkOutputs(
  files: readonly string[],
  read: (file: string) => unknown,
): ValidationIssue[] {
  const parsed = new Map<string, unknown>();
  const issues: ValidationIssue[] = [];
  for (const file of files) {
    try {
      parsed.set(file, read(file));
    } catch (error) {
      issues.push({ file, feature: null, message: `cannot be read as JSON: ${String(error)}` });
    }
  }
  for (const file of files) {
    if (!file.endsWith('.geojson') || !parsed.has(file)) continue;
    issues.push(
      ...validateFeatureCollection(parsed.get(file), file, {
        requireMeta: true,
        requireStoryProps: file.startsWith('data/stories/'),
      }),
    );
  }
  for (const file of files) {
    if (!file.startsWith('data/stories/') || !file.endsWith('/story.json')) continue;
    const features = file.replace(/story\.json$/, 'features.geojson');
    if (!parsed.has(file) || !parsed.has(features)) continue;
    issues.push(...validateStory(parsed.get(file), parsed.get(features), file, features));
  }
  return issues;
}
