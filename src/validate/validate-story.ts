/**
 * Story file checks: article metadata, paragraphs, and that every excerpt is a verbatim part of
 * the paragraph it names, both in `data/stories/<id>/story.json` and in the story features' properties.
 */
import { IssueList } from './issues.ts';
import type { ValidationIssue } from './issues.ts';
import { describe, isNonEmptyString, isRecord, own } from './json-guards.ts';
import { checkExcerptShape } from './property-checks.ts';
import { checkTimeline } from './timeline-checks.ts';

const ROLES = ['caption', 'body', 'credit'];

function paragraphTexts(story: Record<string, unknown>, issues: IssueList): (string | null)[] {
  const paragraphs = own(story, 'paragraphs');
  if (!Array.isArray(paragraphs) || paragraphs.length === 0) {
    issues.add(null, 'paragraphs must be a non-empty array');
    return [];
  }
  return paragraphs.map((p, i) => {
    const text = isRecord(p) ? own(p, 'text') : undefined;
    const role = isRecord(p) ? own(p, 'role') : undefined;
    if (!isNonEmptyString(text)) issues.add(null, `paragraph ${i + 1} has no text`);
    if (typeof role !== 'string' || !ROLES.includes(role)) {
      issues.add(null, `paragraph ${i + 1} role must be one of ${ROLES.join(', ')}`);
    }
    return isNonEmptyString(text) ? text : null;
  });
}

function checkArticle(article: unknown, issues: IssueList): void {
  if (!isRecord(article)) {
    issues.add(null, 'article must be an object');
    return;
  }
  for (const key of ['title', 'publisher', 'date', 'credit', 'url']) {
    const v = own(article, key);
    if (!isNonEmptyString(v)) issues.add(null, `article.${key} must be a non-empty string`);
  }
  // Optional: only a byline the source prints (issue 15).
  const byline = own(article, 'byline');
  if (byline !== undefined && !isNonEmptyString(byline)) {
    issues.add(null, 'article.byline, when given, must be a non-empty string');
  }
  const date = own(article, 'date');
  if (typeof date === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    issues.add(null, `article.date must be an ISO date YYYY-MM-DD (got ${describe(date)})`);
  }
  const url = own(article, 'url');
  if (typeof url === 'string' && !/^https?:\/\//.test(url)) {
    issues.add(null, 'article.url must be an http(s) URL');
  }
}

/** Problems with one list of excerpts, reported as `excerpt N …` (1-based). */
function checkExcerpts(
  list: unknown,
  texts: readonly (string | null)[],
  report: (message: string) => void,
  allowEmpty = false,
): void {
  if (!Array.isArray(list)) {
    report(`excerpts must be an array (got ${describe(list)})`);
    return;
  }
  if (list.length === 0 && !allowEmpty) {
    report('has no excerpts (every story feature needs at least one)');
  }
  list.forEach((e, i) => {
    if (!checkExcerptShape(e, `excerpt ${i + 1}`, report)) return;
    const { text, paragraph } = e as { text: string; paragraph: number };
    const target = texts[paragraph - 1];
    if (target === undefined) {
      report(`excerpt ${i + 1} names paragraph ${paragraph}, which does not exist`);
    } else if (target === null || !target.includes(text)) {
      report(`excerpt ${i + 1} is not found verbatim in paragraph ${paragraph}`);
    }
  });
}

function sameExcerpts(a: unknown, b: unknown): boolean {
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((x, i) => {
    const y: unknown = b[i];
    return (
      isRecord(x) &&
      isRecord(y) &&
      own(x, 'text') === own(y, 'text') &&
      own(x, 'paragraph') === own(y, 'paragraph')
    );
  });
}

/**
 * Validate `data/stories/<id>/story.json` against the story features it describes.
 * @example validateStory(story, features, 'data/stories/x/story.json', 'data/stories/x/features.geojson')
 */
export function validateStory(
  story: unknown,
  features: unknown,
  file = 'story.json',
  featuresFile = 'features.geojson',
): ValidationIssue[] {
  const issues = new IssueList(file);
  const featureIssues = new IssueList(featuresFile);
  try {
    if (!isRecord(story)) {
      issues.add(null, `is not a story object (got ${describe(story)})`);
      return issues.issues;
    }
    checkArticle(own(story, 'article'), issues);
    const texts = paragraphTexts(story, issues);
    const credit = own(story, 'credit');
    if (!isNonEmptyString(credit) || !/Natural Earth/.test(credit) || !/GeoNames/.test(credit)) {
      // (an OpenStreetMap credit, where the data has OSM geometry, is checked by the geo-build tests)
      issues.add(null, 'credit must name the article, Natural Earth and GeoNames');
    }
    checkTimeline(own(story, 'timeline'), texts, (m) => issues.add(null, m));
    const excerpts = own(story, 'excerpts');
    const byId = new Map<string, unknown>();
    if (!isRecord(excerpts)) issues.add(null, 'excerpts must be an object keyed by feature id');
    else {
      for (const id of Object.keys(excerpts)) {
        byId.set(id, own(excerpts, id));
        // Emptiness is judged on the feature, which knows its kind.
        checkExcerpts(own(excerpts, id), texts, (m) => issues.add(id, m), true);
      }
    }
    const list = isRecord(features) ? own(features, 'features') : undefined;
    if (!Array.isArray(list)) {
      featureIssues.add(null, 'is not a FeatureCollection with a features array');
      return [...issues.issues, ...featureIssues.issues];
    }
    const featureIds = new Set<string>();
    list.forEach((f, index) => {
      const props = isRecord(f) ? own(f, 'properties') : undefined;
      const id = isRecord(props) ? own(props, 'id') : undefined;
      const who = typeof id === 'string' ? id : index;
      const report = (m: string) => featureIssues.add(who, m);
      if (typeof id !== 'string' || !isRecord(props)) {
        report('has no properties.id');
        return;
      }
      featureIds.add(id);
      // A claimed territory the article never names has no excerpt (issue 15): it is context.
      const context = own(props, 'kind') === 'claimed-territory';
      checkExcerpts(own(props, 'excerpts'), texts, report, context);
      const mentions = own(props, 'mentions');
      if (mentions !== undefined) {
        checkExcerpts(mentions, texts, (m) => report(m.replace(/excerpt/g, 'mention')), true);
      }
      if (!byId.has(id)) report(`has no entry in ${file} excerpts`);
      else if (!sameExcerpts(own(props, 'excerpts'), byId.get(id))) {
        report(`properties.excerpts differ from ${file} excerpts["${id}"]`);
      }
    });
    for (const id of byId.keys()) {
      if (!featureIds.has(id)) issues.add(id, `has excerpts but no feature in ${featuresFile}`);
    }
  } catch (error) {
    issues.add(null, `could not be read as JSON data (${String(error).slice(0, 80)})`);
  }
  return [...issues.issues, ...featureIssues.issues];
}
