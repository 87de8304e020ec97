import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSnapshotArgs } from '../../scripts/snapshot-args.ts';
import { checkDate, defaultOutName, type SnapshotJob } from '../../scripts/snapshot-job.ts';
import { readManifest } from '../../scripts/snapshot-manifest.ts';

const job = (argv: string[]) => parseSnapshotArgs(argv).job!;

describe('npm run snapshot arguments', () => {
  it('reads the documented example', () => {
    const args = job(
      '--place sudzha --preset a4-landscape --dpi 300 --format png --out sudzha.png'.split(' '),
    );
    expect(args).toMatchObject({
      place: 'sudzha',
      preset: 'a4-landscape',
      dpi: 300,
      format: 'png',
      out: 'sudzha.png',
      lang: 'en',
    });
  });

  it('takes a view, a custom size, a language and the format from the file name', () => {
    const args = job([
      '--view',
      '9/51.2/35.3',
      '--width',
      '800',
      '--height',
      '600',
      '--lang',
      'uk',
      '--out',
      'x.jpg',
    ]);
    expect(args.view).toEqual({ zoom: 9, lat: 51.2, lng: 35.3 });
    expect(args.preset).toBe('custom');
    expect(args.custom).toEqual({ width: 800, height: 600 });
    expect(args.format).toBe('jpeg');
    expect(args.lang).toBe('uk');
  });

  it('collects --no- switches, --help and the run options', () => {
    const args = parseSnapshotArgs(['--no-legend', '--no-inset', '--jobs', '2', '--help']);
    expect(args.job?.hide).toEqual(undefined);
    expect(args.help).toBe(true);
    expect(args.jobs).toBe(2);
    expect(job(['--no-legend', '--no-inset']).hide).toEqual(['legend', 'inset']);
  });

  it('accepts a calendar date and records it', () => {
    expect(job(['--date', '2024-08-06']).date).toBe('2024-08-06');
    expect(checkDate('2024-02-29')).toBe('2024-02-29');
  });

  it.each([
    [['--preset', 'a5'], '--preset "a5" is not one of'],
    [
      ['--dpi', '200', '--preset', 'a4-portrait'],
      '--dpi for print presets is 150 or 300, not 200.',
    ],
    [['--format', 'gif'], '--format "gif" is not one of png, jpeg, pdf, svg.'],
    [['--width', '100'], '--width needs --height too.'],
    [
      ['--width', '0', '--height', '100'],
      '--width must be a whole number of pixels from 1 to 16384, not 0.',
    ],
    [
      ['--width', '1e9', '--height', '100'],
      '--width must be a whole number of pixels from 1 to 16384, not 1e9.',
    ],
    [
      ['--width', '-5', '--height', '100'],
      '--width must be a whole number of pixels from 1 to 16384, not -5.',
    ],
    [
      ['--width', '100', '--height', '2.5'],
      '--height must be a whole number of pixels from 1 to 16384, not 2.5.',
    ],
    [['--width', '16000', '--height', '16000'], 'is 256 megapixels; the most is 200.'],
    [
      ['--dpi', '10000', '--width', '100', '--height', '100'],
      '--dpi must be from 72 to 1200, not 10000.',
    ],
    [['--dpi', '10000'], '--dpi must be from 72 to 1200, not 10000.'],
    [['--dpi', '150'], '--dpi applies to print presets and custom sizes, not to social-landscape.'],
    [['--view', '20/51/35'], "--view: zoom 20 is outside the map's range, 3 to 13"],
    [['--view', '2/51/35'], "--view: zoom 2 is outside the map's range, 3 to 13"],
    [['--view', '8/10/35'], '--view: the centre 10/35 is outside the map, latitude 38 to 63'],
    [['--view', '9/951/35'], '--view: latitude 951 is out of range.'],
    [
      ['--format', 'svg', '--out', 'x.png'],
      '--format svg does not match --out x.png: name the file "x.svg" or drop --format.',
    ],
    [['--out', 'x.tiff'], '--out x.tiff: ".tiff" is not a snapshot format'],
    [['--quality', '0.5', '--format', 'png'], '--quality applies to JPEG only, not png.'],
    [['--lang', 'de'], '--lang "de" is not one of en, uk, ru.'],
    [
      ['--date', '2024-02-30'],
      '--date must be a calendar date written YYYY-MM-DD, not "2024-02-30".',
    ],
    [['--date', 'yesterday'], '--date must be a calendar date written YYYY-MM-DD'],
    [
      ['--width', '16384', '--height', '100', '--dpi', '72', '--format', 'pdf'],
      'a PDF page of 16384 pt is larger than PDF allows',
    ],
    [['--place'], '--place needs a value.'],
    [['--place', 'a', '--place', 'b'], '--place is given twice.'],
    [['--place', '../etc'], '--place "../etc" is not a place id.'],
    [['--quality', '5'], '--quality must be between 0 and 1'],
    [['--jobs', '0'], '--jobs must be a whole number from 1 to 8, not 0.'],
    [['--timeout', '0'], '--timeout must be from 1 to 3600 seconds, not 0.'],
    [
      ['--manifest', 'v.json', '--place', 'sudzha'],
      '--manifest takes every snapshot\u2019s options'.replace('\u2019', "'"),
    ],
    [['--bogus'], 'Unknown argument "--bogus"'],
  ])('refuses %j with a clear message', (argv, message) => {
    expect(() => parseSnapshotArgs(argv)).toThrow(message);
  });

  it('names files as the page does, with the language for uk and ru', () => {
    const base: Omit<SnapshotJob, 'lang'> = {
      story: 'kursk',
      preset: 'a4-landscape',
      dpi: 300,
      format: 'pdf',
      quality: 0.9,
      hide: [],
    };
    expect(defaultOutName({ ...base, place: 'sudzha', lang: 'en' })).toBe(
      'kursk_sudzha_a4-landscape_300dpi.pdf',
    );
    expect(defaultOutName({ ...base, place: 'sudzha', lang: 'uk' })).toBe(
      'kursk_sudzha_a4-landscape_300dpi_uk.pdf',
    );
  });
});

describe('--manifest', () => {
  const write = (data: unknown) => {
    const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
    const file = join(dir, 'views.json');
    writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
    return { dir, file };
  };

  it('reads entries over the defaults, with outputs beside the manifest', () => {
    const { dir, file } = write({
      defaults: { preset: 'a4-landscape', dpi: 150, format: 'pdf' },
      snapshots: [
        { place: 'sudzha', lang: 'uk', title: 'Суджа' },
        { view: '8/51.5/35.5', width: 1200, height: 800, format: 'svg', out: 'out/view.svg' },
        { place: 'kursk-region', hide: ['legend'] },
      ],
    });
    const jobs = readManifest(file);
    expect(jobs).toHaveLength(3);
    expect(jobs[0]).toMatchObject({
      index: 1,
      place: 'sudzha',
      lang: 'uk',
      preset: 'a4-landscape',
      dpi: 150,
      format: 'pdf',
      title: 'Суджа',
      out: join(dir, 'kursk_sudzha_a4-landscape_150dpi_uk.pdf'),
    });
    expect(jobs[1]).toMatchObject({
      preset: 'custom',
      custom: { width: 1200, height: 800 },
      out: join(dir, 'out/view.svg'),
    });
    expect(jobs[2]!.hide).toEqual(['legend']);
  });

  it.each([
    ['{ "snapshots": [', 'views.json: not valid JSON'],
    [{ snapshots: [] }, 'the "snapshots" list is empty.'],
    [{ views: [] }, 'unknown key "views"'],
    [[{ place: 'sudzha', zoom: 3 }], 'snapshot 1: unknown key "zoom"'],
    [
      [{ place: 'sudzha' }, { view: '20/51/35' }],
      "snapshot 2: --view: zoom 20 is outside the map's range",
    ],
    [
      [{ width: 0, height: 10 }],
      'snapshot 1: --width must be a whole number of pixels from 1 to 16384, not 0.',
    ],
    [[{ hide: ['everything'] }], 'snapshot 1: "hide" must be a list of'],
    [[{ place: 'sudzha' }, { place: 'sudzha' }], 'snapshot 2: writes'],
    [[{ preset: 'view-1x' }], 'snapshot 1: a view preset needs "out"'],
  ])('refuses %j naming the file and the entry', (data, message) => {
    const { file } = write(data);
    expect(() => readManifest(file)).toThrow(message);
  });

  it('names a missing manifest', () => {
    expect(() => readManifest('/nonexistent/views.json')).toThrow(
      '--manifest /nonexistent/views.json: no such file.',
    );
  });
});
