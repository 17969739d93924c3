#!/usr/bin/env node
/**
 * Performance benchmark of a production build.
 *
 *   node scripts/bench.mjs [dir] [--no-lighthouse] [--lighthouse=/chapters/x/] [--strict]
 *
 * 1. For every built page in `dir` (default dist/): the JavaScript, CSS and fonts it loads,
 *    raw and gzip, found by reading the HTML and following static imports through _astro/.
 * 2. Lighthouse (mobile, default config) on one chapter page, served from `dir`.
 * 3. Targets: a chapter page ships ≤ 40 kB of gzip JS; Lighthouse 100 in all four categories.
 *    Misses are reported; with --strict they also make the exit code 1.
 *
 * Writes bench-results/bench.json (summary) and bench-results/lighthouse.json (full report).
 * Dependency-free apart from lighthouse and chrome-launcher (which lighthouse depends on).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS_DIR = join(ROOT, 'bench-results');

/** Gzip JS budget of a chapter page. The book's units: kB = 10³ bytes (see src/lib/core/units.ts). */
const CHAPTER_JS_BUDGET_GZIP_BYTES = 40_000;
/** Lighthouse target for every category, as a 0–100 score. */
const LIGHTHOUSE_TARGET = 100;
const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Flags that let Chromium run headless in a container (see /work/shared/TOOLCHAIN.md). */
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];
const FONT_EXTENSIONS = new Set(['.woff2', '.woff', '.ttf', '.otf', '.eot']);
/** A fake origin to resolve page-relative URLs against; only its path part is ever used. */
const BASE = 'http://bench.invalid';

// ------------------------------------------------------------------ arguments

function parseArgs(argv) {
  const options = { dir: join(ROOT, 'dist'), lighthouse: true, lighthousePage: null, strict: false };
  for (const arg of argv) {
    if (arg === '--no-lighthouse') options.lighthouse = false;
    else if (arg === '--strict') options.strict = true;
    else if (arg.startsWith('--lighthouse=')) options.lighthousePage = arg.slice('--lighthouse='.length);
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (!arg.startsWith('--')) options.dir = resolve(arg);
    else throw new Error(`Unknown option ${arg}. Try --help.`);
  }
  return options;
}

// ------------------------------------------------------------------ files and sizes

/** Every file under `dir`, as paths relative to it with forward slashes. */
function listFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full).map((f) => `${entry.name}/${f}`));
    else out.push(entry.name);
  }
  return out;
}

/** Raw and gzip byte counts. Gzip at zlib's default level 6, what most servers use on the fly. */
function sizeOf(content) {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  return { raw: buffer.length, gzip: gzipSync(buffer).length };
}

const sum = (items) => items.reduce((acc, s) => ({ raw: acc.raw + s.raw, gzip: acc.gzip + s.gzip }), { raw: 0, gzip: 0 });

/** The URL path a browser requests for a built HTML file: chapters/x/index.html → /chapters/x/. */
function pageUrlOf(file) {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/**
 * Maps a URL found in a page or asset to a file in the build, or null if it is on another site
 * (those are listed, not counted: the build cannot know their size).
 */
function resolveLocal(dir, ref, fromUrlPath) {
  const url = new URL(ref.replace(/&amp;/g, '&'), BASE + fromUrlPath);
  if (url.origin !== BASE) return null;
  const path = decodeURIComponent(url.pathname);
  const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
  return { urlPath: url.pathname, file };
}

// ------------------------------------------------------------------ HTML parsing

/** Attributes of one start tag, names lower-cased: `<script type="module" src=x>` → {type, src}. */
function attributesOf(tag) {
  const attrs = {};
  const body = tag.replace(/^<[\w-]+/, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    attrs[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return attrs;
}

/** Script types a browser executes; JSON and other data blocks are not JavaScript. */
function isExecutable(type) {
  return type === undefined || type === '' || type === 'module' || /^(text|application)\/(java|ecma)script$/i.test(type);
}

/**
 * What a page asks the browser to load, straight from its HTML: script URLs (<script src>,
 * modulepreload, astro-island component/renderer/before-hydration URLs), inline scripts,
 * stylesheets and inline <style> blocks.
 */
function scanHtml(html) {
  const scripts = [];
  const islandScripts = [];
  const inlineScripts = [];
  const stylesheets = [];
  const inlineStyles = [];
  for (const m of html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = attributesOf(m[1]);
    if (!isExecutable(attrs.type)) continue;
    if (attrs.src !== undefined) scripts.push(attrs.src);
    else if (m[2].trim()) inlineScripts.push({ code: m[2], module: attrs.type === 'module' });
  }
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const attrs = attributesOf(m[0]);
    const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
    if (!attrs.href) continue;
    if (rel.includes('stylesheet')) stylesheets.push(attrs.href);
    if (rel.includes('modulepreload')) scripts.push(attrs.href);
  }
  // Islands load their component and framework renderer when they hydrate: at once for
  // client:load, later (scrolled into view, idle, …) for every other directive.
  for (const m of html.matchAll(/<astro-island\b[^>]*>/gi)) {
    const attrs = attributesOf(m[0]);
    for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
      if (attrs[name]) (attrs.client === 'load' ? scripts : islandScripts).push(attrs[name]);
    }
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) inlineStyles.push(m[1]);
  return { scripts, islandScripts, inlineScripts, stylesheets, inlineStyles };
}

/**
 * Specifiers of static imports and re-exports in an ES module (minified or not):
 * `import{a}from"./x.js"`, `import "./y.js"`, `export*from"./z.js"`. Dynamic `import("…")`
 * is skipped on purpose: it loads later, on demand, and is not part of the page's first load.
 */
function staticImportsOf(code) {
  const specifiers = [];
  for (const m of code.matchAll(/(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?(["'])([^"'\n]+)\1/g)) {
    specifiers.push(m[2]);
  }
  return specifiers;
}

// ------------------------------------------------------------------ one page

/** Adds a JS file and, recursively, everything it statically imports; each file counted once. */
function collectJs(dir, ref, fromUrlPath, seen, report) {
  const target = resolveLocal(dir, ref, fromUrlPath);
  if (!target) return void report.external.push(ref);
  if (seen.has(target.file)) return;
  seen.add(target.file);
  if (!existsSync(target.file)) return void report.missing.push(target.urlPath);
  const content = readFileSync(target.file);
  report.files.push({ path: target.urlPath, ...sizeOf(content) });
  for (const specifier of staticImportsOf(content.toString('utf8'))) collectJs(dir, specifier, target.urlPath, seen, report);
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

/** Adds a stylesheet, the stylesheets it @imports, and the font files its @font-face rules fetch. */
function collectCss(dir, ref, fromUrlPath, seen, report, fonts) {
  const target = resolveLocal(dir, ref, fromUrlPath);
  if (!target) return void report.external.push(ref);
  if (seen.has(target.file)) return;
  seen.add(target.file);
  if (!existsSync(target.file)) return void report.missing.push(target.urlPath);
  const css = readFileSync(target.file, 'utf8');
  report.files.push({ path: target.urlPath, ...sizeOf(css) });
  collectCssDependencies(dir, css, target.urlPath, seen, report, fonts);
}

function collectCssDependencies(dir, css, fromUrlPath, seen, report, fonts) {
  for (const m of css.matchAll(/@import\s+(?:url\(\s*)?(["']?)([^"')\s;]+)\1/gi)) collectCss(dir, m[2], fromUrlPath, seen, report, fonts);
  for (const ref of fontUrlsOf(css)) {
    const target = resolveLocal(dir, ref, fromUrlPath);
    if (!target || seen.has(target.file)) continue;
    seen.add(target.file);
    if (!existsSync(target.file)) fonts.missing.push(target.urlPath);
    else fonts.files.push({ path: target.urlPath, raw: statSync(target.file).size });
  }
}

/** Everything one built page loads, with sizes. */
function measurePage(dir, file) {
  const url = pageUrlOf(file);
  const html = readFileSync(join(dir, file), 'utf8');
  const scan = scanHtml(html);
  const seen = new Set();

  const js = { files: [], inline: [], external: [], missing: [] };
  for (const ref of scan.scripts) collectJs(dir, ref, url, seen, js);
  for (const { code, module } of scan.inlineScripts) {
    js.inline.push(sizeOf(code));
    if (module) for (const specifier of staticImportsOf(code)) collectJs(dir, specifier, url, seen, js);
  }
  // What the page runs before any deferred island hydrates; the rest loads as islands scroll in.
  const jsOnLoad = sum([...js.files, ...js.inline]);
  for (const ref of scan.islandScripts) collectJs(dir, ref, url, seen, js);

  const css = { files: [], inline: [], external: [], missing: [] };
  const fonts = { files: [], missing: [] };
  for (const ref of scan.stylesheets) collectCss(dir, ref, url, seen, css, fonts);
  for (const style of scan.inlineStyles) {
    css.inline.push(sizeOf(style));
    collectCssDependencies(dir, style, url, seen, css, fonts);
  }

  const htmlSize = sizeOf(html);
  const jsTotal = sum([...js.files, ...js.inline]);
  const cssTotal = sum([...css.files, ...css.inline]);
  const fontBytes = fonts.files.reduce((n, f) => n + f.raw, 0);
  // Inline scripts and styles are already inside the HTML, so the total counts only external files
  // on top of it. Fonts count raw: woff2 is compressed already and servers do not gzip it.
  const external = sum([...js.files, ...css.files]);
  return {
    page: url,
    file,
    html: htmlSize,
    js: {
      ...jsTotal,
      onLoadGzip: jsOnLoad.gzip,
      fileCount: js.files.length,
      inlineCount: js.inline.length,
      files: js.files,
      external: js.external,
      missing: js.missing,
    },
    css: {
      ...cssTotal,
      fileCount: css.files.length,
      inlineCount: css.inline.length,
      files: css.files,
      external: css.external,
      missing: css.missing,
    },
    fonts: { raw: fontBytes, fileCount: fonts.files.length, files: fonts.files, missing: fonts.missing },
    totalBytes: htmlSize.gzip + external.gzip + fontBytes,
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
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

/**
 * Serves `dir` the way a static host does. Used instead of `astro preview`, which always serves the
 * configured outDir (it has no flag for another directory) and keeps a lock file other people's
 * previews would trip over. Directory URLs need the trailing slash (trailingSlash: 'always'),
 * text is gzipped, hashed /_astro/ assets are cached for a year, unknown paths get 404.html.
 */
function startStaticServer(dir) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', BASE);
    let file = resolve(join(root, decodeURIComponent(pathname)));
    if (file !== root && !file.startsWith(root + sep)) return send(res, 403, 'text/plain', 'Forbidden', req);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${pathname}/` });
        return res.end();
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) {
      const notFound = join(root, '404.html');
      return send(res, 404, MIME['.html'], existsSync(notFound) ? readFileSync(notFound) : 'Not found', req);
    }
    const headers = pathname.startsWith('/_astro/')
      ? { 'Cache-Control': 'public, max-age=31536000, immutable' }
      : { 'Cache-Control': 'no-cache' };
    send(res, 200, MIME[extname(file).toLowerCase()] ?? 'application/octet-stream', readFileSync(file), req, headers);
  });
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    // Port 0: the OS picks a free port, so parallel runs and other previews never collide.
    server.listen(0, '127.0.0.1', () => resolveStart({ server, origin: `http://127.0.0.1:${server.address().port}` }));
  });
}

function send(res, status, type, body, req, headers = {}) {
  let payload = typeof body === 'string' ? Buffer.from(body) : body;
  const out = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff', ...headers };
  if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    payload = gzipSync(payload);
    out['Content-Encoding'] = 'gzip';
    out.Vary = 'Accept-Encoding';
  }
  out['Content-Length'] = payload.length;
  res.writeHead(status, out);
  res.end(req.method === 'HEAD' ? undefined : payload);
}

// ------------------------------------------------------------------ Lighthouse

/** Chromium from the environment, else Debian's, else whatever chrome-launcher finds. */
function chromePath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

/** Runs Lighthouse's default (mobile) config on `url` in a fresh headless Chromium. */
async function runLighthouse(url) {
  // Imported here so `--no-lighthouse` works without the devDependency installed.
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath: chromePath(), chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
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
  const metric = (id) => ({ value: audit(id)?.numericValue ?? null, display: audit(id)?.displayValue ?? null });
  return {
    url: lhr.finalDisplayedUrl ?? lhr.finalUrl,
    lighthouseVersion: lhr.lighthouseVersion,
    formFactor: lhr.configSettings?.formFactor,
    throttlingMethod: lhr.configSettings?.throttlingMethod,
    scores,
    metrics: {
      lcpMs: metric('largest-contentful-paint'),
      tbtMs: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      fcpMs: metric('first-contentful-paint'),
      speedIndexMs: metric('speed-index'),
      // What the browser really downloaded (only the fonts the page uses), to set against the static estimate.
      totalByteWeight: metric('total-byte-weight'),
    },
    losses,
    runWarnings: lhr.runWarnings ?? [],
  };
}

// ------------------------------------------------------------------ report

const kB = (bytes) => (bytes / 1000).toFixed(1);
/** A path relative to the working directory when it is inside it, else absolute. */
const displayPath = (path) => (relative(process.cwd(), path).startsWith('..') ? path : relative(process.cwd(), path) || '.');

function printTable(pages) {
  const header = [
    'page',
    'JS files',
    'JS kB',
    'JS gz kB',
    'on load gz kB',
    'CSS kB',
    'CSS gz kB',
    'fonts',
    'fonts kB',
    'HTML gz kB',
    'total kB',
  ];
  const rows = pages.map((p) => [
    p.page,
    `${p.js.fileCount}+${p.js.inlineCount} inline`,
    kB(p.js.raw),
    kB(p.js.gzip),
    kB(p.js.onLoadGzip),
    kB(p.css.raw),
    kB(p.css.gzip),
    String(p.fonts.fileCount),
    kB(p.fonts.raw),
    kB(p.html.gzip),
    kB(p.totalBytes),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  console.log(
    'JS counts every island on the page; "on load" is the part fetched before any deferred island (client:visible, client:linked, …) hydrates.',
  );
  console.log('kB = 1000 bytes. total = HTML gz + external JS/CSS gz + fonts (raw; woff2 does not gzip).');
  console.log('Fonts: the first url() of each @font-face the CSS declares — an upper bound; a browser fetches only the faces a page uses.');
}

/** Targets that were missed, as sentences. */
function checkTargets(pages, lighthouse) {
  const misses = [];
  for (const p of pages.filter((page) => page.page.startsWith('/chapters/'))) {
    if (p.js.gzip > CHAPTER_JS_BUDGET_GZIP_BYTES) {
      misses.push(`${p.page}: ${kB(p.js.gzip)} kB gzip JS > ${kB(CHAPTER_JS_BUDGET_GZIP_BYTES)} kB budget`);
    }
  }
  if (lighthouse?.summary) {
    for (const [id, score] of Object.entries(lighthouse.summary.scores)) {
      if (score === null || score < LIGHTHOUSE_TARGET)
        misses.push(`Lighthouse ${id} ${score ?? 'n/a'} < ${LIGHTHOUSE_TARGET} on ${lighthouse.page}`);
    }
  } else if (lighthouse?.error) {
    misses.push(`Lighthouse did not run: ${lighthouse.error}`);
  }
  return misses;
}

function printLighthouse(lighthouse) {
  if (lighthouse.error) return console.log(`\nLighthouse on ${lighthouse.page}: failed — ${lighthouse.error}`);
  const { scores, metrics, losses, lighthouseVersion, formFactor } = lighthouse.summary;
  console.log(`\nLighthouse ${lighthouseVersion} (${formFactor}) on ${lighthouse.page}`);
  console.log(`  ${LIGHTHOUSE_CATEGORIES.map((id) => `${id} ${scores[id] ?? 'n/a'}`).join('  ·  ')}`);
  console.log(
    `  LCP ${metrics.lcpMs.display ?? 'n/a'}  ·  TBT ${metrics.tbtMs.display ?? 'n/a'}  ·  CLS ${metrics.cls.display ?? 'n/a'}  ·  FCP ${metrics.fcpMs.display ?? 'n/a'}`,
  );
  if (metrics.totalByteWeight.value !== null)
    console.log(`  downloaded ${kB(metrics.totalByteWeight.value)} kB in all (Lighthouse's total-byte-weight, transfer sizes)`);
  for (const [id, list] of Object.entries(losses)) {
    for (const loss of list) console.log(`  below full marks, ${id}: ${loss.title}${loss.displayValue ? ` (${loss.displayValue})` : ''}`);
  }
}

// ------------------------------------------------------------------ main

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    console.log('Usage: node scripts/bench.mjs [dir=dist] [--no-lighthouse] [--lighthouse=/chapters/x/] [--strict]');
    return 0;
  }
  if (!existsSync(options.dir)) throw new Error(`${options.dir} does not exist: build first (npm run build).`);

  const htmlFiles = listFiles(options.dir)
    .filter((f) => f.endsWith('.html'))
    .sort();
  const pages = htmlFiles.map((file) => measurePage(options.dir, file));
  console.log(`Pages in ${displayPath(options.dir)}:\n`);
  printTable(pages);
  for (const p of pages) {
    for (const m of [...p.js.missing, ...p.css.missing, ...p.fonts.missing])
      console.warn(`  ! ${p.page} references ${m}, not in the build`);
    for (const x of [...p.js.external, ...p.css.external]) console.warn(`  ! ${p.page} loads ${x} from another site (not counted)`);
  }

  let lighthouse = null;
  if (options.lighthouse) {
    const page = options.lighthousePage ?? pages.find((p) => /^\/chapters\/[^/]+\/$/.test(p.page))?.page;
    if (!page) {
      lighthouse = { page: null, error: 'no /chapters/*/ page in the build; pass --lighthouse=/path/' };
    } else {
      const { server, origin } = await startStaticServer(options.dir);
      try {
        const lhr = await runLighthouse(origin + page);
        mkdirSync(RESULTS_DIR, { recursive: true });
        writeFileSync(join(RESULTS_DIR, 'lighthouse.json'), JSON.stringify(lhr));
        lighthouse = { page, summary: summarizeLighthouse(lhr) };
      } catch (error) {
        lighthouse = { page, error: error instanceof Error ? error.message : String(error) };
      } finally {
        server.close();
      }
    }
    printLighthouse(lighthouse);
  }

  const misses = checkTargets(pages, lighthouse);
  console.log(misses.length ? `\nTargets missed:\n${misses.map((m) => `  ✗ ${m}`).join('\n')}` : '\nAll targets met.');

  mkdirSync(RESULTS_DIR, { recursive: true });
  const report = {
    generatedAt: new Date().toISOString(),
    dir: options.dir,
    units: 'bytes; gzip = zlib level 6',
    targets: { chapterJsGzipBytes: CHAPTER_JS_BUDGET_GZIP_BYTES, lighthouseScore: LIGHTHOUSE_TARGET },
    pages,
    lighthouse,
    misses,
  };
  writeFileSync(join(RESULTS_DIR, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote ${displayPath(join(RESULTS_DIR, 'bench.json'))}${lighthouse?.summary ? ' and lighthouse.json' : ''}.`);
  return options.strict && misses.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
