import { asc, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { decodeCursor } from '../shared/pagination.js';
import { searchable } from './columns.js';

/**
 * pg_trgm's `<%` (word similarity above this) is how resource search forgives a typo
 * ("mediacion escolr"); the operator, unlike `word_similarity(…) >= x`, can use the title's
 * trigram index. The threshold is a setting of the connection, so `open.ts` sets it on each one.
 */
export const WORD_SIMILARITY_THRESHOLD = 0.4;

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

const likeNeedle = (query: string): SQL => searchable(sql`${escapeLike(query)}`);

/**
 * Accent- and case-insensitive name search that uses the trigram index: a substring match, or a
 * close trigram similarity for misspellings ("Cervantez" finds "Cervantes").
 */
export function nameMatches(column: AnyPgColumn, query: string): SQL {
  const needle = searchable(sql`${query}`);
  return sql`(${searchable(column)} like '%' || ${likeNeedle(query)} || '%' or ${searchable(column)} % ${needle})`;
}

/**
 * How well a name matches a search, best first: 0 the whole name, 1 its start, 2 the start of a
 * later word, 3 anywhere inside it, 4 only a similar spelling. Someone typing "ana" wants
 * "Ana Ruiz" before "Mariana Ruiz", and both before "Anna Ruiz".
 */
export function nameRank(column: AnyPgColumn, query: string): SQL<number> {
  const name = searchable(column);
  const needle = likeNeedle(query);
  return sql<number>`(case
    when ${name} = ${searchable(sql`${query}`)} then 0
    when ${name} like ${needle} || '%' then 1
    when ${name} like '% ' || ${needle} || '%' or ${name} like '%-' || ${needle} || '%' then 2
    when ${name} like '%' || ${needle} || '%' then 3
    else 4 end)`;
}

/**
 * The order of a list that can be searched by name, and its keyset cursor. Browsing sorts by
 * name (cursor `[name, id]`, served by the name index); searching sorts by `nameRank`, then name
 * (cursor `[rank, name, id]`), so the best matches lead the first page and later pages follow on.
 */
export function nameOrder(name: AnyPgColumn, id: AnyPgColumn, query: string | undefined) {
  const rank = query === undefined ? undefined : nameRank(name, query);
  return {
    /** Select this as `rank` so that `cursorOf` can read it back. */
    rank: rank ?? sql<number>`0`,
    /** The search condition, when searching. */
    filter: query === undefined ? undefined : nameMatches(name, query),
    orderBy: rank === undefined ? [asc(name), asc(id)] : [asc(rank), asc(name), asc(id)],
    /** The condition for the rows after `cursor`; a cursor from the other order is a 400. */
    after(cursor: string): SQL {
      if (rank === undefined) {
        const [lastName, lastId] = decodeCursor(cursor, ['text', 'uuid']);
        return sql`(${name}, ${id}) > (${lastName}, ${lastId}::uuid)`;
      }
      const [lastRank, lastName, lastId] = decodeCursor(cursor, ['int', 'text', 'uuid']);
      return sql`(${rank}, ${name}, ${id}) > (${lastRank}::int, ${lastName}, ${lastId}::uuid)`;
    },
    /** The cursor key of a row. */
    keyOf(row: { rank: number; name: string; id: string }): (string | number)[] {
      return rank === undefined ? [row.name, row.id] : [row.rank, row.name, row.id];
    },
  };
}
