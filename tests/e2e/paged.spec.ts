// The KV block allocator beyond the generic instrument checks: nothing moves on its own, Play
// and Pause work, the seed is part of the link, and a bad seed typed in is refused politely.
import { expect, test, type Page } from '@playwright/test';
import { openInstrument, watch } from './site';

const CHAPTER = '/chapters/paged-attention/';

const openAllocator = (page: Page, query = '') => openInstrument(page, `${CHAPTER}${query}#pa`, 'pa');

const output = (page: Page) => page.locator('figure[data-instrument="pa"] [data-probe="output"]').textContent();

test('the allocator never plays by itself, even with motion allowed; Play advances and Pause stops', async ({ page, baseURL }) => {
  const problems = watch(page, new URL(baseURL!).origin);
  const figure = await openAllocator(page);
  const first = await output(page);
  await page.waitForTimeout(1_200);
  expect(await output(page)).toBe(first);

  await figure.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => output(page)).not.toBe(first);
  await figure.getByRole('button', { name: 'Pause' }).click();
  const paused = await output(page);
  await page.waitForTimeout(600);
  expect(await output(page)).toBe(paused);
  // The link is written once the picture rests.
  await expect.poll(() => page.url()).toContain('pa.step=');
  expect(problems).toEqual([]);
});

test('with reduced motion the allocator still waits for Play, then moves in coarse steps', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  const figure = await openAllocator(page);
  const first = await output(page);
  await page.waitForTimeout(1_200);
  expect(await output(page)).toBe(first);
  const stepShown = async () => Number((await output(page))!.match(/^Step ([\d,]+):/)![1]!.replace(/,/g, ''));
  const start = await stepShown();
  await figure.getByRole('button', { name: 'Play' }).click();
  await expect.poll(stepShown, { timeout: 5_000 }).toBeGreaterThan(start);
  await figure.getByRole('button', { name: 'Pause' }).click();
  // Coarse: whole strides of 50 steps (a second apart), never the 4-step frames of full motion.
  // Which stride a busy machine shows first varies, so no particular step is expected.
  expect(((await stepShown()) - start) % 50).toBe(0);
  await context.close();
});

test('the seed and scenario travel in the link and replay the same stream', async ({ page, context }) => {
  const linked = '?pa.seed=7&pa.block=64&pa.step=1500&pa.lengths=alpaca&pa.rate=1';
  await openAllocator(page, linked);
  const seeded = await output(page);
  expect(seeded).toMatch(/^Step 1,500:/);

  const fresh = await context.newPage();
  await openAllocator(fresh, linked);
  expect(await output(fresh)).toBe(seeded);

  const other = await context.newPage();
  await openAllocator(other, linked.replace('seed=7', 'seed=8'));
  expect(await output(other)).not.toBe(seeded);
});

test('a seed that is not a whole number is refused with a message, and the stream stays', async ({ page }) => {
  const figure = await openAllocator(page);
  const before = await output(page);
  await figure.locator('details.settings summary').click();
  const seed = figure.getByLabel('Seed', { exact: true });
  await seed.fill('1.5');
  await seed.press('Enter');
  await expect(figure.getByRole('alert')).toContainText('whole number');
  expect(await output(page)).toBe(before);
  await seed.fill('<script>');
  await seed.press('Enter');
  await expect(figure.getByRole('alert')).toContainText('Seed must be a number');
  expect(await output(page)).toBe(before);
});
