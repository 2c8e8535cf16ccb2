import type { ChangeFeed } from './change-feed.js';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
/**
 * The database handle every query takes, whichever engine (PGlite or PostgreSQL) is behind it.
 * Queries name their tables (the query builder, not Drizzle's relational `db.query`), so the handle
 * carries no schema and this kernel imports no domain's tables; `src/schema.ts` gathers them for drizzle-kit.
 */
export type Database = PgDatabase<PgQueryResultHKT, NoSchema>;

type NoSchema = Record<string, never>;

/** A handle inside a transaction; queries accept either. */
export type Transaction = PgTransaction<PgQueryResultHKT, NoSchema, ExtractTablesWithRelations<NoSchema>>;

/** What queries run on: the database itself, or a transaction that groups several writes. */
export type Executor = Database | Transaction;

export type EngineKind = 'pglite' | 'postgres';

/** An open database with its engine and a way to close it (and release the data-folder lock). */
export interface DatabaseConnection {
  db: Database;
  engine: EngineKind;
  /** Where the data lives: the PGlite folder, or the server URL without its password. */
  location: string;
  /** Where writes are announced to caches, in this process and others on the same database. */
  changes: ChangeFeed;
  close(): Promise<void>;
}

/** Runs raw SQL (recursive CTEs and the like) and returns its rows; both drivers answer `{ rows }`. */
export async function queryRows<Row>(db: Executor, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}
