import { describe, expect, it } from 'vitest';
import { parseSnapshotArgs } from '../../scripts/snapshot-args.ts';

describe('npm run snapshot arguments', () => {
  it('reads the documented example', () => {
    const args = parseSnapshotArgs(
      '--place sudzha --preset a4-landscape --dpi 300 --format png --out sudzha.png'.split(' '),
    );
    expect(args).toMatchObject({
      place: 'sudzha',
      preset: 'a4-landscape',
      dpi: 300,
      format: 'png',
      out: 'sudzha.png',
    });
  });

  it('takes a view, a custom size and the format from the file name', () => {
    const args = parseSnapshotArgs([
      '--view',
      '9/51.2/35.3',
      '--width',
      '800',
      '--height',
      '600',
      '--out',
      'x.jpg',
    ]);
    expect(args.view).toEqual({ zoom: 9, lat: 51.2, lng: 35.3 });
    expect(args.preset).toBe('custom');
    expect(args.custom).toEqual({ width: 800, height: 600 });
    expect(args.format).toBe('jpeg');
  });

  it('collects --no- switches and --help', () => {
    const args = parseSnapshotArgs(['--no-legend', '--no-inset', '--help']);
    expect(args.hide).toEqual(['legend', 'inset']);
    expect(args.help).toBe(true);
  });

  it.each([
    [['--preset', 'a5'], '--preset "a5" is not one of'],
    [
      ['--dpi', '200', '--preset', 'a4-portrait'],
      '--dpi for print presets is 150 or 300, not 200.',
    ],
    [['--format', 'gif'], '--format "gif" is not one of png, jpeg, pdf, svg.'],
    [['--width', '100'], '--width and --height must both be given'],
    [['--view', '9/951/35'], '--view: latitude 951 is out of range.'],
    [['--place'], '--place needs a value.'],
    [['--place', '../etc'], '--place "../etc" is not a place id.'],
    [['--quality', '5'], '--quality must be between 0 and 1'],
    [['--bogus'], 'Unknown argument "--bogus"'],
  ])('refuses %j with a clear message', (argv, message) => {
    expect(() => parseSnapshotArgs(argv)).toThrow(message);
  });
});
