import { getTableName, sql, type SQL } from 'drizzle-orm';
import { text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';

/** A random UUID primary key; the demo generator supplies its own deterministic ids. */
export const idColumn = () => uuid('id').primaryKey().defaultRandom();

/** created_at / updated_at, kept by the queries that write the row. */
export const timestamps = () => ({
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Country, region and municipality: the three levels a region is described by. */
export const placeColumns = () => ({
  country: text('country'),
  region: text('region'),
  municipality: text('municipality'),
});

/**
 * The expression that name search matches and indexes: lower-cased and accent-free, so that
 * "Jose" finds "José". `trellis_unaccent` is an immutable wrapper created in the first migration,
 * because PostgreSQL will not index `unaccent()` itself (it is only STABLE).
 */
export const searchable = (column: AnyPgColumn | SQL): SQL => sql`trellis_unaccent(lower(${column}))`;

/**
 * `"table"."column"`. Drizzle writes columns unqualified inside select-list SQL, where a
 * correlated subquery would silently capture them (`m.network_id = "id"` reads `m.id`).
 */
export const qualified = (column: AnyPgColumn): SQL =>
  sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
