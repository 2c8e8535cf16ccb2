import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Tests run in a shuffled order, so none can lean on another having run first; the seed is
// printed at the end of the run, and TRELLIS_TEST_SEED=<seed> repeats that order.
const seed = Number(process.env.TRELLIS_TEST_SEED) || Math.floor(Math.random() * 1_000_000);

// Tests import workspace packages from source, so a unit test never waits for a build.
// Browser tests (packages/web/e2e) drive the built server and web app, which `npm test` builds first.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@trellis\/sna$/, replacement: source('./packages/sna/src/index.ts') },
      { find: /^@trellis\/sna\/(io|cli)$/, replacement: source('./packages/sna/src/$1/index.ts') },
      { find: /^@trellis\/spc$/, replacement: source('./packages/spc/src/index.ts') },
      { find: /^@trellis\/spc\/cli$/, replacement: source('./packages/spc/src/cli/index.ts') },
      { find: /^@trellis\/jigsaw$/, replacement: source('./packages/jigsaw/src/index.ts') },
      { find: /^@trellis\/jigsaw\/cli$/, replacement: source('./packages/jigsaw/src/cli/index.ts') },
      { find: /^@trellis\/server$/, replacement: source('./packages/server/src/index.ts') },
    ],
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/e2e/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One worker per core: vitest's default, a core fewer, is a single worker on two cores, which
    // runs every file (the browser files too) one after another.
    maxWorkers: availableParallelism(),
    // Tests within each file are shuffled; files keep vitest's order (slowest first, from its
    // cache), which keeps both cores busy until the end. Files share nothing: each has its own
    // process and its own databases.
    sequence: { shuffle: { files: false, tests: true }, seed },
    reporters: ['default', './tools/slowest-files-reporter.ts'],
  },
});
