import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Principal } from '../authz/policy.js';
import { qualified, searchable } from '../db/columns.js';
import type { Executor } from '../db/database.js';
import { visibleTo as networkVisibleTo } from '../networks/networks.queries.js';
import { networks } from '../networks/networks.table.js';
import { people } from '../people/people.table.js';
import { decodeCursor, encodeCursor } from '../shared/pagination.js';
import { resourceVisibleTo } from './resources.queries.js';
import type { ResourceHitView, ResourceSearchFilters } from './resources.search.schema.js';
import { resourceAuthors, resources } from './resources.table.js';

/** How much the title's spelling closeness adds to the lexeme rank. */
const TITLE_SIMILARITY_WEIGHT = 0.5;
/** Ranked pages use an offset; past this depth the reader should refine the query instead. */
export const MAX_RANKED_OFFSET = 1000;
/** ts_headline's markers: control characters cannot occur in the text, unlike any HTML. */
const START = '\u0002';
const STOP = '\u0003';
const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * The reader's words in every configuration a resource may be indexed with, OR-ed: the language
 * of the query is unknown, and a Spanish row carries both `spanish` and `trellis_es` lexemes.
 */
function textQuery(q: string): SQL {
  return sql`(websearch_to_tsquery('trellis_es', ${q}) || websearch_to_tsquery('spanish', ${q})
    || websearch_to_tsquery('trellis_en', ${q}))`;
}

const titleCloseness = (q: string) =>
  sql`word_similarity(${searchable(sql`${q}`)}, ${searchable(resources.title)})`;

/** Each row's own configuration for headlines: accents folded, so both spellings light up. */
const headlineConfig = sql`(case when ${resources.language} = 'es' then 'trellis_es'::regconfig
  else 'trellis_en'::regconfig end)`;

/** SQL true for the resources matching the filters and query, among those the principal may read. */
function matching(principal: Principal, filters: ResourceSearchFilters): SQL {
  const conditions: (SQL | undefined)[] = [resourceVisibleTo(principal)];
  if (filters.type?.length) conditions.push(inArray(resources.type, filters.type));
  if (filters.licence?.length) conditions.push(inArray(resources.licence, filters.licence));
  if (filters.stage?.length) {
    conditions.push(
      sql`${resources.stages} && array[${sql.join(
        filters.stage.map((stage) => sql`${stage}`),
        sql`, `,
      )}]::resource_stage[]`,
    );
  }
  if (filters.language) conditions.push(eq(resources.language, filters.language));
  if (filters.subject) {
    conditions.push(sql`exists (select 1 from unnest(${qualified(resources.subjects)}) s
      where lower(s) = lower(${filters.subject}))`);
  }
  if (filters.network) {
    // Public resources of a hidden network would confirm it exists: no items at all instead.
    conditions.push(sql`${resources.networkId} in (select ${networks.id} from ${networks}
      where (${networks.id}::text = ${filters.network} or ${networks.slug} = ${filters.network})
      and ${networkVisibleTo(principal) ?? sql`true`})`);
  }
  if (filters.mine) {
    conditions.push(
      principal.kind === 'person'
        ? sql`exists (select 1 from ${resourceAuthors} ra where ra.resource_id = ${qualified(resources.id)}
            and ra.person_id = ${principal.personId})`
        : sql`false`,
    );
  }
  if (filters.q) {
    // A title close in words to the query (WORD_SIMILARITY_THRESHOLD) is a hit without a lexeme
    // match; both sides use an index (the tsvector's and the title's trigrams).
    conditions.push(sql`(${resources.search} @@ ${textQuery(filters.q)}
      or ${searchable(sql`${filters.q}`)} <% ${searchable(resources.title)})`);
  }
  return and(...conditions)!;
}

interface PageRow {
  id: string;
  key: string;
}

/** Keyset paging by (updatedAt, id), newest first: a page costs the same however deep it is. */
async function newestPage(db: Executor, where: SQL, cursor: string | undefined, limit: number) {
  const conditions = [where];
  if (cursor) {
    const [updatedAt, id] = decodeCursor(cursor, ['text', 'uuid']);
    conditions.push(
      sql`(${resources.updatedAt}, ${resources.id}) < (${updatedAt}::timestamptz, ${id}::uuid)`,
    );
  }
  // The key keeps PostgreSQL's microseconds; a JavaScript Date would round them off and skip rows.
  const rows: PageRow[] = await db
    .select({
      id: resources.id,
      key: sql<string>`to_char(${resources.updatedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    })
    .from(resources)
    .where(and(...conditions))
    .orderBy(desc(resources.updatedAt), desc(resources.id))
    .limit(limit + 1);
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    ids: page.map((row) => row.id),
    nextCursor: more && last ? encodeCursor([last.key, last.id]) : null,
  };
}

/** Best match first: lexeme rank (title A over summary B over body C) plus title closeness. */
async function rankedPage(db: Executor, where: SQL, q: string, cursor: string | undefined, limit: number) {
  const [offset] = cursor ? decodeCursor(cursor, ['int']) : [0];
  if (offset < 0 || offset > MAX_RANKED_OFFSET) return { ids: [], nextCursor: null };
  const rank = sql`ts_rank_cd(${resources.search}, ${textQuery(q)})
    + ${TITLE_SIMILARITY_WEIGHT} * ${titleCloseness(q)}`;
  const rows = await db
    .select({ id: resources.id })
    .from(resources)
    .where(where)
    .orderBy(desc(rank), desc(resources.updatedAt), desc(resources.id))
    .limit(limit + 1)
    .offset(offset);
  const next = offset + limit;
  const more = rows.length > limit && next <= MAX_RANKED_OFFSET;
  return { ids: rows.slice(0, limit).map((row) => row.id), nextCursor: more ? encodeCursor([next]) : null };
}

/** `ts_headline` output with its markers turned into offsets, so the web highlights without HTML. */
export function parseHeadline(marked: string): {
  text: string;
  matches: { start: number; length: number }[];
} {
  const matches: { start: number; length: number }[] = [];
  let text = '';
  let start = -1;
  for (const char of marked) {
    if (char === START) start = text.length;
    else if (char === STOP) {
      if (start >= 0 && text.length > start) matches.push({ start, length: text.length - start });
      start = -1;
    } else text += char;
  }
  return { text, matches };
}

/** The page's rows with their network (when visible), authors and, for a query, a snippet. */
async function hitsFor(db: Executor, principal: Principal, ids: string[], q: string | undefined) {
  if (ids.length === 0) return [];
  const query = q ? textQuery(q) : undefined;
  // The snippet comes from the summary, or from the body when only the body matched.
  const snippetSource = query
    ? sql`(case when to_tsvector(${headlineConfig}, ${resources.summary}) @@ ${query} or ${resources.body} = ''
        then ${resources.summary} else ${resources.body} end)`
    : undefined;
  const rows = await db
    .select({
      id: resources.id,
      title: resources.title,
      summary: resources.summary,
      language: resources.language,
      type: resources.type,
      licence: resources.licence,
      stages: resources.stages,
      visibility: resources.visibility,
      updatedAt: resources.updatedAt,
      networkId: networks.id,
      networkSlug: networks.slug,
      networkName: networks.name,
      authors: sql<{ id: string; name: string }[]>`coalesce((select json_agg(json_build_object(
          'id', p.id, 'name', p.display_name) order by ra.position, p.display_name)
        from ${resourceAuthors} ra join ${people} p on p.id = ra.person_id
        where ra.resource_id = ${qualified(resources.id)}), '[]'::json)`,
      headline: query
        ? sql<string>`ts_headline(${headlineConfig}, ${snippetSource}, ${query}, ${HEADLINE_OPTIONS})`
        : sql<null>`null`,
    })
    .from(resources)
    .leftJoin(networks, and(eq(networks.id, resources.networkId), networkVisibleTo(principal)))
    .where(inArray(resources.id, ids));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toHit(row)] : [];
  });
}

function toHit(row: {
  id: string;
  title: string;
  summary: string;
  language: ResourceHitView['language'];
  type: ResourceHitView['type'];
  licence: ResourceHitView['licence'];
  stages: ResourceHitView['stages'];
  visibility: ResourceHitView['visibility'];
  updatedAt: Date;
  networkId: string | null;
  networkSlug: string | null;
  networkName: string | null;
  authors: { id: string; name: string }[];
  headline: string | null;
}): ResourceHitView {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    language: row.language,
    type: row.type,
    licence: row.licence,
    stages: row.stages,
    visibility: row.visibility,
    network:
      row.networkId && row.networkSlug && row.networkName !== null
        ? { id: row.networkId, slug: row.networkSlug, name: row.networkName }
        : null,
    authors: row.authors,
    updatedAt: new Date(row.updatedAt).toISOString(),
    snippet: row.headline === null ? null : parseHeadline(row.headline),
  };
}

type FacetName = 'type' | 'stage' | 'language' | 'licence';
type Facets = Record<FacetName, { value: string; count: number }[]>;

/** Counts per type, stage, language and licence over the whole filtered set, in one query. */
async function facetsOf(db: Executor, where: SQL): Promise<Facets> {
  const hits = db.$with('hits').as(
    db
      .select({
        type: resources.type,
        stages: resources.stages,
        language: resources.language,
        licence: resources.licence,
      })
      .from(resources)
      .where(where),
  );
  const rows = await db
    .with(hits)
    .select({
      facet: sql<FacetName>`f.facet`,
      value: sql<string>`f.value`,
      count: sql<number>`count(*)::int`,
    })
    .from(
      sql`${hits}, lateral (values ('type', ${hits.type}::text), ('language', ${hits.language}::text),
        ('licence', ${hits.licence}::text)
        union all select 'stage', s::text from unnest(${hits.stages}) s) as f(facet, value)`,
    )
    .groupBy(sql`f.facet`, sql`f.value`)
    .orderBy(sql`count(*) desc`, sql`f.value`);
  const facets: Facets = { type: [], stage: [], language: [], licence: [] };
  for (const row of rows) facets[row.facet].push({ value: row.value, count: row.count });
  return facets;
}

/** One page of search results with the facets and total of the whole result set. */
export async function searchResources(db: Executor, principal: Principal, filters: ResourceSearchFilters) {
  const where = matching(principal, filters);
  const { q, cursor, limit } = filters;
  const [page, facets] = await Promise.all([
    q ? rankedPage(db, where, q, cursor, limit) : newestPage(db, where, cursor, limit),
    facetsOf(db, where),
  ]);
  const items = await hitsFor(db, principal, page.ids, q);
  // Every resource has exactly one language, so that facet's counts add up to the total.
  const total = facets.language.reduce((sum, row) => sum + row.count, 0);
  return { items, nextCursor: page.nextCursor, facets, total };
}

/**
 * The most used subjects or tags among the resources the principal may read that start with or
 * contain the folded text (starting ones first), for the editor's type-ahead.
 */
export async function resourceSuggestions(
  db: Executor,
  principal: Principal,
  field: 'subject' | 'tag',
  text: string,
): Promise<{ value: string; count: number }[]> {
  const column = field === 'subject' ? resources.subjects : resources.tags;
  const needle = text.replace(/[\\%_]/g, (char) => `\\${char}`);
  const folded = searchable(sql`${needle}`);
  const rows = await db
    .select({ value: sql<string>`v.value`, count: sql<number>`count(*)::int` })
    .from(sql`${resources}, unnest(${qualified(column)}) as v(value)`)
    .where(and(resourceVisibleTo(principal), sql`${searchable(sql`v.value`)} like '%' || ${folded} || '%'`))
    .groupBy(sql`v.value`)
    .orderBy(sql`(${searchable(sql`v.value`)} like ${folded} || '%') desc`, sql`count(*) desc`, sql`v.value`)
    .limit(10);
  return rows;
}
