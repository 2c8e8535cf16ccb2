#!/usr/bin/env node
/**
 * The `trellis` command. Each sub-command lives in commands/; this file only dispatches, so that
 * `trellis help` and the README stay the single list of what the command line does.
 */
import { describeFailure, runCommand } from './run.js';

// Node's own report of an unhandled failure prints every property of the error, and a database
// error's include the statement's parameters (people's names, emails, answers).
const crash = (error: unknown) => {
  process.stderr.write(`trellis: ${describeFailure(error)}\n`);
  process.exit(1);
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

process.exitCode = await runCommand(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
});
