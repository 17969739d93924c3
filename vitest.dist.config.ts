import { defineConfig } from 'vitest/config';

// The checks over the production build (dist/), run after `npm run build`: links, ids, the CSP,
// third-party requests, what each page ships. Apart from the unit tests, which need no build.
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    environment: 'node',
    // One worker for every file, sharing its module cache: the built pages are read and parsed
    // once (tests/dist/site.ts) instead of once per file.
    isolate: false,
    fileParallelism: false,
  },
});
