import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Principal } from '../authz/policy.js';
import { qualified, searchable } from '../db/columns.js';
import { queryRows, type Executor } from '../db/database.js';
import { visibleTo as networkVisibleTo } from '../networks/networks.queries.js';
import { networks } from '../networks/networks.table.js';
import { people } from '../people/people.table.js';
import { decodeCursor, encodeCursor } from '../shared/pagination.js';
import { RESOURCE_STAGES } from '../shared/vocabulary.js';
import { resourceVisibleTo } from './resources.queries.js';
import { correctedQuery } from './search-correction.js';
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
  sql`word_similarity(${searchable(sql`${q}`)}, ${resources.titleFolded})`;

/**
 * How a query is matched. `words`: lexemes only, through the tsvector's index. `spelling`: also
 * titles close in spelling (a typo, a different word form), through the title's trigram index.
 * The trigram side costs several times the lexeme side, so it is the last resort (rankedSearch).
 */
type MatchMode = 'words' | 'spelling';

/** The columns the ranked page and the facets need, under the names `facetCounts` reads. */
const matchColumns = sql`${resources.id} as id, ${resources.updatedAt} as updated_at,
  ${resources.type} as type, ${resources.stages} as stages, ${resources.language} as language,
  ${resources.licence} as licence`;

/**
 * The matching rows with their rank. Lexeme rank is title (A) over summary (B) over body (C), by
 * `ts_rank`, not `ts_rank_cd`: cover density over the three OR-ed configurations cost 25 times as
 * much per row (50 µs against 2 µs), and with a few thousand matches it was the whole budget.
 * In `spelling` mode the title's closeness is added, and the titles found only by spelling are a
 * second branch, so that neither their tsvectors are ranked nor the few lexeme matches rechecked
 * against the trigrams.
 */
function matchesOf(where: SQL, q: string, mode: MatchMode): SQL {
  const byWords = sql`${resources.search} @@ ${textQuery(q)}`;
  const lexemeRank = sql`ts_rank(${resources.search}, ${textQuery(q)})`;
  if (mode === 'words') {
    return sql`select ${matchColumns}, ${lexemeRank} as rank from ${resources} where ${and(where, byWords)}`;
  }
  const closeness = sql`${TITLE_SIMILARITY_WEIGHT} * ${titleCloseness(q)}`;
  // A title close in words to the query (WORD_SIMILARITY_THRESHOLD) is a hit without a lexeme match.
  const bySpelling = sql`${searchable(sql`${q}`)} <% ${resources.titleFolded}`;
  return sql`with words as materialized (select ${matchColumns}, ${lexemeRank} + ${closeness} as rank
      from ${resources} where ${and(where, byWords)})
    select * from words
    union all
    select ${matchColumns}, ${closeness} as rank from ${resources}
      where ${and(where, bySpelling)} and ${resources.id} not in (select id from words)`;
}

/** Each row's own configuration for headlines: accents folded, so both spellings light up. */
const headlineConfig = sql`(case when ${resources.language} = 'es' then 'trellis_es'::regconfig
  else 'trellis_en'::regconfig end)`;

/** SQL true for the resources matching the filters (not the query), among those the principal may read. */
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
interface FacetRow {
  facet: FacetName;
  value: string;
  count: number;
}

/**
 * The facet counts of a relation with the resources' type, stages, language and licence columns,
 * in one pass: grouping sets for the single-valued columns, and a filtered count per stage of the
 * vocabulary, because unnesting every row's stages cost several times the rest (a set-returning
 * call per row).
 */
function facetCounts(relation: SQL): SQL {
  const stageCounts = RESOURCE_STAGES.map(
    (stage) => sql`(${stage}::text, count(*) filter (where ${stage}::resource_stage = any(h.stages))::int)`,
  );
  return sql`select case when grouping(h.type) = 0 then 'type' when grouping(h.language) = 0 then 'language'
        else 'licence' end as facet,
      coalesce(h.type::text, h.language::text, h.licence::text) as value, count(*)::int as count
    from ${relation} as h group by grouping sets ((h.type), (h.language), (h.licence))
    union all
    select 'stage', s.value, s.count from (select array[${sql.join(stageCounts, sql`, `)}] as counts
      from ${relation} as h) t, unnest(t.counts) as s(value text, count int) where s.count > 0
    order by count desc, value`;
}

function toFacets(rows: FacetRow[]): Facets {
  const facets: Facets = { type: [], stage: [], language: [], licence: [] };
  for (const row of rows) facets[row.facet].push({ value: row.value, count: row.count });
  return facets;
}

/** Counts per type, stage, language and licence over the whole filtered set, in one query. */
async function facetsOf(db: Executor, where: SQL): Promise<Facets> {
  const filtered = sql`(select ${resources.type}, ${resources.stages}, ${resources.language},
    ${resources.licence} from ${resources} where ${where})`;
  return toFacets(await queryRows<FacetRow>(db, facetCounts(filtered)));
}

/**
 * Best match first, with the facets of every match, from one scan: the matches are read once into
 * a materialised set that both the page and the counts come from (two queries read them twice).
 */
async function rankedPage(
  db: Executor,
  where: SQL,
  q: string,
  mode: MatchMode,
  offset: number,
  limit: number,
): Promise<{ ids: string[]; more: boolean; facets: Facets }> {
  const [row] = await queryRows<{ page: string[]; facets: FacetRow[] }>(
    db,
    sql`
    with matches as materialized (${matchesOf(where, q, mode)})
    select
      (select coalesce(json_agg(p.id order by p.rank desc, p.updated_at desc, p.id desc), '[]'::json)
        from (select id, rank, updated_at from matches
          order by rank desc, updated_at desc, id desc limit ${limit + 1} offset ${offset}) p) as page,
      (select coalesce(json_agg(c), '[]'::json) from (${facetCounts(sql`matches`)}) c) as facets`,
  );
  if (!row) throw new Error('a select of two subqueries always answers one row');
  return { ids: row.page.slice(0, limit), more: row.page.length > limit, facets: toFacets(row.facets) };
}

/**
 * How the first page was found, kept in the cursor so that later pages never switch: the words as
 * typed, the words corrected, or the titles' spelling.
 */
const ATTEMPTS = ['words', 'corrected', 'spelling'] as const;
type Attempt = (typeof ATTEMPTS)[number];
type RankedPage = Awaited<ReturnType<typeof rankedPage>>;

/** Every resource has exactly one language, so that facet's counts add up to the total. */
const totalOf = (facets: Facets) => facets.language.reduce((sum, row) => sum + row.count, 0);

/** The matching an attempt asks for: a corrected query is matched by its words like any other. */
const modeOf = (attempt: Attempt): MatchMode => (attempt === 'spelling' ? 'spelling' : 'words');

/** The query an attempt searches for, or undefined when the attempt has nothing to try. */
async function queryFor(db: Executor, q: string, attempt: Attempt) {
  return attempt === 'corrected' ? correctedQuery(db, q) : q;
}

/**
 * Ranked results. The first page tries the words as typed, then corrected, then the titles'
 * spelling, each only when the ones before found less than a page (so a query that finds enough
 * pays for one query), and keeps the attempt that found the most.
 */
async function rankedSearch(db: Executor, where: SQL, q: string, cursor: string | undefined, limit: number) {
  if (cursor) {
    const [offset, mark] = decodeCursor(cursor, ['int', 'text']);
    const attempt = ATTEMPTS.find((name) => name === mark) ?? 'words';
    const text = (await queryFor(db, q, attempt)) ?? q;
    if (offset < 0 || offset > MAX_RANKED_OFFSET)
      return { ids: [], nextCursor: null, facets: toFacets([]), text };
    const page = await rankedPage(db, where, text, modeOf(attempt), offset, limit);
    return { ...paged(page, offset, limit, attempt), text };
  }
  let best: { attempt: Attempt; text: string; page: RankedPage } | undefined;
  for (const attempt of ATTEMPTS) {
    if (best && (totalOf(best.page.facets) >= limit || enoughFrom(best.attempt, best.page))) break;
    const text = await queryFor(db, q, attempt);
    if (text === undefined) continue;
    const page = await rankedPage(db, where, text, modeOf(attempt), 0, limit);
    if (!best || totalOf(page.facets) > totalOf(best.page.facets)) best = { attempt, text, page };
  }
  return { ...paged(best!.page, 0, limit, best!.attempt), text: best!.text };
}

/**
 * A corrected query that finds anything is kept: it matches the words the reader meant, where the
 * titles' spelling, the vaguest attempt, would pad it with titles merely written alike.
 */
const enoughFrom = (attempt: Attempt, page: RankedPage) =>
  attempt === 'corrected' && totalOf(page.facets) > 0;

function paged(page: RankedPage, offset: number, limit: number, attempt: Attempt) {
  const next = offset + limit;
  const more = page.more && next <= MAX_RANKED_OFFSET;
  return { ids: page.ids, nextCursor: more ? encodeCursor([next, attempt]) : null, facets: page.facets };
}

/** Browsing, newest first. One query after the other: `db` may be one transaction's client. */
async function newestSearch(db: Executor, where: SQL, cursor: string | undefined, limit: number) {
  const page = await newestPage(db, where, cursor, limit);
  return { ...page, facets: await facetsOf(db, where) };
}

/** One page of search results with the facets and total of the whole result set. */
export async function searchResources(db: Executor, principal: Principal, filters: ResourceSearchFilters) {
  const where = matching(principal, filters);
  const { q, cursor, limit } = filters;
  // Snippets mark what was searched for: a corrected query's words, not the misspelt ones.
  const page = q
    ? await rankedSearch(db, where, q, cursor, limit)
    : { ...(await newestSearch(db, where, cursor, limit)), text: undefined };
  const items = await hitsFor(db, principal, page.ids, page.text);
  const total = totalOf(page.facets);
  // Only a corrected attempt searches for other text than the reader's.
  const corrected = page.text !== undefined && page.text !== q ? page.text : null;
  return { items, nextCursor: page.nextCursor, facets: page.facets, total, correctedQuery: corrected };
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
