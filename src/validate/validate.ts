/**
 * GeoJSON validation for the app's data files and for user-dropped files (hostile input): RFC 7946
 * structure and geometry, unique ids, story properties, layer metadata. Pure TypeScript with no
 * Node imports. Never throws: every problem comes back as a ValidationIssue.
 */
import { checkGeometry } from './geometry-checks.ts';
import type { GeometryBudget } from './geometry-checks.ts';
import { IssueList } from './issues.ts';
import type { ValidationIssue } from './issues.ts';
import { describe, hasOwn, isRecord, own } from './json-guards.ts';
import { checkLayerMeta, checkStoryProperties } from './property-checks.ts';

export { formatIssue, GeoValidationError, assertNoIssues } from './issues.ts';
export type { ValidationIssue } from './issues.ts';
export { validateStory } from './validate-story.ts';

export interface FeatureCollectionOptions {
  /** Check StoryFeatureProperties on every feature (data/stories/<id>/features.geojson). */
  requireStoryProps?: boolean;
  /** Require the collection-level `meta` (LayerMeta) foreign member. */
  requireMeta?: boolean;
  /** Reject collections with more features than this. Default 100,000. */
  maxFeatures?: number;
  /** Stop checking after this many positions. Default 5,000,000. */
  maxPositions?: number;
  /**
   * Self-intersection comparisons allowed for the whole file (hostile input: user-dropped files).
   * Unlimited by default; each polygon is capped at 50,000,000 either way.
   */
  maxIntersectionWork?: number;
  /** Allow `"geometry": null` (RFC 7946 does; the map layers do not). Default false. */
  allowNullGeometry?: boolean;
  /** Look for self-intersecting rings, the costliest check. Default true. */
  selfIntersections?: boolean;
}

/** The id a message should name: `id`, else `properties.id`, else null. */
export function featureLabel(feature: unknown): string | null {
  if (!isRecord(feature)) return null;
  const id = own(feature, 'id');
  if (typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id))) return String(id);
  const props = own(feature, 'properties');
  const pid = isRecord(props) ? own(props, 'id') : undefined;
  return typeof pid === 'string' ? pid : null;
}

function checkFeature(
  feature: unknown,
  index: number,
  issues: IssueList,
  seen: Map<string, number>,
  options: FeatureCollectionOptions,
  budget: GeometryBudget,
): void {
  const label = featureLabel(feature);
  const who = label ?? index;
  const report = (message: string) => issues.add(who, message);
  if (!isRecord(feature)) {
    report(`is not a Feature object (got ${describe(feature)})`);
    return;
  }
  if (own(feature, 'type') !== 'Feature') {
    report(`type must be "Feature" (got ${describe(own(feature, 'type'))})`);
  }
  const id = own(feature, 'id');
  if (id !== undefined && typeof id !== 'string' && !(typeof id === 'number' && isFinite(id))) {
    report(`id must be a string or a number (got ${describe(id)})`);
  }
  const props = own(feature, 'properties');
  const pid = isRecord(props) ? own(props, 'id') : undefined;
  if (typeof id === 'string' && typeof pid === 'string' && id !== pid) {
    report(`id "${id}" differs from properties.id "${pid}"`);
  }
  if (label !== null) {
    const first = seen.get(label);
    if (first !== undefined) report(`duplicate id "${label}" (also feature #${first})`);
    else seen.set(label, index);
  }
  if (!hasOwn(feature, 'properties')) report('has no "properties" member');
  else if (props !== null && !isRecord(props)) {
    report(`properties must be an object or null (got ${describe(props)})`);
  }
  if (options.requireStoryProps) checkStoryProperties(props, report);
  const geometry = own(feature, 'geometry');
  if (!hasOwn(feature, 'geometry')) report('has no "geometry" member');
  else if (geometry === null) {
    if (!options.allowNullGeometry) report('geometry is null');
  } else checkGeometry(geometry, 'geometry', report, budget);
}

/**
 * Validate a parsed GeoJSON FeatureCollection.
 * @example validateFeatureCollection(JSON.parse(text), 'dropped.geojson').map(formatIssue)
 */
export function validateFeatureCollection(
  data: unknown,
  file: string,
  options: FeatureCollectionOptions = {},
): ValidationIssue[] {
  const issues = new IssueList(file);
  try {
    if (!isRecord(data)) {
      issues.add(null, `is not a GeoJSON object (got ${describe(data)})`);
      return issues.issues;
    }
    if (own(data, 'type') !== 'FeatureCollection') {
      issues.add(null, `type must be "FeatureCollection" (got ${describe(own(data, 'type'))})`);
    }
    if (options.requireMeta) checkLayerMeta(own(data, 'meta'), (m) => issues.add(null, m));
    const features = own(data, 'features');
    if (!Array.isArray(features)) {
      issues.add(null, `features must be an array (got ${describe(features)})`);
      return issues.issues;
    }
    const max = options.maxFeatures ?? 100_000;
    if (features.length > max) {
      issues.add(null, `has ${features.length} features, more than the limit ${max}`);
      return issues.issues;
    }
    const seen = new Map<string, number>();
    const budget: GeometryBudget = {
      positions: options.maxPositions ?? 5_000_000,
      skipSelfIntersections: options.selfIntersections === false,
    };
    const maxWork = options.maxIntersectionWork;
    if (maxWork !== undefined) budget.intersections = { remaining: maxWork };
    for (let i = 0; i < features.length && !issues.stopped; i++) {
      checkFeature(features[i], i, issues, seen, options, budget);
      if (budget.positions < 0) {
        issues.add(null, 'too many positions to check; stopped');
        break;
      }
      if (budget.intersections && budget.intersections.remaining < 0) {
        issues.add(null, 'polygons too complex to check for self-intersections; stopped');
        break;
      }
    }
  } catch (error) {
    // Exotic objects (proxies, throwing getters) are not JSON; report instead of crashing.
    issues.add(null, `could not be read as JSON data (${String(error).slice(0, 80)})`);
  }
  return issues.issues;
}
