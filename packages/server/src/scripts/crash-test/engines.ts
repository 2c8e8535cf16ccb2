/** The databases the crash test runs on: a fresh PGlite folder, and a fresh PostgreSQL database when a server is given. */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DatabaseConnection } from '../../db/database.js';
import { openDatabase, redactPassword } from '../../db/open.js';

export interface Engine {
  name: 'PGlite' | 'PostgreSQL';
  /** What `trellis serve` is given to use this database. */
  env: Record<string, string>;
  /** Where the data is (printed when it is kept after a failure). */
  location: string;
  create(): Promise<void>;
  /** Opens it in this process (migrating it the first time): for the fixture and the final check. */
  open(): Promise<DatabaseConnection>;
  drop(): Promise<void>;
}

const ENGINE_NAMES = ['pglite', 'postgres'] as const;

/** `--engines pglite,postgres`; by default PGlite, and PostgreSQL too when `postgresAdminUrl` is set. */
export function chooseEngines(list: string | undefined, postgresAdminUrl: string | undefined): Engine[] {
  const names = list
    ? list.split(',').map((name) => name.trim())
    : postgresAdminUrl
      ? [...ENGINE_NAMES]
      : ['pglite'];
  const unknown = names.filter((name) => !(ENGINE_NAMES as readonly string[]).includes(name));
  if (unknown.length > 0)
    throw new Error(`--engines takes ${ENGINE_NAMES.join(' and ')}, not ${unknown.join(', ')}.`);
  return names.map((name) => {
    if (name === 'pglite') return pgliteEngine();
    if (!postgresAdminUrl)
      throw new Error(
        'PostgreSQL needs TRELLIS_TEST_DATABASE_URL: a server the test may create a database on.',
      );
    return postgresEngine(postgresAdminUrl);
  });
}

function pgliteEngine(): Engine {
  let folder = '';
  const engine: Engine = {
    name: 'PGlite',
    env: {},
    location: '',
    create: async () => {
      folder = join(await mkdtemp(join(tmpdir(), 'trellis-crash-')), 'data');
      engine.env = { TRELLIS_DATA_DIR: folder };
      engine.location = folder;
    },
    open: () => openDatabase({ dataDir: folder }),
    drop: () => rm(join(folder, '..'), { recursive: true, force: true }),
  };
  return engine;
}

function postgresEngine(adminUrl: string): Engine {
  const name = `trellis_crash_${randomBytes(4).toString('hex')}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name: 'PostgreSQL',
    env: { DATABASE_URL: url.toString() },
    location: redactPassword(url.toString()),
    create: () => adminQuery(adminUrl, `create database ${name}`),
    open: () => openDatabase({ databaseUrl: url.toString(), poolSize: 2 }),
    drop: () => adminQuery(adminUrl, `drop database if exists ${name} with (force)`),
  };
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
