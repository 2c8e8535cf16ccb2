import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

/**
 * Every word the bank's resources contain (title, summary, body, subjects, tags): the vocabulary a
 * misspelt query is corrected against (resources/search-correction.ts). Kept by a statement
 * trigger on `resources` (drizzle/0019), so imports, the demo and the API all feed it; words are
 * never removed, as a word no resource still holds only finds nothing.
 */
export const resourceWords = pgTable(
  'resource_words',
  {
    /** Lower-cased and accent-free: what a query's word is compared with. */
    word: text('word').primaryKey(),
    /** The word as first written, lower-cased, accents kept ("mediación"): what a correction shows. */
    form: text('form').notNull(),
  },
  (t) => [index('resource_words_trgm_idx').using('gin', sql`${t.word} gin_trgm_ops`)],
);
