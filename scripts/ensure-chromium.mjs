// Makes sure Debian's Chromium is there for the browser tests: installs it when running as root,
// otherwise stops with the exact command to run. Never downloads a browser build of its own.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  if (process.getuid?.() === 0) {
    console.log(`Chromium not found at ${CHROMIUM}: installing Debian's chromium package…`);
    execSync('apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium', {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } else {
    console.error(
      `The browser tests need Chromium at ${CHROMIUM}.\n` +
        'Install it with:  sudo apt-get install -y --no-install-recommends chromium\n' +
        '(or set CHROMIUM_PATH to another Chromium binary).',
    );
    process.exit(1);
  }
}
if (!existsSync(CHROMIUM)) {
  console.error(`Chromium is still missing at ${CHROMIUM} after installing.`);
  process.exit(1);
}
