/**
 * Compares exports of one view in different formats: each vector file is rasterised by an
 * independent reader at the raster export's size and diffed with pixelmatch against it. A new
 * format is one more entry in `RASTERISERS`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pixelmatch from 'pixelmatch';
import { decompress } from 'wawoff2';
import { PNG } from 'pngjs';
import { ARTIFACTS } from './app.ts';
import { decodePng, type Pixels } from './png.ts';

/** Turns a vector file into PNG bytes of exactly `width` × `height` pixels. */
export type Rasteriser = (
  bytes: Uint8Array,
  width: number,
  height: number,
  env: NodeJS.ProcessEnv,
) => Uint8Array;

/**
 * A fontconfig setup that gives command-line readers the app's bundled Noto Sans (the WOFF2
 * files @fontsource ships, unpacked to TrueType, which Pango reads), so they draw text with the
 * same typeface as the browser rather than a system fallback.
 */
async function fontconfigFile(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'export-fonts-'));
  const files = resolve('node_modules/@fontsource/noto-sans/files');
  for (const subset of ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext']) {
    for (const weight of [400, 700]) {
      const name = `noto-sans-${subset}-${weight}-normal`;
      const ttf = await decompress(readFileSync(join(files, `${name}.woff2`)));
      writeFileSync(join(dir, `${name}.ttf`), ttf);
    }
  }
  const conf = join(dir, 'fonts.conf');
  writeFileSync(
    conf,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
      `  <dir>${dir}</dir>\n  <cachedir>${join(dir, 'cache')}</cachedir>\n` +
      `  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n</fontconfig>\n`,
  );
  return conf;
}

let fontconfig: Promise<string> | null = null;
/** Environment for a reader: the bundled fonts through fontconfig. */
export async function readerEnv(): Promise<NodeJS.ProcessEnv> {
  fontconfig ??= fontconfigFile();
  return { ...process.env, FONTCONFIG_FILE: await fontconfig };
}

/** Writes `bytes` to a temporary `input.<ext>`, lets `run` write `out.png` and returns it. */
export function withTempFiles(
  ext: string,
  bytes: Uint8Array,
  run: (input: string, output: string) => void,
): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'export-raster-'));
  try {
    const input = join(dir, `input.${ext}`);
    const output = join(dir, 'out.png');
    writeFileSync(input, bytes);
    run(input, output);
    return new Uint8Array(readFileSync(output));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const RASTERISERS: Record<string, Rasteriser> = {
  svg: (bytes, width, height, env) =>
    withTempFiles('svg', bytes, (input, output) =>
      execFileSync(
        '/usr/bin/rsvg-convert',
        ['--width', `${width}`, '--height', `${height}`, '--output', output, input],
        { env, timeout: 60_000 },
      ),
    ),
  // Poppler reads the fonts embedded in the PDF, so it needs no font setup.
  pdf: (bytes, width, height, env) =>
    withTempFiles('pdf', bytes, (input, output) =>
      execFileSync(
        '/usr/bin/pdftoppm',
        [
          '-png',
          '-singlefile',
          '-scale-to-x',
          `${width}`,
          '-scale-to-y',
          `${height}`,
          input,
          output.replace(/\.png$/, ''),
        ],
        { env, timeout: 60_000 },
      ),
    ),
};

/** How far two images differ. */
export interface ImageDiff {
  /** Pixels pixelmatch counts as different (anti-aliasing excluded). */
  differing: number;
  /** `differing` as a share of all pixels. */
  ratio: number;
}

/**
 * Diffs `candidate` against `reference` (same size) with pixelmatch; writes the diff image to
 * `test-results/<name>-diff.png` and both inputs beside it, for a person to look at.
 */
export function diffImages(reference: Pixels, candidate: Pixels, name: string): ImageDiff {
  if (reference.width !== candidate.width || reference.height !== candidate.height) {
    throw new Error(
      `${name}: ${candidate.width}×${candidate.height} px, expected ${reference.width}×${reference.height} px`,
    );
  }
  const { width, height } = reference;
  const diff = new PNG({ width, height });
  const differing = pixelmatch(reference.data, candidate.data, diff.data, width, height, {
    threshold: 0.1,
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(`${ARTIFACTS}/${name}-diff.png`, PNG.sync.write(diff));
  writeFileSync(`${ARTIFACTS}/${name}.png`, PNG.sync.write(candidate as PNG));
  return { differing, ratio: differing / (width * height) };
}

/** Rasterises a vector export with its format's reader and diffs it against the raster export. */
export async function compareWithRaster(
  raster: Uint8Array,
  format: keyof typeof RASTERISERS,
  vector: Uint8Array,
  name: string,
): Promise<ImageDiff & { reference: Pixels; candidate: Pixels }> {
  const reference = decodePng(raster);
  const rasterise = RASTERISERS[format];
  if (!rasterise) throw new Error(`No reader for ${format}`);
  const env = await readerEnv();
  const candidate = decodePng(rasterise(vector, reference.width, reference.height, env));
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(`${ARTIFACTS}/${name}-raster.png`, raster);
  writeFileSync(`${ARTIFACTS}/${name}.${format}`, vector);
  return { ...diffImages(reference, candidate, `${name}-${format}`), reference, candidate };
}
