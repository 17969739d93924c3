import { defineConfig } from 'vitest/config';

// The checks over the production build (dist/), run after `npm run build`: links, ids, the CSP,
// third-party requests, what each page ships. Apart from the unit tests, which need no build.
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    environment: 'node',
  },
});
