/**
 * The committed migrations are what drizzle-kit makes of the schema now: generating into a copy
 * of them writes nothing. A schema change without its migration (`npx drizzle-kit generate` in
 * packages/server) fails here.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import drizzleConfig from '../../drizzle.config.js';
import { MIGRATIONS_FOLDER } from './migrate.js';

const PACKAGE = fileURLToPath(new URL('../..', import.meta.url));
const DRIZZLE_KIT = join(PACKAGE, '..', '..', 'node_modules', '.bin', 'drizzle-kit');

/** Every file under `folder` (relative path → contents). */
async function filesIn(folder: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(folder, path), await readFile(path, 'utf8'));
  }
  return files;
}

describe('database migrations', () => {
  let copy: string | undefined;
  afterAll(async () => {
    if (copy) await rm(copy, { recursive: true, force: true });
  });

  it('are up to date with the schema: drizzle-kit generate would write nothing', async () => {
    copy = await mkdtemp(join(tmpdir(), 'trellis-migrations-'));
    await cp(MIGRATIONS_FOLDER, copy, { recursive: true });
    const { stdout } = await promisify(execFile)(
      DRIZZLE_KIT,
      // drizzle-kit reads --out relative to the working directory, even an absolute one.
      [
        'generate',
        // The dialect and schema as drizzle.config.ts names them; only the output folder differs.
        '--dialect',
        drizzleConfig.dialect,
        '--schema',
        String(drizzleConfig.schema),
        '--out',
        relative(PACKAGE, copy),
      ],
      { cwd: PACKAGE },
    );
    // It exits 0 even when it fails, so it must also say that it compared and found nothing.
    expect(stdout).toContain('No schema changes');
    expect(await filesIn(copy)).toEqual(await filesIn(MIGRATIONS_FOLDER));
  });
});
