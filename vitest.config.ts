import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Tests import workspace packages from source, so a unit test never waits for a build.
// Browser tests (packages/web/e2e) drive the built server and web app, which `npm test` builds first.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@trellis\/sna$/, replacement: source('./packages/sna/src/index.ts') },
      { find: /^@trellis\/sna\/(io|cli)$/, replacement: source('./packages/sna/src/$1/index.ts') },
      { find: /^@trellis\/server$/, replacement: source('./packages/server/src/index.ts') },
    ],
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/e2e/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
