import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataFolderLockedError } from './data-folder-lock.js';
import { queryRows } from './database.js';
import { MIGRATIONS_FOLDER } from './migrate.js';
import { openDatabase, redactPassword } from './open.js';

describe('the embedded database folder', () => {
  const folders: string[] = [];
  afterEach(async () => {
    await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
  });

  const newFolder = async () => {
    const folder = await mkdtemp(join(tmpdir(), 'trellis-db-'));
    folders.push(folder);
    return folder;
  };

  it('keeps data across restarts and migrates only once', async () => {
    const folder = await newFolder();
    const first = await openDatabase({ dataDir: folder });
    await first.db.execute(sql`insert into organisations (name, kind) values ('CEIP Alba', 'school')`);
    await first.close();

    const second = await openDatabase({ dataDir: folder });
    const rows = await queryRows<{ name: string }>(second.db, sql`select name from organisations`);
    expect(rows).toEqual([{ name: 'CEIP Alba' }]);
    // Each migration of drizzle-kit's journal recorded once: all of them ran, none ran again.
    const journal: { entries: { tag: string }[] } = JSON.parse(
      await readFile(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'),
    );
    const migrations = await queryRows<{ count: number }>(
      second.db,
      sql`select count(*)::int as count from drizzle.__drizzle_migrations`,
    );
    expect(journal.entries.length).toBeGreaterThan(0);
    expect(migrations[0]!.count).toBe(journal.entries.length);
    await second.close();
  });

  it('refuses a second process on the same folder with a clear error', async () => {
    const folder = await newFolder();
    const holder = await openDatabase({ dataDir: folder });
    try {
      const attempt = openDatabase({ dataDir: folder });
      await expect(attempt).rejects.toBeInstanceOf(DataFolderLockedError);
      await expect(attempt).rejects.toThrow(/Another Trellis process is using the data folder/);
    } finally {
      await holder.close();
    }
    const reopened = await openDatabase({ dataDir: folder });
    await reopened.close();
  });
});

describe('a data folder given through a symbolic link', () => {
  let parent: string;
  beforeEach(async () => {
    parent = await mkdtemp(join(tmpdir(), 'trellis-link-'));
  });
  afterEach(async () => {
    await rm(parent, { recursive: true, force: true });
  });

  it('opens through a link to the folder and through a link to its parent, with one lock for all the names', async () => {
    const real = join(parent, 'real', 'data');
    await mkdir(real, { recursive: true });
    await symlink(real, join(parent, 'data-link')); // the folder itself is a link
    await symlink(join(parent, 'real'), join(parent, 'parent-link')); // a parent is a link

    const first = await openDatabase({ dataDir: join(parent, 'data-link') });
    expect(first.location).toBe(real);
    await first.db.execute(sql`insert into organisations (name, kind) values ('CEIP Alba', 'school')`);
    await expect(openDatabase({ dataDir: join(parent, 'parent-link', 'data') })).rejects.toBeInstanceOf(
      DataFolderLockedError,
    );
    await first.close();

    const again = await openDatabase({ dataDir: join(parent, 'parent-link', 'data') });
    expect(again.location).toBe(real);
    expect(await queryRows(again.db, sql`select name from organisations`)).toEqual([{ name: 'CEIP Alba' }]);
    await again.close();
  });

  it('reports a folder PGlite cannot read with a message that names the folder and the cause', async () => {
    // A link inside the folder to an absolute path: PGlite's own file system cannot follow it, and
    // throws an Emscripten error object without a message (what printed as "[object Object]").
    const folder = join(parent, 'data');
    await mkdir(folder);
    await symlink(join(parent, 'elsewhere'), join(folder, 'PG_VERSION'));
    const attempt = openDatabase({ dataDir: folder });
    await expect(attempt).rejects.toBeInstanceOf(Error);
    await expect(attempt).rejects.toThrow(
      `Could not open the embedded database in ${folder}: a file or folder is missing`,
    );
    expect(existsSync(`${folder}.lock`)).toBe(false); // the lock was given back
  });
});

describe('redactPassword', () => {
  it('hides the password of a database URL', () => {
    expect(redactPassword('postgres://trellis:s3cret@db.example:5432/trellis')).toBe(
      'postgres://trellis:***@db.example:5432/trellis',
    );
    expect(redactPassword('postgres://db.example/trellis')).toBe('postgres://db.example/trellis');
    expect(redactPassword('not a url')).not.toContain('not a url');
  });
});
