/**
 * Arguments of `npm run snapshot`: parsed and checked before any browser starts, so a typo gets
 * a clear message and a non-zero exit straight away. One snapshot from the options, or many
 * from `--manifest` (see `snapshot-manifest.ts`).
 */
import { PRESETS, PRINT_DPIS } from '../src/export/core/presets.ts';
import { DPI_RANGE, MAX_SIDE, PARTS, jobFromValues, type SnapshotJob } from './snapshot-job.ts';

export const USAGE = `Usage: npm run snapshot -- [options]
       npm run snapshot -- --manifest views.json [--jobs N]

Renders the story map to a file through the app's own export, in headless Chromium.
Every option is checked before the browser starts.

  --story <id>          the story (default: the site's default story; see data/stories/index.json)
  --place <id>          select a place first (a place id of the story)
  --view <z>/<lat>/<lng>  the map view, as in the URL (#map=9/51.2/35.3); zoom 3 to 13
  --preset <id>         ${PRESETS.map((p) => p.id).join(', ')} (default social-landscape)
  --dpi <n>             print presets: ${PRINT_DPIS.join(' or ')} (default 300); custom: ${DPI_RANGE[0]} to ${DPI_RANGE[1]} (default 96)
  --width <px> --height <px>   a custom size, 1 to ${MAX_SIDE} px a side (implies --preset custom)
  --format <f>          png, jpeg, pdf or svg (default: from --out's extension, else png)
  --quality <0-1>       JPEG quality (default 0.9)
  --lang <en|uk|ru>     language of the place names (default en)
  --date <YYYY-MM-DD>   date for dated layers; recorded, but no story layer is dated
  --title <text>        title on the image (default: the article's headline)
  --no-legend --no-scale-bar --no-north-arrow --no-inset --no-date --no-title --no-callout
  --out <file>          where to write (default: the export's own file name); written to a
                        temporary name and renamed, so a failed run leaves no partial file
  --manifest <file>     make every snapshot listed in a JSON file in one browser session
  --jobs <n>            pages rendering in parallel (default 1)
  --timeout <s>         limit for each stage: loading the map, one export (default 120)
  --dist <folder>       the built app to serve (default dist; build it with npm run build)
  --help                this text
`;

export interface SnapshotArgs {
  /** The single snapshot of the options (absent with --manifest). */
  job?: SnapshotJob;
  manifest?: string;
  jobs: number;
  timeoutMs: number;
  dist: string;
  help: boolean;
}

const JOB_OPTIONS = [
  'story',
  'place',
  'view',
  'preset',
  'dpi',
  'width',
  'height',
  'format',
  'quality',
  'lang',
  'date',
  'title',
  'out',
];
const RUN_OPTIONS = ['manifest', 'jobs', 'timeout', 'dist'];

/** Parses argv (without node and the script); throws Error with a message for the user. */
export function parseSnapshotArgs(argv: string[]): SnapshotArgs {
  const values: Record<string, string> = {};
  const run: Record<string, string> = {};
  const hide: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const name = arg.slice(2);
    if (arg === '--help' || arg === '-h') help = true;
    else if (arg.startsWith('--no-') && PARTS.includes(arg.slice(5))) hide.push(arg.slice(5));
    else if (arg.startsWith('--') && (JOB_OPTIONS.includes(name) || RUN_OPTIONS.includes(name))) {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new Error(`${arg} needs a value.`);
      if (name in values || name in run) throw new Error(`${arg} is given twice.`);
      (JOB_OPTIONS.includes(name) ? values : run)[name] = value;
    } else throw new Error(`Unknown argument "${arg}". Run with --help for the options.`);
  }
  const args: SnapshotArgs = { jobs: 1, timeoutMs: 120_000, dist: run['dist'] ?? 'dist', help };
  if (run['jobs'] !== undefined) {
    const jobs = Number(run['jobs']);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 8) {
      throw new Error(`--jobs must be a whole number from 1 to 8, not ${run['jobs']}.`);
    }
    args.jobs = jobs;
  }
  if (run['timeout'] !== undefined) {
    const seconds = Number(run['timeout']);
    if (!(seconds >= 1 && seconds <= 3600)) {
      throw new Error(`--timeout must be from 1 to 3600 seconds, not ${run['timeout']}.`);
    }
    args.timeoutMs = seconds * 1000;
  }
  if (run['manifest'] !== undefined) {
    const extra = [...Object.keys(values).map((k) => `--${k}`), ...hide.map((h) => `--no-${h}`)];
    if (extra.length > 0) {
      throw new Error(
        `--manifest takes every snapshot's options from the file; ${extra.join(' ')} given too.`,
      );
    }
    args.manifest = run['manifest'];
  } else if (!help) {
    args.job = jobFromValues(values, hide);
  }
  return args;
}
