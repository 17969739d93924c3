// The throughput instrument beyond the generic checks: the measured overlay, leaving it by
// changing the scenario, the knees it reports (computed here with the same library), and a model
// too big for the device.
import { expect, test, type Page } from '@playwright/test';
import {
  computeKneeBatch,
  deviceUsableMemoryBytes,
  fileBitsPerWeight,
  ggufFileBytes,
  kvLimitBatch,
  requireDevice,
  requireModel,
  throughputDeviceOf,
} from '../../src/lib';
import { openInstrument, watch } from './site';

const CHAPTER = '/chapters/paged-attention/';

const openThroughput = (page: Page, query = '') => openInstrument(page, `${CHAPTER}${query}#tp`, 'tp');

test('by default the DGX Spark measurements are drawn and tabulated next to the model', async ({ page, baseURL }) => {
  const problems = watch(page, new URL(baseURL!).origin);
  const figure = await openThroughput(page);
  await expect(figure.locator('circle.measured')).toHaveCount(6);
  await expect(figure.locator('circle.measured-user')).toHaveCount(6);
  await figure.locator('details.instrument-table summary').click();
  await expect(figure.locator('table caption', { hasText: 'Measured' })).toBeVisible();
  // The Spark's compute figure is derived (compute.ts), so the knee line is worked out rather than "unknown".
  await expect(figure.locator('.knees')).toContainText('Compute knee:');
  await expect(figure).not.toContainText('no dense FP16 figure is published');
  expect(problems).toEqual([]);
});

test('a card with no published compute figure draws only the memory bound, and says why', async ({ page }) => {
  const figure = await openThroughput(page, '?tp.bench=none&tp.model=llama-3.1-8b&tp.device=geforce-rtx-4060-ti-16gb');
  await expect(figure).toContainText('no dense FP16 figure is published for');
  await expect(figure.locator('line.knee')).toHaveCount(0);
});

test('choosing another model leaves the measurement, and the link says so', async ({ page }) => {
  const figure = await openThroughput(page);
  await figure.getByLabel('Model').selectOption('llama-3.1-8b');
  await expect(figure.locator('circle.measured')).toHaveCount(0);
  await expect.poll(() => page.url()).toContain('tp.bench=none');
  await expect.poll(() => page.url()).toContain('tp.model=llama-3.1-8b');
});

test('a hand-written link naming a model and device (no tp.bench) is honoured, not silently replaced by the measurement', async ({
  page,
}) => {
  const figure = await openThroughput(page, '?tp.model=llama-3.1-8b&tp.device=geforce-rtx-4090');
  await expect(figure.locator('circle.measured')).toHaveCount(0);
  await expect(figure).toContainText('Llama 3.1 8B at');
  await expect(figure.getByLabel('Device')).toHaveValue('geforce-rtx-4090');
  await expect(figure.locator('.notice')).toHaveCount(0);
});

test('a link naming a measurement and another model keeps the measurement and says why', async ({ page }) => {
  const figure = await openThroughput(page, '?tp.bench=gpt-oss-20b-512&tp.model=llama-3.1-8b');
  await expect(figure.locator('circle.measured')).toHaveCount(6);
  await expect(figure.locator('.notice')).toContainText('model setting was not used');
});

test('on a GeForce card both knees are reported, as the library computes them', async ({ page }) => {
  const model = requireModel('llama-3.1-8b');
  const device = requireDevice('geforce-rtx-4090');
  // Short contexts: from a few hundred tokens on, each sequence's KV read outlasts its arithmetic and no compute knee comes.
  // The instrument weighs the model's own Q4_K_M file, in bits per parameter.
  const workload = { bitsPerWeight: fileBitsPerWeight(ggufFileBytes(model, 'Q4_K_M'), model.totalParams), contextTokens: 64 };
  const knee = computeKneeBatch(model, throughputDeviceOf(device), workload, 4096)!;
  const limit = kvLimitBatch(model, deviceUsableMemoryBytes(device), workload);
  const figure = await openThroughput(page, '?tp.bench=none&tp.model=llama-3.1-8b&tp.device=geforce-rtx-4090&tp.quant=q4_k_m&tp.ctx=64');
  await expect(figure).toContainText(`compute takes over at batch ${knee.toLocaleString('en-US')}`);
  await expect(figure).toContainText(`${limit.toLocaleString('en-US')} sequences of 64 tokens`);
  await expect(figure.locator('line.knee')).toHaveCount(1);
  await expect(figure.locator('line.limit')).toHaveCount(1);
});

test('a batch beyond the KV limit is held at the limit, with a note', async ({ page }) => {
  const figure = await openThroughput(page, '?tp.bench=none&tp.model=llama-3.1-8b&tp.device=geforce-rtx-4090&tp.ctx=4096&tp.batch=1000');
  await expect(figure.locator('[data-probe="output"]')).toContainText('Batch 38:');
  await expect(figure).toContainText('Only 38 sequences of 4,096 tokens fit');
});

test('a model too big for the device says so instead of drawing an empty chart', async ({ page, baseURL }) => {
  const problems = watch(page, new URL(baseURL!).origin);
  const figure = await openThroughput(page, '?tp.bench=none&tp.model=llama-3.1-405b&tp.device=geforce-rtx-3060-12gb');
  await expect(figure.locator('[data-probe="output"]')).toContainText('No room');
  await expect(figure.locator('svg[role="img"]')).toHaveCount(0);
  await expect(figure).not.toContainText(/NaN|Infinity/);
  expect(problems).toEqual([]);
});
