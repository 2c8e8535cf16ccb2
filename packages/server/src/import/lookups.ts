import { inArray, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/database.js';
import { networks } from '../networks/networks.table.js';
import { organisations } from '../organisations/organisations.table.js';
import { people } from '../people/people.table.js';

/** Splits work into slices, keeping statements far below PostgreSQL's 65,535-parameter limit. */
export function chunks<T>(items: readonly T[], size = 1000): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/** Maps each given key that exists to its row id, looking keys up in slices. */
async function idsByKey(
  db: Executor,
  table: typeof organisations | typeof people | typeof networks,
  key: AnyPgColumn,
  id: AnyPgColumn,
  values: readonly string[],
) {
  const found = new Map<string, string>();
  for (const slice of chunks([...new Set(values)])) {
    const rows = (await db
      .select({ key: key as unknown as SQL<string>, id: id as unknown as SQL<string> })
      .from(table)
      .where(inArray(key, slice))) as { key: string; id: string }[];
    for (const row of rows) found.set(row.key, row.id);
  }
  return found;
}

export const organisationIdsByCode = (db: Executor, codes: readonly string[]) =>
  idsByKey(db, organisations, organisations.nationalCode, organisations.id, codes);

export const personIdsByEmail = (db: Executor, emails: readonly string[]) =>
  idsByKey(db, people, people.email, people.id, emails);

export const networkIdsBySlug = (db: Executor, slugs: readonly string[]) =>
  idsByKey(db, networks, networks.slug, networks.id, slugs);

export const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

/** The values whose column the file has: what an update may change. */
export function pickColumns<T extends Record<string, unknown>>(
  values: T,
  columns: ReadonlySet<string>,
): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([column]) => columns.has(column))) as Partial<T>;
}

/** Equal as stored values: texts, dates, booleans, and arrays of them item by item. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => item === b[index]);
  return (a ?? null) === (b ?? null);
}
