/**
 * The hand-written editorial input (`stories/kursk/places.json`): which story features exist, where
 * each one's geometry comes from, and which excerpts of the article belong to it.
 */
import type { Excerpt, StoryKind } from '../../src/story/types.ts';

export type FeatureSourceRef =
  /** A Natural Earth admin-1 polygon by ISO 3166-2 code. */
  | { admin1: string }
  /** A GeoNames place by id. */
  | { geonames: number }
  /** A border built from shared admin-1 arcs; names come from the two sides' dataset names. */
  | { border: 'ukraine-russia' | 'kursk-sumy' };

export interface FeatureSpec {
  kind: StoryKind;
  /** English name for borders (other features take their name from the dataset). */
  name?: string;
  from: FeatureSourceRef;
  claimed_since?: number;
  aliases: string[];
  /** The short phrases that name the place, by paragraph (what the article pane links). */
  mentions: Excerpt[];
  /** Quotable clauses about the place, each containing one of its names or mentions. */
  excerpts: Excerpt[];
}

export interface StorySpec {
  /** The byline is not here: it comes from the source text only, when the source has one. */
  article: { publisher: string };
  /** Feature id -> spec; the output keeps this order. */
  features: Record<string, FeatureSpec>;
}
