// Makes sure the programs the tests run are there: Debian's Chromium (browser tests), poppler's
// pdftotext, pdffonts, pdfinfo, pdftoppm and pdfimages and librsvg's rsvg-convert (independent readers of
// the exported PDF and SVG files). Installs the missing Debian packages when running as root;
// otherwise stops with the exact command to run. Never downloads a browser build of its own.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Each program the tests need, and the Debian package that has it. */
const TOOLS = [
  { path: CHROMIUM, pkg: 'chromium' },
  { path: '/usr/bin/pdftotext', pkg: 'poppler-utils' },
  { path: '/usr/bin/pdffonts', pkg: 'poppler-utils' },
  { path: '/usr/bin/pdfinfo', pkg: 'poppler-utils' },
  { path: '/usr/bin/pdftoppm', pkg: 'poppler-utils' },
  { path: '/usr/bin/pdfimages', pkg: 'poppler-utils' },
  { path: '/usr/bin/rsvg-convert', pkg: 'librsvg2-bin' },
];

const missing = () => TOOLS.filter((t) => !existsSync(t.path));
const packages = [...new Set(missing().map((t) => t.pkg))];

if (packages.length > 0) {
  const install = `apt-get install -y --no-install-recommends ${packages.join(' ')}`;
  const names = missing()
    .map((t) => t.path)
    .join(', ');
  if (process.getuid?.() === 0) {
    console.log(`Missing ${names}: installing Debian's ${packages.join(', ')}…`);
    execSync(`apt-get update -qq && ${install.replace('-y', '-y -qq')}`, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } else {
    console.error(
      `The tests need ${names}.\n` +
        `Install with:  sudo ${install}\n` +
        '(or set CHROMIUM_PATH to another Chromium binary).',
    );
    process.exit(1);
  }
}
const still = missing();
if (still.length > 0) {
  console.error(`Still missing after installing: ${still.map((t) => t.path).join(', ')}.`);
  process.exit(1);
}
