// A module the browser loads later, by URL, without Vite's preload helper. `import('./x')` in a
// client script makes Vite wrap the import in a ~1.2 kB gzip helper that preloads the chunk's
// dependencies; the search loader must stay ≤ 1 kB and its chunk has none. So the loader imports
// `virtual:lazy/<path>`, whose default export is the URL of <path> built as its own chunk, and
// calls import() on that URL (which Vite leaves alone). In the dev server the URL is the source's.
import { fileURLToPath } from 'node:url';

const PREFIX = 'virtual:lazy/';

/**
 * The Vite plugin. `root` is the project root as a file: URL.
 * @param {URL} root
 * @returns {import('vite').Plugin}
 */
export default function lazyChunk(root) {
  let command = 'serve';
  return {
    name: 'lazy-chunk',
    configResolved(config) {
      command = config.command;
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const path = id.slice(PREFIX.length + 1);
      if (command !== 'build') return `export default ${JSON.stringify(`/${path}`)};`;
      const ref = this.emitFile({ type: 'chunk', id: fileURLToPath(new URL(path, root)) });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
