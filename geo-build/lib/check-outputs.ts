/**
 * Validate every output file with the app's validator (src/validate/validate.ts).
 */
import type { ValidationIssue } from '../../src/validate/validate.ts';
import { validateFeatureCollection, validateStory } from '../../src/validate/validate.ts';
import type { OutputFile } from './outputs.ts';
import { OUTPUT_FILES } from './outputs.ts';

/**
 * @param read returns the parsed JSON of an output (or throws when it is missing or not JSON).
 */
export function checkOutputs(read: (file: OutputFile) => unknown): ValidationIssue[] {
  const parsed = new Map<OutputFile, unknown>();
  const issues: ValidationIssue[] = [];
  for (const file of OUTPUT_FILES) {
    try {
      parsed.set(file, read(file));
    } catch (error) {
      issues.push({ file, feature: null, message: `cannot be read as JSON: ${String(error)}` });
    }
  }
  for (const file of OUTPUT_FILES) {
    if (file === 'data/stories/kursk/story.json' || !parsed.has(file)) continue;
    issues.push(
      ...validateFeatureCollection(parsed.get(file), file, {
        requireMeta: true,
        requireStoryProps: file === 'data/stories/kursk/features.geojson',
      }),
    );
  }
  if (
    parsed.has('data/stories/kursk/story.json') &&
    parsed.has('data/stories/kursk/features.geojson')
  ) {
    issues.push(
      ...validateStory(
        parsed.get('data/stories/kursk/story.json'),
        parsed.get('data/stories/kursk/features.geojson'),
        'data/stories/kursk/story.json',
        'data/stories/kursk/features.geojson',
      ),
    );
  }
  return issues;
}
