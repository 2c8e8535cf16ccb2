import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { searchable } from './columns.js';

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/**
 * Accent- and case-insensitive name search that uses the trigram index: a substring match, or a
 * close trigram similarity for misspellings ("Cervantez" finds "Cervantes").
 */
export function nameMatches(column: AnyPgColumn, query: string): SQL {
  const needle = searchable(sql`${query}`);
  return sql`(${searchable(column)} like '%' || ${sql`${searchable(sql`${escapeLike(query)}`)}`} || '%' or ${searchable(column)} % ${needle})`;
}
