#!/usr/bin/env node
/**
 * The `trellis` command. Each sub-command lives in commands/; this file only dispatches, so that
 * `trellis help` and the README stay the single list of what the command line does.
 */
import { runCommand } from './run.js';

process.exitCode = await runCommand(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
});
