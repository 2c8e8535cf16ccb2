#!/usr/bin/env node
// The `trellis-sna` bin. npm links a workspace's bin only if its target exists when `npm ci` runs,
// and on a fresh clone dist/ does not exist yet: so the bin is this committed file, which runs the
// built command line, or says how to build it.
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write(
    'trellis-sna: the engine is not built yet (packages/sna/dist/cli/main.js is missing).\n' +
      'Run `npx tsc -b packages/sna` (or `npm run build`) in the Trellis folder, then try again.\n',
  );
  process.exit(1);
}
await import(main.href);
