// The search index, built with Pagefind over the finished site (astro:build:done), into
// dist/pagefind/: every page whose <main> carries data-pagefind-body, minus rendered math, the
// glossary tooltips and chart drawings, plus one record per glossary entry (so "mla" lands on
// /glossary/#mla, not on a long page that mentions it). Pagefind's prebuilt UIs are not used (the
// book has its own dialog, src/site/client/search-ui.ts) and are removed from the output.
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * What Pagefind leaves out of every page: math (its MathML and glyph spans), tooltips, drawings,
 * numeric table cells and instruments' data tables. Numbers in tables are not what readers type,
 * and they made up most of the index: every word indexed is a word the browser inflates and scans.
 */
export const EXCLUDE = ['.katex', '.term-tip', 'svg', '.chapter-toc', '.skip-link', 'td.num', '[data-instrument] table'];
/** Pagefind's own UI bundles, which the book does not load. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/**
 * A glossary entry as a search record: its words (term, expansion, aliases, definition with the TeX
 * left out) and its title; the result links to the entry's anchor.
 * @example glossaryRecord({ id: 'mla', term: 'MLA', expansion: 'multi-head latent attention', aliases: ['MLA'], definition: 'Caches $d_c$ numbers.' }).url // "/glossary/#mla"
 * @param {{ id: string; term: string; expansion?: string; aliases: readonly string[]; definition: string }} term
 */
export function glossaryRecord(term) {
  const title = term.expansion ? `${term.term} (${term.expansion})` : term.term;
  const extra = term.aliases.filter((a) => !title.toLowerCase().includes(a.toLowerCase()));
  const words = [title, texToText(term.definition), extra.length ? `Also: ${extra.join(', ')}.` : ''].join(' ');
  return {
    url: `/glossary/#${term.id}`,
    content: words,
    language: 'en',
    meta: { title, kind: 'Glossary' },
    filters: { group: ['Glossary'] },
  };
}

const SYMBOLS = { cdot: '·', times: '×', le: '≤', ge: '≥', rho: 'ρ', eta: 'η', tau: 'τ', alpha: 'α', ldots: '…', dots: '…' };

/**
 * Math as searchable text: `$T_{\text{step}}$` → `T_step`, `$\rho$` → `ρ`; other commands dropped.
 * @example texToText('at $2\,N_{\text{act}} / F$ s') // "at 2 N_act / F s"
 * @param {string} text
 */
export function texToText(text) {
  return text
    .replace(/\$([^$]+)\$/g, (_, tex) =>
      tex
        .replace(/\\(?:text|mathbf|mathrm|operatorname)\{([^}]*)\}/g, '$1')
        .replace(/\\([a-zA-Z]+)/g, (__, name) => SYMBOLS[name] ?? '')
        .replace(/\\[,;!]/g, ' ')
        .replace(/[{}]/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .replace(/`/g, '');
}

async function sizeOf(dir) {
  let bytes = 0;
  for (const name of await readdir(dir, { recursive: true })) {
    const info = await stat(join(dir, name));
    if (info.isFile()) bytes += info.size;
  }
  return bytes;
}

/**
 * The integration.
 * @param {{ records?: readonly ReturnType<typeof glossaryRecord>[] }} options
 * @returns {import('astro').AstroIntegration}
 */
export default function searchIndex({ records = [] } = {}) {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const out = join(site, 'pagefind');
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE, forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        const problems = [...added.errors];
        for (const record of records) problems.push(...(await index.addCustomRecord(record)).errors);
        problems.push(...(await index.writeFiles({ outputPath: out })).errors);
        await pagefind.close();
        if (problems.length > 0) throw new Error(`Pagefind: ${problems.join('; ')}`);
        for (const name of await readdir(out)) if (UNUSED.test(name)) await rm(join(out, name));
        logger.info(
          `${added.page_count} pages and ${records.length} glossary entries indexed: ${((await sizeOf(out)) / 1e3).toFixed(0)} kB in ${out}.`,
        );
      },
    },
  };
}
