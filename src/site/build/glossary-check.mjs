// Build check over dist/, after every page is written: a link to /glossary/#<id> on any page must
// name a glossary term (the build fails, listing every bad link), and a term no page uses — no
// link to it and no <strong data-term> defining it — is reported as a warning.
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { attr, elements, parseHtml } from '../../../scripts/built-html.mjs';

const GLOSSARY = '/glossary/';

/**
 * Glossary links and uses in built pages. `pages` are `{ path, html }` with URL paths
 * (`/chapters/x/`); `ids` the glossary's term ids. Returns the links to unknown terms and the
 * terms no page other than the glossary uses.
 * @example checkGlossaryLinks([{ path: '/a/', html: '<a href="/glossary/#x">x</a><a href="/glossary/#y">y</a>' }], ['x', 'z']) // { missing: [{ path: '/a/', href: '/glossary/#y' }], unused: ['z'] }
 * @param {readonly { path: string; html: string }[]} pages
 * @param {readonly string[]} ids
 * @returns {{ missing: { path: string; href: string }[]; unused: string[] }}
 */
export function checkGlossaryLinks(pages, ids) {
  const known = new Set(ids);
  const used = new Set();
  const missing = [];
  for (const { path, html } of pages) {
    for (const el of elements(parseHtml(html))) {
      const href = attr(el, 'href');
      if (href?.startsWith(`${GLOSSARY}#`)) {
        const id = decodeURIComponent(href.slice(GLOSSARY.length + 1));
        if (!known.has(id)) missing.push({ path, href });
        else if (path !== GLOSSARY) used.add(id);
      }
      for (const id of attr(el, 'data-term')?.split(/\s+/) ?? []) used.add(id);
    }
  }
  return { missing, unused: ids.filter((id) => !used.has(id)) };
}

async function htmlFiles(dir) {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((f) => f.endsWith('.html')).map((f) => join(dir, f));
}

/**
 * The integration: runs `checkGlossaryLinks` over the build.
 * @param {{ ids: readonly string[] }} options
 * @returns {import('astro').AstroIntegration}
 */
export default function glossaryCheck({ ids }) {
  return {
    name: 'glossary-check',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = await Promise.all(
          (await htmlFiles(root)).map(async (file) => {
            const rel = relative(root, file).split(sep).join('/');
            return { path: `/${rel.replace(/(^|\/)index\.html$/, '$1')}`, html: await readFile(file, 'utf8') };
          }),
        );
        const { missing, unused } = checkGlossaryLinks(pages, ids);
        if (missing.length > 0) {
          const list = missing.map((m) => `  ${m.path}: ${m.href}`).join('\n');
          throw new Error(`Links to glossary terms that do not exist (src/content/glossary.ts):\n${list}`);
        }
        if (unused.length > 0) logger.warn(`Glossary terms no chapter uses yet: ${unused.join(', ')}.`);
        logger.info(`${ids.length - unused.length} of ${ids.length} glossary terms are used in the chapters.`);
      },
    },
  };
}
