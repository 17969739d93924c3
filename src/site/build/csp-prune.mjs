// Astro writes one Content Security Policy for the whole site into every page: the hashes of every
// inline script it could emit — all six client directives (load, idle, visible, media, only and
// our linked) and the development build of the island runtime, though a page uses at most one
// directive and never the development runtime — and of every inline style, including an empty one
// (node_modules/astro/dist/core/csp/common.js). After the build, each page's policy keeps only the
// hashes of the inline scripts and styles that page carries: nothing allowed that is not there.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'parse5';
import { attr, elements, textOf } from '../../../scripts/built-html.mjs';

const hashOf = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The page with its CSP <meta> narrowed to the hashes of its own inline scripts and styles.
 * @example pruneCsp(`<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-x'"><p>`) // "<meta http-equiv=\"content-security-policy\" content=\"script-src 'self'\"><p>"
 */
export function pruneCsp(html) {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const all = [...elements(document)];
  const meta = all.find((el) => el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy');
  if (!meta) return html;
  const used = {
    'script-src': new Set(all.filter((el) => el.tagName === 'script' && attr(el, 'src') === undefined).map((el) => hashOf(textOf(el)))),
    'style-src': new Set(all.filter((el) => el.tagName === 'style').map((el) => hashOf(textOf(el)))),
  };
  const policy = attr(meta, 'content')
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .filter((parts) => parts[0])
    .map(([name, ...sources]) => {
      const keep = used[name];
      return [name, ...(keep ? sources.filter((s) => !/^'sha(256|384|512)-/.test(s) || keep.has(s)) : sources)].join(' ');
    })
    .join('; ');
  const { startOffset, endOffset } = meta.sourceCodeLocation.attrs.content;
  return `${html.slice(0, startOffset)}content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"${html.slice(endOffset)}`;
}

async function htmlFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [])),
  );
  return nested.flat();
}

/** The integration: prunes every built page's policy. @type {import('astro').AstroIntegration} */
export const cspPrune = {
  name: 'csp-prune',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      for (const file of await htmlFiles(fileURLToPath(dir))) {
        const html = await readFile(file, 'utf8');
        const pruned = pruneCsp(html);
        if (pruned !== html) await writeFile(file, pruned);
      }
    },
  },
};
