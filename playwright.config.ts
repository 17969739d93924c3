import { defineConfig, devices } from '@playwright/test';
import { systemChromium } from './scripts/chromium.mjs';

// A system Chromium when there is one — CHROME_PATH, else Debian's /usr/bin/chromium (Playwright
// cannot download browsers on some machines); Playwright's own browser everywhere else (npm test
// downloads it first: scripts/chromium.mjs).
const chromium = systemChromium();
const launchOptions = chromium
  ? {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    }
  : {};

// E2E_PORT lets several checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  // One retry in CI only, where a loaded 2-core runner can starve a poll; the report still lists
  // such a test as "flaky", so it gets fixed rather than hidden. Locally a failure is a failure.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions,
  },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions } }],
  webServer: {
    // --ignore-lock: a reader's own `npm start` server (port 4321) must not stop the tests.
    command: `node_modules/.bin/astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
