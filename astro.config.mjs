// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import remarkNumbering from './src/site/build/remark-numbering.mjs';
import remarkSmartypantsProse from './src/site/build/remark-smartypants-prose.mjs';
import rehypeKatexGuard from './src/site/build/rehype-katex-guard.mjs';
import rehypeGlossary from './src/site/build/rehype-glossary.mjs';
import remarkNotation from './src/site/build/remark-notation.mjs';
import { notation } from './src/lib/core/notation.ts';
import glossaryCheck from './src/site/build/glossary-check.mjs';
import searchIndex, { glossaryRecord } from './src/site/build/search-index.mjs';
import lazyChunk from './src/site/build/lazy-chunk.mjs';
import { glossary } from './src/content/glossary.ts';
import { themeInitHash } from './src/site/build/theme-init.mjs';
import { cspPrune } from './src/site/build/csp-prune.mjs';
import { precompressIntegration } from './src/site/build/precompress.mjs';

/** Registers `client:linked` (see src/site/client/client-linked.ts). @type {import('astro').AstroIntegration} */
const linkedDirective = {
  name: 'client-linked',
  hooks: {
    'astro:config:setup': ({ addClientDirective }) => {
      addClientDirective({ name: 'linked', entrypoint: './src/site/client/client-linked.ts' });
    },
  },
};

export default defineConfig({
  site: 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  integrations: [
    linkedDirective,
    svelte(),
    mdx(),
    glossaryCheck({ ids: glossary.map((t) => t.id) }),
    cspPrune,
    searchIndex({ records: glossary.map(glossaryRecord) }),
    // Last: it compresses what every other hook has written.
    precompressIntegration,
  ],
  markdown: {
    syntaxHighlight: 'prism',
    processor: unified({
      // Astro's own SmartyPants also rewrites code inside JSX elements ("--flag" became "—flag").
      smartypants: false,
      remarkPlugins: [remarkMath, remarkSmartypantsProse, remarkNumbering, [remarkNotation, { symbols: notation.map((n) => n.tex) }]],
      rehypePlugins: [
        [rehypeKatex, { output: 'htmlAndMathml', strict: 'error' }],
        rehypeKatexGuard,
        // After KaTeX, so rendered math is recognisable and never gets a link.
        [rehypeGlossary, { terms: glossary }],
      ],
    }),
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // KaTeX positions glyphs with style="" attributes.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
      // Search runs Pagefind's WebAssembly (same origin); 'wasm-unsafe-eval' allows compiling it and
      // nothing else ('unsafe-eval' stays off).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeInitHash] },
    },
  },
  build: { inlineStylesheets: 'never' },
  vite: {
    plugins: [lazyChunk(new URL('./', import.meta.url))],
    build: {
      // One stylesheet for the whole site instead of a dozen per page (a component's CSS each):
      // every render-blocking request costs a round trip on a phone, and the one file is cached
      // from page to page. Checked pixel-identical against the split build.
      cssCodeSplit: false,
      rolldownOptions: {
        // src/lib is pure by convention (no DOM, no globals), but its catalogs validate their data
        // at load, which a bundler must otherwise keep: without this, an island that needs one
        // quant table would ship every model and device in the book.
        treeshake: { moduleSideEffects: [{ test: /[\\/]src[\\/]lib[\\/].+\.ts$/, sideEffects: false }] },
      },
    },
  },
});
