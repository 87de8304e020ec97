/**
 * Deterministic JSON text: keys in the order the build creates them, numbers already quantised,
 * one feature per line so diffs of the committed files stay readable.
 */
export function stringifyFeatureCollection(fc: {
  type: string;
  features: readonly unknown[];
}): string {
  const { features, ...head } = fc;
  const headJson = JSON.stringify(head);
  const lines = features.map((f) => JSON.stringify(f));
  const open = headJson === '{}' ? '{' : `${headJson.slice(0, -1)},`;
  return `${open}"features":[\n${lines.join(',\n')}\n]}\n`;
}

export function stringifyJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
