import { sql } from 'drizzle-orm';
import { searchable } from '../db/columns.js';
import { queryRows, type Executor } from '../db/database.js';
import { TOPICS } from '../shared/topics.js';

/**
 * Free tags (not topic keys) on people's expertise and needs whose words begin with `query`,
 * folded as suggestions fold them (one spelling shown for each, the same on both engines); names
 * that begin with it first, then the most used.
 */
export async function freeTagsInUse(db: Executor, query: string, limit: number) {
  // LIKE's own characters in what was typed match themselves.
  const escaped = query.replace(/[\\%_]/g, (character) => `\\${character}`);
  const folded = sql`trellis_unaccent(lower(${escaped}))`;
  // One array parameter (keys are plain ASCII words): drizzle would spread a JS array into a row.
  const keys = `{${TOPICS.map((topic) => topic.key).join(',')}}`;
  return queryRows<{ tag: string; uses: number }>(
    db,
    sql`select min(t collate "C") as tag, count(*)::int as uses, bool_or(${searchable(sql`t`)} like ${folded} || '%') as starts
      from people p, unnest(p.expertise || p.needs) t
      where p.erased_at is null and t <> all(${keys}::text[])
        and (${searchable(sql`t`)} like ${folded} || '%' or ${searchable(sql`t`)} like '% ' || ${folded} || '%')
      group by ${searchable(sql`t`)}
      order by starts desc, uses desc, tag
      limit ${limit}`,
  );
}
