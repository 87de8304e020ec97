/**
 * `bench-plugin-maplibre`: the exact maplibre-gl file the plugin imports (its own nested copy),
 * aliased in vite.config.ts so the page can ask it for its version.
 */
declare module 'bench-plugin-maplibre' {
  export function getVersion(): string;
}
