import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { startServer } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built app for the browser tests (`npm test` builds it first). */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does this).');
  }
  const server = await startServer({ root: 'dist' });
  project.provide('baseUrl', server.url);
  return () => server.close();
}
