/**
 * Validation issues: what is wrong, in which file, in which feature. Plain data, so the app can
 * list them for a user who dropped a bad file.
 */
export interface ValidationIssue {
  file: string;
  /** Feature id, or its 0-based index when it has no id; null for file-level problems. */
  feature: string | number | null;
  message: string;
}

/** `data/stories/x/features.geojson: feature "oldtown": excerpt 1 is not found verbatim in paragraph 1` */
export function formatIssue(issue: ValidationIssue): string {
  const where =
    issue.feature === null
      ? ''
      : typeof issue.feature === 'number'
        ? ` feature #${issue.feature}:`
        : ` feature "${issue.feature}":`;
  return `${issue.file}:${where} ${issue.message}`;
}

/** Thrown by callers that want an exception rather than a list (the build, the app's loader). */
export class GeoValidationError extends Error {
  override name = 'GeoValidationError';
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    super(issues.map(formatIssue).join('\n') || 'invalid geo data');
    this.issues = issues;
  }
}

/** Throw a GeoValidationError when there are issues. */
export function assertNoIssues(issues: readonly ValidationIssue[]): void {
  if (issues.length > 0) throw new GeoValidationError(issues);
}

/** Collects issues up to a limit, so hostile input cannot produce millions of them. */
export class IssueList {
  readonly issues: ValidationIssue[] = [];
  private truncated = false;

  constructor(
    readonly file: string,
    private readonly limit = 500,
  ) {}

  /** True once the limit was passed; checking should stop. */
  get stopped(): boolean {
    return this.truncated;
  }

  add(feature: string | number | null, message: string): void {
    if (this.issues.length < this.limit) {
      this.issues.push({ file: this.file, feature, message });
    } else if (!this.truncated) {
      this.truncated = true;
      this.issues.push({ file: this.file, feature: null, message: 'too many issues; stopped' });
    }
  }
}
