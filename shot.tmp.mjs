import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const base = 'http://127.0.0.1:4333';
async function shot(path, name, opts = {}, scheme = 'light', full = false) {
  const ctx = await browser.newContext({ viewport: opts.viewport ?? { width: 1280, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  await page.goto(base + path);
  if (opts.scroll) await page.locator(opts.scroll).first().scrollIntoViewIfNeeded();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/polish/${name}.png`, fullPage: full });
  await ctx.close();
}
await shot('/chapters/parameters/', 'ch-desktop');
await shot('/chapters/parameters/', 'ch-phone', { viewport: { width: 375, height: 740 } }, 'dark');
await shot('/', 'home-desktop', {}, 'dark');
await shot('/chapters/parameters/', 'ch-phone-wf', { viewport: { width: 375, height: 740 }, scroll: '#wf' }, 'light');
await browser.close();
