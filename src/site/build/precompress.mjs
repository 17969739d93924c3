// After the build, every text file gets two compressed twins beside it — `x.br` (Brotli) and
// `x.gz` (gzip) — for a host that serves pre-compressed files (nginx gzip_static/brotli_static,
// Caddy precompressed, most static hosts do it themselves). A file compressed once at the highest
// setting is smaller than what a server manages on the fly: hashed assets under /_astro/ (cached
// for a year) get Brotli's best (quality 11), pages a quick setting (quality 5: 4 MB of HTML at 11
// would add most of a minute to every build for ~10% less).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text files worth compressing (fonts and images are compressed already). */
export const COMPRESSIBLE = /\.(html|js|mjs|css|svg|json|xml|txt|webmanifest)$/;
/** Smaller files gain nothing a request's headers would not eat. */
const MIN_BYTES = 1024;

async function files(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)])));
  return nested.flat();
}

/** Writes `.br` and `.gz` beside every compressible file in `dir`; returns how many files got them. */
export async function precompress(dir) {
  const targets = (await files(dir)).filter((file) => COMPRESSIBLE.test(file));
  let count = 0;
  for (const file of targets) {
    const content = await readFile(file);
    if (content.length < MIN_BYTES) continue;
    const hashed = relative(dir, file).split(sep)[0] === '_astro';
    const quality = hashed ? constants.BROTLI_MAX_QUALITY : 5;
    await writeFile(
      `${file}.br`,
      await brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
    );
    await writeFile(`${file}.gz`, await gz(content, { level: constants.Z_BEST_COMPRESSION }));
    count++;
  }
  return count;
}

/** The integration; list it last, so it compresses the files every other hook has finished. @type {import('astro').AstroIntegration} */
export const precompressIntegration = {
  name: 'precompress',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const count = await precompress(fileURLToPath(dir));
      logger.info(`${count} files pre-compressed (.br, .gz)`);
    },
  },
};
