// Behaviour of the Quant explorer (qx) and KV cache growth (kv) instruments that the generic
// instrument tests do not reach: the quality-metric switch, the naive-formula toggle, the
// per-model context limit, and that these choices survive a copied link.
import { expect, test, type Locator } from '@playwright/test';
import { instrumentHydrated, openInstrument as open, watch } from './site';

async function copiedLink(figure: Locator): Promise<string> {
  await figure.locator('[data-copy-link]').click();
  return figure.locator('[data-probe="link"]').inputValue();
}

test.describe('Quant explorer', () => {
  test('the metric switch redraws the chart with that metric’s measured points and keeps the footprint', async ({
    page,
    context,
    baseURL,
  }) => {
    const problems = watch(page, new URL(baseURL!).origin);
    const figure = await open(page, '/chapters/quantization/', 'qx');
    const chart = figure.locator('.chart svg');
    const output = figure.locator('[data-probe="output"]');
    const footprint = await output.textContent();

    await expect(chart).toHaveAttribute('aria-label', /KL divergence/);
    const kldPoints = await chart.locator('.point').count();
    expect(kldPoints).toBeGreaterThan(20);
    await expect(chart.locator('.axis-y .label')).toContainText('KL divergence');

    await figure.getByRole('radio', { name: 'Same top token' }).check();
    await expect(chart).toHaveAttribute('aria-label', /Same top token/);
    await expect(chart.locator('.axis-y .label')).toContainText('Same top token');
    await expect(figure.locator('.legend')).toContainText('Higher is better');
    // Top-token agreement was published for four quant types only, and only those are plotted.
    await expect(chart.locator('.point')).toHaveCount(4);
    await expect(output).toHaveText(footprint!);

    await figure.getByRole('radio', { name: 'ΔPPL' }).check();
    await expect(chart).toHaveAttribute('aria-label', /ΔPPL/);
    await expect(chart.locator('.point')).toHaveCount(kldPoints);

    const link = await copiedLink(figure);
    expect(link).toContain('qx.metric=delta-ppl');
    const fresh = await context.newPage();
    await fresh.goto(link);
    const restored = await instrumentHydrated(fresh, 'qx');
    await expect(restored.getByRole('radio', { name: 'ΔPPL' })).toBeChecked();
    await expect(restored.locator('.chart svg')).toHaveAttribute('aria-label', /ΔPPL/);
    await fresh.close();
    expect(problems).toEqual([]);
  });

  test('the slider names the quant type for screen readers, marks the elbow and Q4_K_M, and the table lists every type', async ({
    page,
  }) => {
    const figure = await open(page, '/chapters/quantization/', 'qx');
    const slider = figure.locator('[data-probe="control"]');
    await expect(slider).toHaveAttribute('aria-valuetext', /^Q4_K_M, .* bits per weight$/);
    await slider.focus();
    await page.keyboard.press('Home');
    await expect(slider).toHaveAttribute('aria-valuetext', /^BF16/);
    await expect(figure.locator('.quality-line')).toContainText('reference');
    await page.keyboard.press('End');
    await expect(slider).toHaveAttribute('aria-valuetext', /^IQ1_S/);
    await expect(figure.locator('.quality-line')).toContainText('below the elbow');

    const chart = figure.locator('.chart svg');
    await expect(chart.locator('text', { hasText: /^elbow: / })).toHaveCount(1);
    await expect(chart.locator('text', { hasText: 'Q4_K_M (default)' })).toHaveCount(1);
    await expect(figure.locator('.source')).toContainText('Llama 3 8B');

    await figure.locator('summary', { hasText: 'Data table' }).click();
    await expect(figure.locator('table tbody tr')).toHaveCount(await slider.evaluate((el) => Number((el as HTMLInputElement).max) + 1));
  });
});

test.describe('KV cache growth', () => {
  test('the naive toggle adds the hidden-size line and its overstatement, and survives a copied link', async ({
    page,
    context,
    baseURL,
  }) => {
    const problems = watch(page, new URL(baseURL!).origin);
    const figure = await open(page, '/chapters/kv-cache/', 'kv');
    const chart = figure.locator('.chart svg');
    const output = figure.locator('[data-probe="output"]');
    const before = await output.textContent();
    const lines = await chart.locator('path.line').count();
    await expect(figure.locator('[data-naive]')).toHaveCount(0);

    await figure.getByLabel('Show the naive hidden-size formula').check();
    await expect(figure.locator('[data-naive]')).toContainText(/\b4× the real cache/);
    await expect(chart.locator('path.line')).toHaveCount(lines + 1);
    await expect(chart.locator('path.line.dotted')).toHaveCount(1);
    // The real cache is unchanged by showing what the mistake would claim.
    await expect(output).toHaveText(before!);

    const link = await copiedLink(figure);
    expect(link).toContain('kv.naive=1');
    const fresh = await context.newPage();
    await fresh.goto(link);
    const restored = await instrumentHydrated(fresh, 'kv');
    await expect(restored.getByLabel('Show the naive hidden-size formula')).toBeChecked();
    await expect(restored.locator('[data-naive]')).toBeVisible();
    await fresh.close();
    expect(problems).toEqual([]);
  });

  test('MHA gives the naive figure, and a context past a model’s limit is shown at the limit with a note', async ({ page, baseURL }) => {
    const problems = watch(page, new URL(baseURL!).origin);
    const figure = await open(page, '/chapters/kv-cache/?kv.model=llama-2-7b&kv.ctx=100000&kv.naive=1', 'kv');
    await expect(figure.locator('.note')).toContainText('at most 4,096 tokens');
    await expect(figure.locator('[data-naive]')).toContainText('the same');
    await expect(figure.locator('[data-probe="output"]')).not.toHaveText(/NaN|Infinity/);
    // Switching to a model with a longer context lifts the limit and the note goes.
    await figure.getByLabel('Model').selectOption('llama-3.1-8b');
    await expect(figure.locator('.note')).toHaveCount(0);
    await expect(figure.locator('.crossover')).toContainText('outgrows the weights at');
    expect(problems).toEqual([]);
  });

  test('more sequences scale the cache and bring the crossover closer', async ({ page }) => {
    const figure = await open(page, '/chapters/kv-cache/?kv.ctx=4096', 'kv');
    const output = figure.locator('[data-probe="output"]');
    // The readout picks a readable decimal unit (MB below 1 GB), so read it in bytes.
    const bytes = async () => {
      const [, number, unit] = /([\d.,]+) (kB|MB|GB|TB)/.exec((await output.textContent())!)!;
      return Number(number!.replace(/,/g, '')) * { kB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12 }[unit as 'kB' | 'MB' | 'GB' | 'TB'];
    };
    const one = await bytes();
    // A typed value applies on Enter (or leaving the field), never per keystroke.
    await figure.getByLabel('Concurrent sequences', { exact: true }).fill('8');
    await expect.poll(bytes).toBe(one);
    await figure.getByLabel('Concurrent sequences', { exact: true }).press('Enter');
    await expect.poll(async () => (await bytes()) / (one * 8)).toBeCloseTo(1, 2);
    await expect(figure.locator('.crossover')).toContainText('per sequence (8 sequences)');
  });
});
