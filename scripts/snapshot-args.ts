/**
 * Arguments of `npm run snapshot`: parsed and checked before any browser starts, so a typo gets
 * a clear message and a non-zero exit straight away.
 */
import {
  PRESETS,
  PRINT_DPIS,
  presetGroup,
  type ExportFormat,
  type PresetId,
} from '../src/export/index.ts';
import { parseHash, type HashView } from '../src/story/hash.ts';

export const USAGE = `Usage: npm run snapshot -- [options]

Renders the story map to a file through the app's own export, in headless Chromium.

  --place <id>          select a place first (e.g. sudzha, kursk-region, kyiv)
  --view <z>/<lat>/<lng>  the map view, as in the URL (#map=9/51.2/35.3); default: the story's first view
  --preset <id>         ${PRESETS.map((p) => p.id).join(', ')} (default social-landscape)
  --dpi <n>             print presets: ${PRINT_DPIS.join(' or ')} (default 300); custom: any (default 96)
  --width <px> --height <px>   a custom size (implies --preset custom)
  --format <f>          png, jpeg, pdf or svg (default: from --out's extension, else png)
  --quality <0-1>       JPEG quality (default 0.9)
  --title <text>        title on the image (default: the article's headline)
  --no-legend --no-scale-bar --no-north-arrow --no-inset --no-date --no-title --no-callout
  --out <file>          where to write (default: the export's own file name)
  --help                this text
`;

export interface SnapshotArgs {
  place?: string;
  view?: HashView;
  preset: PresetId;
  dpi?: number;
  custom?: { width: number; height: number };
  format: ExportFormat;
  quality: number;
  title?: string;
  hide: string[];
  out?: string;
  help: boolean;
}

const FORMATS: ExportFormat[] = ['png', 'jpeg', 'pdf', 'svg'];
const FLAGS = ['legend', 'scale-bar', 'north-arrow', 'inset', 'date', 'title', 'callout'];
const VALUED = [
  'place',
  'view',
  'preset',
  'dpi',
  'width',
  'height',
  'format',
  'quality',
  'title',
  'out',
];

/** Parses argv (without node and the script); throws Error with a message for the user. */
export function parseSnapshotArgs(argv: string[]): SnapshotArgs {
  const values: Record<string, string> = {};
  const hide: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') help = true;
    else if (arg.startsWith('--no-') && FLAGS.includes(arg.slice(5))) hide.push(arg.slice(5));
    else if (arg.startsWith('--') && VALUED.includes(arg.slice(2))) {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new Error(`${arg} needs a value.`);
      values[arg.slice(2)] = value;
    } else throw new Error(`Unknown argument "${arg}". Run with --help for the options.`);
  }
  const args: SnapshotArgs = {
    preset: 'social-landscape',
    format: 'png',
    quality: 0.9,
    hide,
    help,
  };
  if (values['place'] !== undefined) {
    if (!/^[a-z0-9-]+$/.test(values['place']))
      throw new Error(`--place "${values['place']}" is not a place id.`);
    args.place = values['place'];
  }
  if (values['view'] !== undefined) {
    const { state, problems } = parseHash(`map=${values['view']}`);
    if (!state.view) throw new Error(`--view: ${problems[0] ?? 'expected zoom/lat/lng'}.`);
    args.view = state.view;
  }
  if (values['preset'] !== undefined) {
    if (!PRESETS.some((p) => p.id === values['preset'])) {
      throw new Error(
        `--preset "${values['preset']}" is not one of ${PRESETS.map((p) => p.id).join(', ')}.`,
      );
    }
    args.preset = values['preset'] as PresetId;
  }
  if (values['width'] !== undefined || values['height'] !== undefined) {
    const width = Number(values['width']);
    const height = Number(values['height']);
    if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
      throw new Error('--width and --height must both be given, as whole numbers of pixels.');
    }
    args.custom = { width, height };
    args.preset = 'custom';
  }
  if (values['dpi'] !== undefined) {
    const dpi = Number(values['dpi']);
    if (!(dpi > 0)) throw new Error(`--dpi "${values['dpi']}" is not a positive number.`);
    if (presetGroup(args.preset) === 'print' && !(PRINT_DPIS as readonly number[]).includes(dpi)) {
      throw new Error(`--dpi for print presets is ${PRINT_DPIS.join(' or ')}, not ${dpi}.`);
    }
    args.dpi = dpi;
  }
  const ext = values['out']?.split('.').pop()?.toLowerCase();
  const format = values['format'] ?? (ext === 'jpg' ? 'jpeg' : ext);
  if (values['format'] !== undefined && !FORMATS.includes(format as ExportFormat)) {
    throw new Error(`--format "${values['format']}" is not one of ${FORMATS.join(', ')}.`);
  }
  if (format && FORMATS.includes(format as ExportFormat)) args.format = format as ExportFormat;
  if (values['quality'] !== undefined) {
    const q = Number(values['quality']);
    if (!(q > 0 && q <= 1))
      throw new Error(`--quality must be between 0 and 1, not "${values['quality']}".`);
    args.quality = q;
  }
  if (values['title'] !== undefined) args.title = values['title'];
  if (values['out'] !== undefined) args.out = values['out'];
  return args;
}
