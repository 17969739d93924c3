// The two sizing instruments beyond the generic checks: Will it fit? keeps instructors' links
// short (only what differs from the defaults) and says what would make a model fit; Decode
// ceiling shows the offload slider only where there is something to offload to, and plots the
// published measurements of the chosen device.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { watch } from './site';

async function open(page: Page, url: string, ns: string): Promise<Locator> {
  await page.goto(url);
  const figure = page.locator(`figure[data-instrument="${ns}"]`);
  await figure.scrollIntoViewIfNeeded();
  await expect(page.locator(`astro-island:has(figure[data-instrument="${ns}"])`)).not.toHaveAttribute('ssr', /.*/, { timeout: 20_000 });
  return figure;
}

async function copiedLink(figure: Locator): Promise<URL> {
  await figure.locator('[data-copy-link]').click();
  return new URL(await figure.locator('[data-probe="link"]').inputValue());
}

test('Will it fit? links carry only the settings that differ from the defaults, under short names', async ({ page }) => {
  const figure = await open(page, '/chapters/hardware-sizing/#fit', 'fit');
  const defaults = await copiedLink(figure);
  expect([...defaults.searchParams.keys()]).toEqual([]);

  await figure.getByLabel('Model', { exact: true }).selectOption('llama-3.1-70b');
  await figure.getByRole('textbox', { name: 'Context per user' }).fill('32768');
  const link = await copiedLink(figure);
  expect(link.search).toBe('?fit.model=llama-3.1-70b&fit.ctx=32768');
  expect(link.hash).toBe('#fit');
});

test('Will it fit? says a 70B model needs offload on a 24 GB card and what would make it fit', async ({ page, baseURL }) => {
  const problems = watch(page, new URL(baseURL!).origin);
  const figure = await open(page, '/chapters/hardware-sizing/?fit.model=llama-3.1-70b#fit', 'fit');
  await expect(figure.locator('.verdict')).toContainText('Needs CPU offload');
  const remedies = figure.locator('.remedies li');
  await expect(remedies.filter({ hasText: /^Use IQ/ })).toHaveCount(1);
  await expect(remedies.filter({ hasText: /^Offload: keep \d+ of 80 layers/ })).toHaveCount(1);

  await figure.getByLabel('Device', { exact: true }).selectOption('apple-m4-max-128gb');
  await expect(figure.locator('.verdict')).toContainText('Fits.');
  await expect(figure.locator('.remedies')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('Decode ceiling offers the GPU-layers slider for a graphics card only, and the cliff chart with it', async ({ page }) => {
  const figure = await open(page, '/chapters/bandwidth/?dc.model=llama-3.1-70b#dc', 'dc');
  await expect(figure.getByRole('slider', { name: 'Layers on the GPU slider' })).toBeVisible();
  await expect(figure.getByText('Offloading layers to system RAM: the cliff')).toBeVisible();
  await expect(figure.locator('.note.warn')).toContainText(/Only \d+ of 80 layers fit/);
  // The slider shows the layers the result uses, not the 80 that were asked for.
  const used = /Only (\d+) of 80 layers fit/.exec((await figure.locator('.note.warn').textContent()) ?? '')![1]!;
  await expect(figure.getByRole('slider', { name: 'Layers on the GPU slider' })).toHaveAttribute(
    'aria-valuetext',
    new RegExp(`^${used}(\\.0+)? of 80$`),
  );
  await expect(figure.getByRole('textbox', { name: 'Layers on the GPU' })).toHaveValue(used);

  await figure.getByLabel('Device', { exact: true }).selectOption('apple-m3-ultra-512gb');
  await expect(figure.getByRole('slider', { name: 'Layers on the GPU slider' })).toHaveCount(0);
  await expect(figure.getByText('Offloading layers to system RAM: the cliff')).toHaveCount(0);
});

test('Decode ceiling plots the published runs of the chosen device, model and quant', async ({ page }) => {
  const figure = await open(page, '/chapters/bandwidth/?dc.device=dgx-spark&dc.model=qwen2.5-7b&dc.quant=q8_0#dc', 'dc');
  // Five llama-bench depths plus the one-sequence batched run.
  await expect(figure.locator('circle.dot')).toHaveCount(6);
  await expect(figure.locator('tr[aria-current="true"]')).toHaveCount(6);
  await figure.getByLabel('Quant type', { exact: true }).selectOption('Q4_K_M');
  await expect(figure.locator('circle.dot')).toHaveCount(0);
});
