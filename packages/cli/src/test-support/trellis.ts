/** Runs the `trellis` command in-process for tests of commands that never open the database. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { runCommand } from '../run.js';

/** Runs `trellis …` with captured output and an empty environment. */
export async function trellis(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCommand(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: {},
  });
  return { code, stdout, stderr };
}

/** A temporary folder for the describe block it is called in, removed after it: `folder()` gives its path. */
export function temporaryFolder(prefix: string): () => string {
  let folder = '';
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), prefix));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });
  return () => folder;
}
