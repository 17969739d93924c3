// The model and hardware catalog pages: static (readable and filterable with JavaScript off), and
// the spot checks read from what a reader sees. That every entry has a page the indexes
// link to is checked over dist/ (tests/dist/build.test.ts).
import { expect, test, type Page } from '@playwright/test';
import { models } from '../../src/lib';
import { axeViolations } from './site';

test.use({ javaScriptEnabled: false });

const q4Verdict = (page: Page, row: string) => page.locator(`${row} [data-probe="q4-verdict"] [data-verdict]`);

test('Llama 3.1 8B at Q4_K_M is listed as fitting on a 12 GB card, on both pages', async ({ page }) => {
  await page.goto('/models/llama-3.1-8b/');
  await expect(page.locator('h1')).toHaveText('Can I run Llama 3.1 8B?');
  await page.locator('.devices-discrete-gpu summary').click();
  const row = 'tr[data-device="geforce-rtx-3060-12gb"]';
  await expect(page.locator(row)).toBeVisible();
  await expect(page.locator(row)).toContainText('NVIDIA GeForce RTX 3060 (12 GB)');
  await expect(q4Verdict(page, row)).toHaveText('Fits');
  await page.goto('/hardware/geforce-rtx-3060-12gb/');
  await expect(q4Verdict(page, 'tr[data-model="llama-3.1-8b"]')).toHaveText('Fits');
});

test('Llama 3.1 70B at Q4_K_M is not listed as fitting on a 24 GB card, on both pages', async ({ page }) => {
  await page.goto('/models/llama-3.1-70b/');
  const summaryCell = page.locator('tr[data-quant="Q4_K_M"] td[data-kind="discrete-gpu"]');
  // Its 42.5 GB GGUF file fits a 48 GB card at 8K; nothing smaller.
  await expect(summaryCell).toContainText('(48 GB)');
  await page.locator('.devices-discrete-gpu summary').click();
  await expect(q4Verdict(page, 'tr[data-device="rtx-a6000"]')).toHaveText('Fits');
  for (const id of ['geforce-rtx-4090', 'geforce-rtx-3090', 'radeon-rx-7900-xtx']) {
    const row = `tr[data-device="${id}"]`;
    await expect(page.locator(row)).toBeVisible();
    await expect(page.locator(row)).toContainText('(24 GB)');
    await expect(q4Verdict(page, row)).toHaveText('Needs CPU offload');
    await expect(page.locator(row)).not.toContainText('Q4_K_M');
  }
  await page.goto('/hardware/geforce-rtx-4090/');
  await expect(q4Verdict(page, 'tr[data-model="llama-3.1-70b"]')).not.toHaveText(/^Fits/);
});

test('a model page shows where the bytes of its Q4_K_M file go, group by group', async ({ page }) => {
  await page.goto('/models/llama-3.1-8b/');
  const table = page.locator('table.tensor-breakdown[data-quant="Q4_K_M"]');
  await expect(table.locator('tr[data-group="output"]')).toContainText('Q6_K 100%');
  await expect(table.locator('tfoot')).toContainText('4.8944');
  await page.goto('/models/gpt-oss-20b/');
  await expect(page.locator('table.tensor-breakdown tr[data-group="experts"]')).toContainText('MXFP4 100%');
});

test('a model page states its workload, labels the decode ceiling an upper bound and cites its config', async ({ page }) => {
  await page.goto('/models/deepseek-v3/');
  await expect(page.locator('.workload-note')).toContainText('8,192-token context, 1 sequence, 16-bit KV cache');
  await expect(page.locator('a[href="/chapters/hardware-sizing/"]')).toHaveCount(1);
  await expect(page.locator('th', { hasText: 'Decode ceiling' }).first()).toContainText('upper bound');
  await expect(page.locator('a[href="https://huggingface.co/deepseek-ai/DeepSeek-V3/blob/main/config.json"]')).toHaveCount(1);
  await expect(page.locator('#kv-cache + p + .table-scroll tbody tr')).toHaveCount(3);
});

test('a device page says GiB and GB, the usable share and why, and cites its sources', async ({ page }) => {
  await page.goto('/hardware/apple-m4-max-128gb/');
  const facts = page.locator('.facts');
  await expect(facts).toContainText('128 GiB (137 GB)');
  await expect(facts).toContainText('96 GiB (75%)');
  await expect(facts).toContainText('not published');
  await expect(page.locator('#sources ~ ul a[href^="https://"]').first()).toBeVisible();
});

test('the /models/ filter works with JavaScript off: size and "fits in" combine, empty families hide', async ({ page }) => {
  await page.goto('/models/');
  const card = (id: string) => page.locator('.model-card', { has: page.locator(`a[href="/models/${id}/"]`) });
  const visibleCards = page.locator('.model-card:visible');
  await expect(visibleCards).toHaveCount(models.length);
  await expect(page.locator('.no-match')).toBeHidden();

  await page.getByLabel('24 GiB', { exact: true }).check();
  await expect(card('llama-3.1-8b')).toBeVisible();
  await expect(card('llama-3.1-70b')).toBeHidden();
  await expect(page.locator('.model-family', { hasText: 'DeepSeek' })).toBeHidden();

  await page.getByLabel('150 B and up').check();
  await expect(visibleCards).toHaveCount(0);
  await expect(page.locator('.no-match')).toBeVisible();

  await page.getByLabel('Any', { exact: true }).check();
  await expect(card('deepseek-v3')).toBeVisible();
  await expect(card('llama-3.1-8b')).toBeHidden();
});

test.describe('with every disclosure open', () => {
  test.use({ javaScriptEnabled: true });

  // The generic axe check sees closed <details> as hidden; open them all once and check what
  // they hold (the rest of the page is checked by pages.spec.ts), in light and dark.
  test('a model page passes axe with its device tables open', async ({ page }) => {
    await page.goto('/models/qwen3-30b-a3b/');
    for (const summary of await page.locator('details > summary').all()) await summary.click();
    await expect(page.locator('details:not([open])')).toHaveCount(0);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page, 'details'), scheme).toEqual([]);
    }
  });
});
