import { chromium, devices } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
const ctx = await browser.newContext({ ...devices['Moto G4'] });
const page = await ctx.newPage();
await page.addInitScript(() => {
  window.__shifts = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shifts.push({ value: e.value, t: e.startTime, sources: e.sources.map(s => ({ node: s.node ? (s.node.nodeName + '.' + (s.node.className||'') + '#' + (s.node.id||'')) : null, prev: [s.previousRect.x,s.previousRect.y,s.previousRect.width,s.previousRect.height], cur: [s.currentRect.x,s.currentRect.y,s.currentRect.width,s.currentRect.height] })) }); }).observe({ type: 'layout-shift', buffered: true });
});
await page.goto('http://127.0.0.1:4333/chapters/parameters/', { waitUntil: 'networkidle' });
await page.waitForTimeout(1000);
console.log(JSON.stringify(await page.evaluate(() => window.__shifts), null, 1));
await browser.close();
