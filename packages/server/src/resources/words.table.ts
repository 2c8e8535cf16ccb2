import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

/**
 * Every word the bank's resources contain (title, summary, body, subjects, tags), lower-cased and
 * accent-free: the vocabulary a misspelt query is corrected against (resources/search-correction.ts).
 * Kept by a statement trigger on `resources` (drizzle/0019), so imports, the demo and the API all
 * feed it; words are never removed, as a word no resource still holds only finds nothing.
 */
export const resourceWords = pgTable('resource_words', { word: text('word').primaryKey() }, (t) => [
  index('resource_words_trgm_idx').using('gin', sql`${t.word} gin_trgm_ops`),
]);
