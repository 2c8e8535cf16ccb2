/**
 * One database test suite, two engines: `describeOnEachEngine` runs the same tests on an
 * in-memory PGlite always, and on PostgreSQL when TRELLIS_TEST_DATABASE_URL is set (each test
 * file gets its own fresh database there, dropped afterwards). In CI (CI=true) a missing
 * PostgreSQL is a failure, never a silent skip.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, it } from 'vitest';
import type { DatabaseConnection, EngineKind } from '../db/database.js';
import { openDatabase } from '../db/open.js';

export const POSTGRES_URL_VARIABLE = 'TRELLIS_TEST_DATABASE_URL';

export type OpenTestDatabase = () => Promise<DatabaseConnection>;

/** Opens a fresh, migrated, empty database on the engine; closing it also drops it. */
export function testDatabaseOpener(engine: EngineKind): OpenTestDatabase {
  if (engine === 'pglite') return () => openDatabase({ dataDir: 'memory://' });
  return async () => {
    const database = await createTestPostgresDatabase();
    const connection = await openDatabase({ databaseUrl: database.url, poolSize: 4 });
    return {
      ...connection,
      close: async () => {
        await connection.close();
        await database.drop();
      },
    };
  };
}

/** A fresh, empty PostgreSQL database for one test file (for tests that open it more than once). */
export async function createTestPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env[POSTGRES_URL_VARIABLE];
  if (!adminUrl) throw new Error(`${POSTGRES_URL_VARIABLE} is not set`);
  const name = `trellis_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(adminUrl, `drop database if exists ${name} with (force)`),
  };
}

async function adminQuery(url: string, statement: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Runs `suite` once per available engine, inside `describe('<title> [engine]')`. Its tests run
 * shuffled (vitest.config.ts), so each builds what it reads.
 */
export function describeOnEachEngine(
  title: string,
  suite: (open: OpenTestDatabase, engine: EngineKind) => void,
) {
  describe(`${title} [pglite]`, () => suite(testDatabaseOpener('pglite'), 'pglite'));
  describeOnPostgres(`${title} [postgres]`, () => suite(testDatabaseOpener('postgres'), 'postgres'));
}

/**
 * Runs `suite` inside `describe(title)` when PostgreSQL is there (TRELLIS_TEST_DATABASE_URL), for
 * tests only PostgreSQL can run; without it the suite is skipped, saying why, except on CI,
 * where that is a failure.
 */
export function describeOnPostgres(title: string, suite: () => void) {
  if (process.env[POSTGRES_URL_VARIABLE]) {
    describe(title, suite);
  } else if (process.env.CI === 'true') {
    describe(title, () => {
      it('needs PostgreSQL', () => {
        throw new Error(
          `${POSTGRES_URL_VARIABLE} is not set: CI must run the database tests on PostgreSQL too (see .ci/run).`,
        );
      });
    });
  } else {
    describe.skip(`${title} — set ${POSTGRES_URL_VARIABLE} to run on PostgreSQL`, () => {
      it('skipped', () => {});
    });
  }
}
