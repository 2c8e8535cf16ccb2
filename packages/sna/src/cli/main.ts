#!/usr/bin/env node
/** The standalone `trellis-sna` command: the same as `trellis sna`. */
import { runSna } from './run-sna.js';

process.exitCode = await runSna(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
