/** `npm run snapshot`: the command line renders through the app's export in headless Chromium. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPngDpi, readPngSize } from '../../src/export/core/png.ts';
import { exportCredit } from '../../src/export/browser/composition-input.ts';
import { pdffonts, pdfinfo, pdftotext } from '../unit/pdf-tools.ts';
import { story, storyFile } from '../unit/story-data.ts';

const run = (args: string[], timeout = 120_000) =>
  spawnSync('npx', ['tsx', 'scripts/snapshot.ts', ...args], { encoding: 'utf8', timeout });

/** Runs the command without blocking the test worker; resolves with its output and status. */
function runAsync(args: string[], timeout = 60_000) {
  return new Promise<{ status: number | null; stdout: string; stderr: string; ms: number }>(
    (resolve) => {
      const started = Date.now();
      const child = spawn('npx', ['tsx', 'scripts/snapshot.ts', ...args], { timeout });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (status) => resolve({ status, stdout, stderr, ms: Date.now() - started }));
    },
  );
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'snapshot-'));

describe('npm run snapshot', () => {
  it('writes the requested file at the exact size and DPI', () => {
    const dir = tempDir();
    const out = join(dir, 'sudzha.png');
    const result = run([
      '--place',
      'sudzha',
      '--preset',
      'a4-portrait',
      '--dpi',
      '150',
      '--out',
      out,
    ]);
    expect(result.stderr).not.toMatch(/snapshot:/);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Wrote .*sudzha\.png: 1240×1754 px, 150 DPI/);
    const bytes = readFileSync(out);
    expect(readPngSize(bytes)).toEqual({ width: 1240, height: 1754 });
    expect(readPngDpi(bytes)).toBe(150);
    // Written to a temporary name and renamed: nothing else is left in the folder.
    expect(readdirSync(dir)).toEqual(['sudzha.png']);
    // The same limit as the command's own (spawnSync's 120 s): an A4 raster on a busy machine.
  }, 125_000);

  it('refuses a place the story does not have', () => {
    const dir = tempDir();
    const result = run(['--place', 'atlantis', '--out', join(dir, 'never.png')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('snapshot: there is no place "atlantis" in this story.');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('prints its usage with --help', () => {
    const result = run(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: npm run snapshot -- [options]');
    expect(result.stdout).toContain('--manifest <file>');
  });

  it('ends a stage that takes too long with its message, exit 1 and no file', async () => {
    const dir = tempDir();
    const result = await runAsync(['--timeout', '1', '--out', join(dir, 'slow.png')], 90_000);
    expect(result.stderr).toMatch(/snapshot: timed out after 1 s (loading the map|exporting PNG)/);
    expect(result.status).toBe(1);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('npm run snapshot refuses bad requests before rendering', () => {
  const dir = tempDir();
  const empty = tempDir();
  const cases: [string, string[], string][] = [
    [
      'a zoom above the map’s range',
      ['--view', '20/51/35', '--out', join(dir, 'x.png')],
      "snapshot: --view: zoom 20 is outside the map's range, 3 to 13",
    ],
    [
      'a zero width',
      ['--width', '0', '--height', '100', '--out', join(dir, 'x.png')],
      'snapshot: --width must be a whole number of pixels from 1 to 16384, not 0.',
    ],
    [
      'a width of 1e9',
      ['--width', '1e9', '--height', '100', '--out', join(dir, 'x.png')],
      'snapshot: --width must be a whole number of pixels from 1 to 16384, not 1e9.',
    ],
    [
      'a negative width (both sizes given)',
      ['--width', '-5', '--height', '100', '--out', join(dir, 'x.png')],
      'snapshot: --width must be a whole number of pixels from 1 to 16384, not -5.',
    ],
    [
      '10,000 DPI',
      ['--dpi', '10000', '--width', '100', '--height', '100', '--out', join(dir, 'x.png')],
      'snapshot: --dpi must be from 72 to 1200, not 10000.',
    ],
    [
      'an output folder that does not exist',
      ['--out', '/nonexistent/dir/x.png'],
      'snapshot: --out /nonexistent/dir/x.png: the folder /nonexistent/dir does not exist.',
    ],
    [
      'a device as the output',
      ['--out', '/dev/full'],
      'snapshot: --out /dev/full is not a regular file (a device or a pipe); refusing to replace it.',
    ],
    [
      'SVG into a .png file',
      ['--format', 'svg', '--out', join(dir, 'x.png')],
      `snapshot: --format svg does not match --out ${join(dir, 'x.png')}: name the file "${join(dir, 'x.svg')}" or drop --format.`,
    ],
    [
      'a missing build',
      ['--dist', empty, '--out', join(dir, 'x.png')],
      `snapshot: the built app is missing (${join(empty, 'index.html')}): run "npm run build" first.`,
    ],
  ];

  it.each(cases)('%s: its message within 60 s, exit 2, no file', async (_, argv, message) => {
    const result = await runAsync(argv);
    expect(result.ms).toBeLessThan(60_000);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
    expect(readdirSync(empty)).toEqual([]);
  });
});

describe('npm run snapshot --manifest', () => {
  const dir = tempDir();
  const hostile = 'Kursk </text><script>alert(1)</script> ]]> <!ENTITY x "y"> & "q" onload="x"';
  const snapshots = [
    { place: 'sudzha', preset: 'a4-landscape', dpi: 150, format: 'pdf', out: 'sudzha-en.pdf' },
    {
      place: 'sudzha',
      preset: 'a4-landscape',
      dpi: 150,
      format: 'pdf',
      lang: 'uk',
      out: 'sudzha-uk.pdf',
    },
    {
      place: 'sudzha',
      preset: 'a4-landscape',
      dpi: 150,
      format: 'pdf',
      lang: 'uk',
      out: 'sudzha-uk-again.pdf',
    },
    {
      place: 'sudzha',
      width: 800,
      height: 600,
      format: 'pdf',
      lang: 'ru',
      title: 'Суджа, Курская область',
    },
    { place: 'sudzha', width: 800, height: 500, format: 'svg', title: hostile, out: 'hostile.svg' },
    {
      place: 'sudzha',
      width: 800,
      height: 500,
      format: 'svg',
      title: hostile,
      out: 'hostile-again.svg',
    },
    { width: 600, height: 400, format: 'png', out: 'default.png' },
    { width: 600, height: 400, format: 'png', out: 'default-again.png' },
    { place: 'kursk-region', width: 600, height: 400, format: 'jpeg', out: 'kursk.jpg' },
    { view: '8/51.5/35.5', width: 800, height: 500, format: 'svg', lang: 'uk', out: 'view-uk.svg' },
    { place: 'kyiv', width: 500, height: 500, format: 'png', lang: 'ru', out: 'kyiv-ru.png' },
    {
      place: 'sudzha',
      preset: 'letter-portrait',
      dpi: 150,
      format: 'pdf',
      lang: 'ru',
      hide: ['inset'],
      out: 'letter-ru.pdf',
    },
  ];
  let result: Awaited<ReturnType<typeof runAsync>>;
  beforeAll(async () => {
    const manifest = join(dir, 'views.json');
    writeFileSync(manifest, JSON.stringify({ snapshots }, null, 2));
    result = await runAsync(['--manifest', manifest, '--jobs', '2'], 600_000);
  }, 620_000);
  const read = (name: string) => readFileSync(join(dir, name));
  /** Text as poppler extracts it, line breaks and runs of spaces made single spaces. */
  const text = (name: string) => pdftotext(read(name), false).replace(/\s+/g, ' ');

  it('renders all 12 entries in one browser session, with a progress line each and a summary', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /12 of 12 snapshots written in [\d.]+ s \([\d.]+ s each, 2 in parallel\)\./,
    );
    for (let i = 1; i <= 12; i++) expect(result.stdout).toMatch(new RegExp(`\\[ ?${i}/12\\] `));
    expect(readdirSync(dir).sort()).toEqual(
      [
        'views.json',
        'sudzha-en.pdf',
        'sudzha-uk.pdf',
        'sudzha-uk-again.pdf',
        'kursk_sudzha_custom_800x600_ru.pdf',
        'hostile.svg',
        'hostile-again.svg',
        'default.png',
        'default-again.png',
        'kursk.jpg',
        'view-uk.svg',
        'kyiv-ru.png',
        'letter-ru.pdf',
      ].sort(),
    );
    expect(readPngSize(read('kyiv-ru.png'))).toEqual({ width: 500, height: 500 });
  });

  it('gives identical bytes for identical entries (PDF, SVG, PNG)', () => {
    expect(read('sudzha-uk.pdf').equals(read('sudzha-uk-again.pdf'))).toBe(true);
    expect(read('hostile.svg').equals(read('hostile-again.svg'))).toBe(true);
    expect(read('default.png').equals(read('default-again.png'))).toBe(true);
    expect(read('sudzha-en.pdf').equals(read('sudzha-uk.pdf'))).toBe(false);
  });

  it('writes PDFs poppler reads: exact page size, embedded subset fonts', () => {
    expect(pdfinfo(read('sudzha-uk.pdf'))).toMatch(/Page size:\s+841\.89 x 595\.276 pts \(A4\)/);
    expect(pdfinfo(read('letter-ru.pdf'))).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    // 800 × 600 px at 96 DPI: 600 × 450 pt.
    expect(pdfinfo(read('kursk_sudzha_custom_800x600_ru.pdf'))).toMatch(
      /Page size:\s+600 x 450 pts/,
    );
    for (const name of ['sudzha-en.pdf', 'sudzha-uk.pdf', 'letter-ru.pdf']) {
      const fonts = pdffonts(read(name));
      expect(fonts.length).toBeGreaterThanOrEqual(2);
      for (const font of fonts) {
        expect(font.name).toMatch(/^[A-Z]{6}\+NotoSans-(Regular|Bold)$/);
        expect([font.emb, font.sub, font.uni]).toEqual(['yes', 'yes', 'yes']);
      }
    }
  });

  it('gives back the title, the place in Ukrainian, the legend and the credits exactly', () => {
    const uk = text('sudzha-uk.pdf');
    expect(uk).toContain(storyFile.article.title);
    expect(uk).toContain('Суджа');
    expect(uk).toContain(exportCredit(story));
    // The legend in the export's language, as on the map.
    for (const id of ['kursk-region', 'border', 'sudzha']) {
      expect(uk).toContain(storyFile.groups.find((g) => g.id === id)!.label.uk);
    }
    expect(text('sudzha-en.pdf')).toContain('Sudzha');
    expect(text('sudzha-en.pdf')).not.toContain('Суджа');
    expect(text('kursk_sudzha_custom_800x600_ru.pdf')).toContain('Суджа, Курская область');
  });

  it('writes SVG that parses as XML, with the map as vectors and nothing that runs', () => {
    for (const name of ['hostile.svg', 'view-uk.svg']) {
      const svg = read(name).toString('utf8');
      expect(XMLValidator.validate(svg)).toBe(true);
      const doc = new XMLParser({ ignoreAttributes: false, preserveOrder: true }).parse(svg);
      const elements: string[] = [];
      const attributes: string[] = [];
      const walk = (nodes: Record<string, unknown>[]) => {
        for (const node of nodes) {
          for (const [key, value] of Object.entries(node)) {
            if (key === ':@') attributes.push(...Object.keys(value as object));
            else if (key !== '#text') {
              elements.push(key.toLowerCase());
              walk(value as Record<string, unknown>[]);
            }
          }
        }
      };
      walk(doc as Record<string, unknown>[]);
      expect(elements).toContain('path');
      expect(elements).toContain('text');
      expect(elements).not.toContain('image');
      expect(elements).not.toContain('script');
      expect(elements).not.toContain('foreignobject');
      expect(attributes.filter((a) => /^@_on/i.test(a))).toEqual([]);
      expect(svg).not.toMatch(/<!ENTITY|<!DOCTYPE/i);
    }
    expect(read('hostile.svg').toString('utf8')).toContain('&lt;/text&gt;&lt;script&gt;');
  });
});
