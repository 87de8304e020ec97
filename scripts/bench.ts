/**
 * `npm run bench`: the performance benchmarks. Figures are printed and written to docs/, never
 * asserted in tests (timings on a shared machine are too noisy to gate on).
 *
 *   npm run bench                 build both pages, then 7 cold loads of each
 *   npm run bench -- --runs 9     more loads (at least 5)
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
    runs: { type: 'string', default: '7' },
    'no-build': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 5 || runs > 50) {
  throw new Error(`--runs must be a whole number from 5 to 50, got ${values.runs}`);
}
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
    run: () => runLoadBench({ runs, build: !values['no-build'], timeoutMs: 60_000, log }),
  },
  {
    id: 'export',
    title: 'Export benchmark (issue 5)',
    file: EXPORT_REPORT,
    run: () =>
      runExportBench({ runs, build: !values['no-build'], write: false, log }).then(
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
