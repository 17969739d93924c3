#!/usr/bin/env node
/**
 * Performance benchmark of a production build (`npm run build` first).
 *
 *   npm run bench -- [dir] [--strict] [--no-lighthouse] [--no-input] [--runs=3] [--page=/chapters/x/]
 *
 * 1. Bytes, for every built page: the JS it fetches on load plus every island that hydrates by
 *    itself (when visible, idle, …), which is what the budget counts; code loaded only on an
 *    explicit action (a dynamic import(): opening search, focusing an editor, a ?variant link) is
 *    reported apart, chunk by chunk, each against the budget its feature registers in LAZY_CHUNKS.
 *    Read with parse5 and es-module-lexer (scripts/built-html.mjs), never by pattern over HTML.
 * 2. Lighthouse (mobile, default config) on every chapter: the median of `--runs` runs.
 * 3. Input cost of every instrument on a chapter: the synchronous work one input on its main control
 *    triggers (dispatch, the reactive update, a forced layout of the instrument), p95 over
 *    INPUTS scripted inputs under 4× CPU throttling (DevTools protocol), and event-to-next-frame.
 *
 * Targets (TARGETS) are reported; with --strict a miss makes the exit code 1.
 * Writes bench-results/bench.json (everything) and bench-results/lighthouse-<page>.json (median runs).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { attr, elements, importsOf, pageLoads, parseHtml } from './built-html.mjs';
import { systemChromium } from './chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS_DIR = join(ROOT, 'bench-results');

/** The book's units: kB = 10³ bytes (see src/lib/core/units.ts). */
const TARGETS = {
  /** Gzip JS of any page: on load plus every island that hydrates by itself. */
  pageJsGzipBytes: 40_000,
  /** Every Lighthouse category, 0–100, on every chapter. */
  lighthouseScore: 100,
  /** p95 synchronous work of one input on an instrument's main control, at 4× CPU throttling: one frame. */
  inputCostP95Ms: 16,
};

/**
 * Code a page loads only on an explicit action, each with its own budget. A feature that adds a
 * dynamic import() registers its chunk here; a dynamic import no entry matches is reported as a
 * miss, so nothing slips out of the page budget unstated. `match` gets the URL path of the
 * import()'s target (e.g. '/_astro/Editor.x1y2.js'); the chunk counts that file and what it
 * imports statically that the page has not loaded already. For example:
 *   { id: 'search', trigger: 'opening search', budgetGzipBytes: 60_000, match: (path) => path.startsWith('/pagefind/') }
 */
const LAZY_CHUNKS = [
  // The search dialog (src/site/client/search-ui.ts). The Pagefind engine, WebAssembly and index it
  // then fetches by URL are measured by `npm run bench:search` (scripts/search-bench.mjs).
  {
    id: 'search',
    trigger: 'opening search (/ or the search box)',
    budgetGzipBytes: 5_000,
    match: (path) => /^\/_astro\/search-ui\.[\w-]+\.js$/.test(path),
  },
];

const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Flags that let Chromium run headless in a container (see /work/shared/TOOLCHAIN.md). */
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];
const FONT_EXTENSIONS = new Set(['.woff2', '.woff', '.ttf', '.otf', '.eot']);
/** Scripted inputs per instrument (after WARMUP_INPUTS that are not counted). */
const INPUTS = 60;
const WARMUP_INPUTS = 5;
const CPU_THROTTLING_RATE = 4;
/** A fake origin to resolve page-relative URLs against; only its path part is ever used. */
const BASE = 'http://bench.invalid';

// ------------------------------------------------------------------ arguments

function parseArgs(argv) {
  const options = { dir: join(ROOT, 'dist'), lighthouse: true, input: true, runs: 3, pages: [], strict: false };
  for (const arg of argv) {
    if (arg === '--no-lighthouse') options.lighthouse = false;
    else if (arg === '--no-input') options.input = false;
    else if (arg === '--strict') options.strict = true;
    else if (arg.startsWith('--runs=')) options.runs = Math.max(1, Number(arg.slice('--runs='.length)) || 1);
    else if (arg.startsWith('--page=')) options.pages.push(arg.slice('--page='.length));
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (!arg.startsWith('--')) options.dir = resolve(arg);
    else throw new Error(`Unknown option ${arg}. Try --help.`);
  }
  return options;
}

// ------------------------------------------------------------------ files and sizes

/** Every file under `dir`, as paths relative to it with forward slashes. */
function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)).map((f) => `${entry.name}/${f}`) : [entry.name],
  );
}

/** Raw, gzip and brotli byte counts. Gzip at zlib's default level 6, what most servers use on the fly. */
function sizeOf(content) {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  return { raw: buffer.length, gzip: gzipSync(buffer).length, brotli: brotliCompressSync(buffer).length };
}

const sum = (items) =>
  items.reduce((acc, s) => ({ raw: acc.raw + s.raw, gzip: acc.gzip + s.gzip, brotli: acc.brotli + s.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });

/** The URL path a browser requests for a built HTML file: chapters/x/index.html → /chapters/x/. */
function pageUrlOf(file) {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** The file in the build a URL found in a page or asset names, or null when it is on another site. */
function resolveLocal(dir, ref, fromUrlPath) {
  const url = new URL(ref, BASE + fromUrlPath);
  if (url.origin !== BASE) return null;
  const path = decodeURIComponent(url.pathname);
  return { urlPath: url.pathname, file: join(dir, path.endsWith('/') ? `${path}index.html` : path) };
}

// ------------------------------------------------------------------ one page

/** A memo of file sizes and imports: shared chunks are read once for all pages. */
function assetReader(dir) {
  const cache = new Map();
  return (file) => {
    if (!cache.has(file)) {
      const content = readFileSync(file);
      cache.set(file, { size: sizeOf(content), text: content.toString('utf8') });
    }
    return cache.get(file);
  };
}

/**
 * Adds the JS files `refs` load and everything they import statically, each file once (in `seen`);
 * the targets of dynamic imports go to `dynamic` for the lazy report.
 */
function collectJs(ctx, refs, fromUrlPath, report) {
  for (const ref of refs) {
    const target = resolveLocal(ctx.dir, ref, fromUrlPath);
    if (!target) {
      report.external.push(ref);
      continue;
    }
    if (ctx.seen.has(target.file)) continue;
    ctx.seen.add(target.file);
    if (!existsSync(target.file)) {
      report.missing.push(target.urlPath);
      continue;
    }
    const { size, text } = ctx.read(target.file);
    report.files.push({ path: target.urlPath, ...size });
    const imports = importsOf(text);
    collectJs(ctx, imports.static, target.urlPath, report);
    for (const specifier of imports.dynamic) {
      const lazy = resolveLocal(ctx.dir, specifier, target.urlPath);
      if (lazy) ctx.dynamic.add(lazy.urlPath);
    }
  }
}

/** Font files a stylesheet points at: the first url() of each @font-face, the one a modern browser fetches. */
function fontUrlsOf(css) {
  const urls = [];
  for (const face of css.matchAll(/@font-face\s*{([^}]*)}/gi)) {
    const first = face[1].match(/url\(\s*(["']?)([^"')]+)\1\s*\)/i);
    if (first && FONT_EXTENSIONS.has(extname(first[2].split(/[?#]/)[0]).toLowerCase())) urls.push(first[2]);
  }
  return urls;
}

/** Adds stylesheets, what they @import, and the fonts their @font-face rules fetch (CSS, so patterns are fine). */
function collectCss(ctx, refs, fromUrlPath, report, fonts) {
  for (const ref of refs) {
    const target = resolveLocal(ctx.dir, ref, fromUrlPath);
    if (!target) {
      report.external.push(ref);
      continue;
    }
    if (ctx.seen.has(target.file)) continue;
    ctx.seen.add(target.file);
    if (!existsSync(target.file)) {
      report.missing.push(target.urlPath);
      continue;
    }
    const { size, text } = ctx.read(target.file);
    report.files.push({ path: target.urlPath, ...size });
    collectCssDependencies(ctx, text, target.urlPath, report, fonts);
  }
}

function collectCssDependencies(ctx, css, fromUrlPath, report, fonts) {
  const imports = [...css.matchAll(/@import\s+(?:url\(\s*)?(["']?)([^"')\s;]+)\1/gi)].map((m) => m[2]);
  collectCss(ctx, imports, fromUrlPath, report, fonts);
  for (const ref of fontUrlsOf(css)) {
    const target = resolveLocal(ctx.dir, ref, fromUrlPath);
    if (!target || ctx.seen.has(target.file)) continue;
    ctx.seen.add(target.file);
    if (!existsSync(target.file)) fonts.missing.push(target.urlPath);
    else fonts.files.push({ path: target.urlPath, raw: statSync(target.file).size });
  }
}

/** The lazy chunk `entry` (a dynamic import target) starts, apart from what the page has loaded. */
function lazyChunk(ctx, entry, url) {
  const report = { files: [], external: [], missing: [] };
  collectJs(ctx, [entry], url, report);
  const registered = LAZY_CHUNKS.find((chunk) => chunk.match(entry));
  return { entry, id: registered?.id ?? null, trigger: registered?.trigger ?? null, ...sum(report.files), files: report.files };
}

/** Everything one built page loads, with sizes. */
function measurePage(dir, read, file) {
  const url = pageUrlOf(file);
  const html = readFileSync(join(dir, file), 'utf8');
  const document = parseHtml(html);
  const loads = pageLoads(document);
  const ctx = { dir, read, seen: new Set(), dynamic: new Set() };

  const onLoad = { files: [], external: [], missing: [] };
  collectJs(ctx, loads.scripts, url, onLoad);
  for (const { code } of loads.inlineScripts.filter((script) => script.module)) {
    const imports = importsOf(code);
    collectJs(ctx, imports.static, url, onLoad);
    for (const specifier of imports.dynamic) {
      const lazy = resolveLocal(ctx.dir, specifier, url);
      if (lazy) ctx.dynamic.add(lazy.urlPath);
    }
  }
  const inline = loads.inlineScripts.map(({ code }) => sizeOf(code));
  // Islands hydrate by themselves (scrolled into view, idle, …): their code is part of the budget.
  const islands = { files: [], external: [], missing: [] };
  collectJs(
    ctx,
    loads.islands.flatMap((island) => island.urls),
    url,
    islands,
  );
  // Dynamic imports, followed breadth-first so a lazy chunk's own lazy parts are listed too.
  const lazy = [];
  const done = new Set();
  for (let pending = [...ctx.dynamic]; pending.length; pending = [...ctx.dynamic].filter((entry) => !done.has(entry))) {
    for (const entry of pending) {
      done.add(entry);
      lazy.push(lazyChunk(ctx, entry, url));
    }
  }

  const css = { files: [], external: [], missing: [] };
  const fonts = { files: [], missing: [] };
  collectCss(ctx, loads.stylesheets, url, css, fonts);
  for (const style of loads.inlineStyles) collectCssDependencies(ctx, style, url, css, fonts);

  const htmlSize = sizeOf(html);
  const budgetJs = sum([...onLoad.files, ...inline, ...islands.files]);
  const cssSize = sum(css.files);
  const fontBytes = fonts.files.reduce((n, f) => n + f.raw, 0);
  return {
    page: url,
    file,
    islands: loads.islands.map((island) => ({ client: island.client, component: island.componentUrl })),
    html: htmlSize,
    js: {
      budget: budgetJs,
      onLoad: sum([...onLoad.files, ...inline]),
      islands: sum(islands.files),
      inlineCount: inline.length,
      files: [...onLoad.files, ...islands.files],
      external: [...onLoad.external, ...islands.external],
      missing: [...onLoad.missing, ...islands.missing],
    },
    lazy,
    css: { ...cssSize, files: css.files, external: css.external, missing: css.missing },
    fonts: { raw: fontBytes, fileCount: fonts.files.length, files: fonts.files, missing: fonts.missing },
    // Inline scripts are inside the HTML already; fonts count raw (woff2 is compressed and not gzipped again).
    totalGzipBytes: htmlSize.gzip + sum([...onLoad.files, ...islands.files]).gzip + cssSize.gzip + fontBytes,
  };
}

// ------------------------------------------------------------------ static server

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

/**
 * Serves `dir` the way a static host does: directory URLs need the trailing slash, text goes out
 * as the build's pre-compressed twin (`.br`, else `.gz`, as the browser accepts) or gzipped on the
 * fly, hashed /_astro/ assets are cached for a year, unknown paths get 404.html. (Not `astro
 * preview`: it serves only the configured outDir and keeps a lock file other previews trip over.)
 */
function startStaticServer(dir) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', BASE);
    let file = resolve(join(root, decodeURIComponent(pathname)));
    if (file !== root && !file.startsWith(root + sep)) return res.writeHead(403).end('Forbidden');
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${pathname}/` });
        return res.end();
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) return send(res, 404, MIME['.html'], join(root, '404.html'), req);
    const headers = pathname.startsWith('/_astro/')
      ? { 'Cache-Control': 'public, max-age=31536000, immutable' }
      : { 'Cache-Control': 'no-cache' };
    send(res, 200, MIME[extname(file).toLowerCase()] ?? 'application/octet-stream', file, req, headers);
  });
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    // Port 0: the OS picks a free port, so parallel runs and other previews never collide.
    server.listen(0, '127.0.0.1', () => resolveStart({ server, origin: `http://127.0.0.1:${server.address().port}` }));
  });
}

function send(res, status, type, file, req, headers = {}) {
  const accepts = (encoding) => new RegExp(`\\b${encoding}\\b`).test(req.headers['accept-encoding'] ?? '');
  const out = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff', ...headers };
  let payload = existsSync(file) ? readFileSync(file) : Buffer.from('Not found');
  if (COMPRESSIBLE.test(type)) {
    const twin = [
      ['br', `${file}.br`],
      ['gzip', `${file}.gz`],
    ].find(([encoding, path]) => accepts(encoding) && existsSync(path));
    if (twin) [out['Content-Encoding'], payload] = [twin[0], readFileSync(twin[1])];
    else if (accepts('gzip')) [out['Content-Encoding'], payload] = ['gzip', gzipSync(payload)];
    out.Vary = 'Accept-Encoding';
  }
  out['Content-Length'] = payload.length;
  res.writeHead(status, out);
  res.end(req.method === 'HEAD' ? undefined : payload);
}

// ------------------------------------------------------------------ browsers

/** The system Chromium, else Playwright's own (npm test downloads it when there is no system one). */
async function chromePath() {
  const system = systemChromium();
  if (system) return system;
  const { chromium } = await import('@playwright/test');
  return chromium.executablePath();
}

// ------------------------------------------------------------------ Lighthouse

/** Runs Lighthouse's default (mobile) config on `url` in a fresh headless Chromium. */
async function runLighthouse(url) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath: await chromePath(), chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error('Lighthouse returned no result.');
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

/** The four category scores (0–100), key metrics, and the audits that cost points. */
function summarizeLighthouse(lhr) {
  const audit = (id) => lhr.audits[id];
  const scores = {};
  const losses = {};
  for (const id of LIGHTHOUSE_CATEGORIES) {
    const category = lhr.categories[id];
    scores[id] = category?.score == null ? null : Math.round(category.score * 100);
    losses[id] = (category?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && audit(ref.id)?.score !== null && audit(ref.id)?.score < 1)
      .map((ref) => ({
        id: ref.id,
        title: audit(ref.id).title,
        score: audit(ref.id).score,
        displayValue: audit(ref.id).displayValue ?? null,
      }));
  }
  const metric = (id) => audit(id)?.numericValue ?? null;
  return {
    lighthouseVersion: lhr.lighthouseVersion,
    formFactor: lhr.configSettings?.formFactor,
    scores,
    metrics: {
      fcpMs: metric('first-contentful-paint'),
      lcpMs: metric('largest-contentful-paint'),
      tbtMs: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      speedIndexMs: metric('speed-index'),
      // What the browser really downloaded (transfer sizes), to set against the static estimate.
      totalByteWeight: metric('total-byte-weight'),
    },
    losses,
    runWarnings: lhr.runWarnings ?? [],
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null;
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : null;
};

/** `runs` Lighthouse runs of one page; the run with the median performance score stands for them. */
async function lighthouseMedian(origin, page, runs) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await runLighthouse(origin + page));
  const summaries = results.map(summarizeLighthouse);
  const order = summaries
    .map((s, i) => ({ i, key: (s.scores.performance ?? -1) * 1e6 - (s.metrics.lcpMs ?? 0) }))
    .sort((a, b) => a.key - b.key);
  const mid = order[Math.floor((order.length - 1) / 2)].i;
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(
    join(RESULTS_DIR, `lighthouse-${page.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}.json`),
    JSON.stringify(results[mid]),
  );
  return {
    page,
    runs,
    ...summaries[mid],
    medians: Object.fromEntries(
      Object.keys(summaries[0].metrics).map((key) => [key, median(summaries.map((s) => s.metrics[key]).filter((v) => v !== null))]),
    ),
    performanceRuns: summaries.map((s) => s.scores.performance),
  };
}

// ------------------------------------------------------------------ input cost

/**
 * In the page: `count` scripted inputs on the instrument's main control (a range input), sweeping its
 * range. For each: the synchronous work (set the value, dispatch `input`, let Svelte's microtask
 * flush run, force a layout of the instrument) and the time to the next frame after it.
 */
function inputProbe({ ns, count, warmup }) {
  const figure = document.querySelector(`figure[data-instrument="${ns}"]`);
  const control = figure?.querySelector('[data-probe="control"]');
  if (!control || control.type !== 'range') return Promise.resolve({ error: `no range control in #${ns}` });
  const min = Number(control.min || 0);
  const max = Number(control.max || 100);
  const step = control.step === 'any' ? 0 : Number(control.step || 1);
  // A sweep up and down the range: every input changes the value.
  const at = (i) => {
    const phase = (i % 40) / 20;
    const t = phase <= 1 ? phase : 2 - phase;
    const raw = min + (max - min) * (0.05 + 0.9 * t);
    return step ? Math.round((raw - min) / step) * step + min : raw;
  };
  const nextFrame = () =>
    new Promise((done) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done();
        channel.port2.postMessage(0);
      }),
    );
  const microtasks = async () => {
    for (let i = 0; i < 3; i++) await new Promise((done) => queueMicrotask(done));
  };
  return (async () => {
    const sync = [];
    const frame = [];
    await nextFrame();
    for (let i = 0; i < warmup + count; i++) {
      const start = performance.now();
      control.value = String(at(i));
      control.dispatchEvent(new Event('input', { bubbles: true }));
      await microtasks();
      void figure.getBoundingClientRect().height; // forces style and layout
      const work = performance.now() - start;
      await nextFrame();
      const toFrame = performance.now() - start;
      if (i >= warmup) {
        sync.push(work);
        frame.push(toFrame);
      }
    }
    return { sync, frame };
  })();
}

/** Input cost of every instrument on the given pages, in one headless Chromium at 4× CPU throttling. */
async function measureInputs(origin, cases) {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath: await chromePath(),
    args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless')),
  });
  const results = [];
  try {
    // The cost of waiting for a frame with no work at all, to read event-to-next-frame against.
    const idle = await withPage(browser, origin + cases[0].page, async (page) => {
      await page.evaluate(() => {
        const figure = document.createElement('figure');
        figure.dataset.instrument = '__idle';
        const input = Object.assign(document.createElement('input'), { type: 'range' });
        input.dataset.probe = 'control';
        figure.append(input);
        document.body.append(figure);
      });
      return page.evaluate(inputProbe, { ns: '__idle', count: INPUTS, warmup: WARMUP_INPUTS });
    });
    results.push({ page: null, ns: '(no work)', ...stats(idle) });
    for (const { page: path, ns } of cases) {
      const measured = await withPage(browser, `${origin}${path}#${ns}`, async (page) => {
        // The #ns anchor hydrates the instrument at once (client:linked).
        await page.waitForFunction(
          (n) => !document.querySelector(`astro-island:has(figure[data-instrument="${n}"])`)?.hasAttribute('ssr'),
          ns,
          { timeout: 30_000 },
        );
        return page.evaluate(inputProbe, { ns, count: INPUTS, warmup: WARMUP_INPUTS });
      });
      results.push({ page: path, ns, ...stats(measured) });
    }
  } finally {
    await browser.close();
  }
  return results;
}

async function withPage(browser, url, run) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING_RATE });
    return await run(page);
  } finally {
    await context.close();
  }
}

function stats(measured) {
  if (measured.error) return { error: measured.error };
  const round = (v) => Math.round(v * 10) / 10;
  return {
    inputs: measured.sync.length,
    syncP50Ms: round(median(measured.sync)),
    syncP95Ms: round(percentile(measured.sync, 95)),
    frameP50Ms: round(median(measured.frame)),
    frameP95Ms: round(percentile(measured.frame, 95)),
  };
}

/** Every instrument on the chapters, as (chapter, namespace) pairs, from the built HTML. */
function instrumentCases(dir, pages) {
  return pages.flatMap((page) => {
    const document = parseHtml(readFileSync(join(dir, page.file), 'utf8'));
    return [...elements(document)]
      .filter((el) => el.tagName === 'figure' && attr(el, 'data-instrument'))
      .map((el) => ({ page: page.page, ns: attr(el, 'data-instrument') }));
  });
}

// ------------------------------------------------------------------ report

const kB = (bytes) => (bytes / 1000).toFixed(1);
const displayPath = (path) => (relative(process.cwd(), path).startsWith('..') ? path : relative(process.cwd(), path) || '.');

function printTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

function printPages(pages) {
  printTable(
    ['page', 'JS budget gz', 'on load gz', 'islands gz', 'lazy gz', 'CSS gz', 'HTML gz', 'HTML br', 'fonts', 'total gz'],
    pages.map((p) => [
      p.page,
      kB(p.js.budget.gzip),
      kB(p.js.onLoad.gzip),
      kB(p.js.islands.gzip),
      p.lazy.length ? kB(sum(p.lazy).gzip) : '–',
      kB(p.css.gzip),
      kB(p.html.gzip),
      kB(p.html.brotli),
      kB(p.fonts.raw),
      kB(p.totalGzipBytes),
    ]),
  );
  console.log(
    `kB = 1000 bytes. JS budget = on load + every island that hydrates by itself (${kB(TARGETS.pageJsGzipBytes)} kB gzip a page); lazy = dynamic import()s, apart.`,
  );
  console.log('Fonts: the first url() of each @font-face — an upper bound; a browser fetches only the faces a page uses.');
}

function checkTargets(pages, lighthouse, inputs) {
  const misses = [];
  for (const p of pages) {
    if (p.js.budget.gzip > TARGETS.pageJsGzipBytes)
      misses.push(`${p.page}: ${kB(p.js.budget.gzip)} kB gzip JS > ${kB(TARGETS.pageJsGzipBytes)} kB`);
    for (const chunk of p.lazy) {
      const registered = LAZY_CHUNKS.find((c) => c.id === chunk.id);
      if (!registered) misses.push(`${p.page}: lazy chunk ${chunk.entry} is not registered in LAZY_CHUNKS (scripts/bench.mjs)`);
      else if (chunk.gzip > registered.budgetGzipBytes)
        misses.push(`${p.page}: lazy chunk ${chunk.id} ${kB(chunk.gzip)} kB gzip > ${kB(registered.budgetGzipBytes)} kB`);
    }
  }
  for (const run of lighthouse) {
    if (run.error) misses.push(`Lighthouse did not run on ${run.page}: ${run.error}`);
    else
      for (const [id, score] of Object.entries(run.scores)) {
        if (score === null || score < TARGETS.lighthouseScore)
          misses.push(`${run.page}: Lighthouse ${id} ${score ?? 'n/a'} < ${TARGETS.lighthouseScore}`);
      }
  }
  for (const row of inputs.filter((r) => r.page)) {
    if (row.error) misses.push(`${row.page}#${row.ns}: ${row.error}`);
    else if (row.syncP95Ms > TARGETS.inputCostP95Ms)
      misses.push(`${row.page}#${row.ns}: input cost p95 ${row.syncP95Ms} ms > ${TARGETS.inputCostP95Ms} ms`);
  }
  return misses;
}

// ------------------------------------------------------------------ main

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    console.log('Usage: npm run bench -- [dir=dist] [--strict] [--no-lighthouse] [--no-input] [--runs=3] [--page=/chapters/x/ …]');
    return 0;
  }
  if (!existsSync(options.dir)) throw new Error(`${options.dir} does not exist: build first (npm run build).`);

  const read = assetReader(options.dir);
  const pages = listFiles(options.dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => measurePage(options.dir, read, file));
  const isChapter = (p) => /^\/chapters\/[^/]+\/$/.test(p.page);
  const chosen = options.pages.length ? pages.filter((p) => options.pages.includes(p.page)) : pages.filter(isChapter);
  if (options.pages.length && chosen.length !== options.pages.length) throw new Error(`No such page: ${options.pages.join(', ')}`);

  console.log(`Pages in ${displayPath(options.dir)}:\n`);
  printPages(pages);
  for (const p of pages) {
    for (const m of [...p.js.missing, ...p.css.missing, ...p.fonts.missing])
      console.warn(`  ! ${p.page} references ${m}, not in the build`);
    for (const x of [...p.js.external, ...p.css.external]) console.warn(`  ! ${p.page} loads ${x} from another site (not counted)`);
  }
  // Lazy chunks once each, with the pages that can load them (the largest size any page sees).
  const lazy = new Map();
  for (const p of pages) {
    for (const chunk of p.lazy) {
      const key = chunk.id ?? chunk.entry;
      const seen = lazy.get(key) ?? { ...chunk, pages: 0 };
      lazy.set(key, { ...seen, gzip: Math.max(seen.gzip, chunk.gzip), pages: seen.pages + 1 });
    }
  }
  if (lazy.size) {
    console.log('\nLoaded only on an explicit action (dynamic import), apart from the budget above:\n');
    printTable(
      ['chunk', 'trigger', 'pages', 'gz kB', 'budget kB'],
      [...lazy.values()].map((c) => [
        c.id ?? `unregistered: ${c.entry}`,
        c.trigger ?? '?',
        c.pages,
        kB(c.gzip),
        c.id ? kB(LAZY_CHUNKS.find((r) => r.id === c.id).budgetGzipBytes) : '–',
      ]),
    );
  }

  const lighthouse = [];
  const inputs = [];
  if (options.lighthouse || options.input) {
    const { server, origin } = await startStaticServer(options.dir);
    try {
      if (options.lighthouse) {
        console.log(`\nLighthouse (mobile), median of ${options.runs} run(s):\n`);
        for (const page of chosen) {
          try {
            lighthouse.push(await lighthouseMedian(origin, page.page, options.runs));
          } catch (error) {
            lighthouse.push({ page: page.page, error: error instanceof Error ? error.message : String(error) });
          }
        }
        printTable(
          ['page', 'perf', 'a11y', 'best', 'SEO', 'perf runs', 'FCP s', 'LCP s', 'TBT ms', 'CLS', 'weight kB'],
          lighthouse.map((r) =>
            r.error
              ? [r.page, 'failed', '', '', '', '', '', '', '', '', r.error]
              : [
                  r.page,
                  r.scores.performance,
                  r.scores.accessibility,
                  r.scores['best-practices'],
                  r.scores.seo,
                  r.performanceRuns.join('/'),
                  (r.medians.fcpMs / 1000).toFixed(1),
                  (r.medians.lcpMs / 1000).toFixed(1),
                  Math.round(r.medians.tbtMs),
                  r.medians.cls.toFixed(3),
                  kB(r.medians.totalByteWeight),
                ],
          ),
        );
        for (const r of lighthouse.filter((run) => !run.error)) {
          for (const [id, list] of Object.entries(r.losses)) {
            for (const loss of list)
              console.log(`  ${r.page} below full marks, ${id}: ${loss.title}${loss.displayValue ? ` (${loss.displayValue})` : ''}`);
          }
        }
      }
      if (options.input) {
        const cases = instrumentCases(options.dir, chosen);
        if (cases.length) {
          console.log(
            `\nInput cost, ${INPUTS} scripted inputs on each instrument's main control, CPU throttled ${CPU_THROTTLING_RATE}×:\n`,
          );
          inputs.push(...(await measureInputs(origin, cases)));
          printTable(
            ['instrument', 'page', 'sync p50 ms', 'sync p95 ms', 'to frame p50 ms', 'to frame p95 ms'],
            inputs.map((r) =>
              r.error
                ? [r.ns, r.page ?? '', r.error, '', '', '']
                : [r.ns, r.page ?? '', r.syncP50Ms, r.syncP95Ms, r.frameP50Ms, r.frameP95Ms],
            ),
          );
          console.log(
            'sync = dispatch + reactive update + forced layout of the instrument; to frame = from the input to the next frame (includes waiting for it).',
          );
        }
      }
    } finally {
      server.close();
    }
  }

  const misses = checkTargets(pages, lighthouse, inputs);
  console.log(misses.length ? `\nTargets missed:\n${misses.map((m) => `  ✗ ${m}`).join('\n')}` : '\nAll targets met.');
  mkdirSync(RESULTS_DIR, { recursive: true });
  const report = {
    generatedAt: new Date().toISOString(),
    dir: options.dir,
    units: 'bytes; gzip = zlib level 6; ms',
    targets: TARGETS,
    pages,
    lighthouse,
    inputs,
    misses,
  };
  writeFileSync(join(RESULTS_DIR, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote ${displayPath(join(RESULTS_DIR, 'bench.json'))}.`);
  return options.strict && misses.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
