/**
 * `npm run bench`: the performance benchmarks. Figures are printed and written to docs/, never
 * asserted in tests (timings on a shared machine are too noisy to gate on).
 *
 *   npm run bench                 build the pages, then 25 cold loads of the app and of the bare
 *                                 page, and 7 exports of each kind
 *   npm run bench -- --runs 9     that many of each, loads and exports (5 to 50)
 *   npm run bench -- --no-build   reuse the last build (node_modules/.cache/bench/)
 *
 * Each benchmark is a section: it returns Markdown, which is printed and written to its own file
 * under docs/: the load benchmark (issue 7) and the export benchmark (issue 5).
 */
import { parseArgs } from 'node:util';
import { writeSection } from '../bench/doc-section.ts';
import { runLoadBench } from '../bench/load.ts';
import { runExportBench } from '../bench/export.ts';
import { EXPORT_REPORT } from '../bench/export-build.ts';
import { LOAD_REPORT } from '../bench/paths.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
  },
});
const runs = values.runs === undefined ? undefined : Number(values.runs);
if (runs !== undefined && (!Number.isInteger(runs) || runs < 5 || runs > 50)) {
  throw new Error(`--runs must be a whole number from 5 to 50, got ${values.runs}`);
}
// Single cold loads on this machine vary by ±15 %, so 7 pairs cannot tell 1.05× from 1.07×: the
// load benchmark takes 25 by default. Exports differ by a factor of 8 or more; 7 runs of each
// (25 s apiece for the plugin's) tell that apart.
const loadRuns = runs ?? 25;
const exportRuns = runs ?? 7;
const log = (line: string) => console.log(`  ${line}`);

interface Section {
  /** Marker id in the report file; the hand-written text around the marked block is kept. */
  id: string;
  title: string;
  file: string;
  run(): Promise<string>;
}

const SECTIONS: Section[] = [
  {
    id: 'load',
    title: 'Load benchmark (issue 7)',
    file: LOAD_REPORT,
    run: () => runLoadBench({ runs: loadRuns, build: !values['no-build'], timeoutMs: 60_000, log }),
  },
  {
    id: 'export',
    title: 'Export benchmark (issue 5)',
    file: EXPORT_REPORT,
    run: () =>
      runExportBench({ runs: exportRuns, build: !values['no-build'], write: false, log }).then(
        (r) => r.markdown,
      ),
  },
];

for (const section of SECTIONS) {
  console.log(`\n${section.title}`);
  const markdown = await section.run();
  writeSection(section.file, section.id, section.title, markdown);
  console.log(`\n${markdown}\n\nwritten to ${section.file}`);
}
