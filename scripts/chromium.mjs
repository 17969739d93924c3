#!/usr/bin/env node
// Which Chromium the browser tests and the benchmark drive: CHROME_PATH, else Debian's
// /usr/bin/chromium, else Playwright's own. Run as a script (npm test does, before the browser
// tests), it downloads Playwright's Chromium when there is no system one, so a fresh machine
// needs nothing installed by hand; with a system Chromium it does nothing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The system Chromium to use, or undefined when there is none (then Playwright's own is used). */
export function systemChromium() {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  return existsSync(path) ? path : undefined;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const system = systemChromium();
  if (system) {
    console.log(`chromium: using ${system}`);
  } else {
    console.log('chromium: no system Chromium (CHROME_PATH or /usr/bin/chromium); getting Playwright’s');
    const cli = fileURLToPath(new URL('../node_modules/@playwright/test/cli.js', import.meta.url));
    const { status } = spawnSync(process.execPath, [cli, 'install', 'chromium'], { stdio: 'inherit' });
    process.exit(status ?? 1);
  }
}
