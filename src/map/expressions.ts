/** Small pure builders for MapLibre expressions. */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Lang } from '../types.ts';

/** The label in the chosen language, falling back to the English name. */
export function nameExpression(lang: Lang): ExpressionSpecification {
  if (lang === 'en') return ['get', 'name'];
  return ['coalesce', ['get', `name_${lang}`], ['get', 'name']];
}

/** `whenSelected` when the feature is selected, `whenHovered` on hover, else `otherwise`. */
export function byState<T extends number | string>(
  whenSelected: T,
  whenHovered: T,
  otherwise: T,
): ExpressionSpecification {
  return [
    'case',
    ['boolean', ['feature-state', 'selected'], false],
    whenSelected,
    ['boolean', ['feature-state', 'hover'], false],
    whenHovered,
    otherwise,
  ] as ExpressionSpecification;
}

export const isKind = (...kinds: string[]): ExpressionSpecification =>
  ['in', ['get', 'kind'], ['literal', kinds]] as ExpressionSpecification;

export const isId = (id: string): ExpressionSpecification => ['==', ['get', 'id'], id];
