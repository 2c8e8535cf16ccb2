import { eq, sql, type SQL } from 'drizzle-orm';
import { searchable } from '../db/columns.js';
import { people } from '../people/people.table.js';
import { queryRows, type Executor } from '../db/database.js';
import { eligibleRespondents } from '../memberships/memberships.queries.js';
import { SUGGESTION_LIMIT, type SuggestionKind } from './suggestions.schema.js';

/** Is the person on the network's map (one of its eligible respondents)? */
export async function isOnNetworkMap(db: Executor, networkId: string, personId: string): Promise<boolean> {
  const [row] = await queryRows<{ found: boolean }>(
    db,
    sql`select exists (select 1 from (${eligibleRespondents(networkId)}) e where e.person_id = ${personId}) as found`,
  );
  return row?.found ?? false;
}

/** Is the organisation a current member of the network? */
export async function isMemberOrganisation(
  db: Executor,
  networkId: string,
  organisationId: string,
): Promise<boolean> {
  const [row] = await queryRows<{ found: boolean }>(
    db,
    sql`select exists (select 1 from network_memberships m where m.network_id = ${networkId}
      and m.organisation_id = ${organisationId} and m.end_date is null) as found`,
  );
  return row?.found ?? false;
}

/**
 * Tags compare ignoring case and accents ("Evaluación" meets "evaluacion"), as name search does.
 * unaccent only changes non-ASCII letters, so an ASCII tag (the same length in bytes and in
 * characters) skips it: a third of the time on the demo region, where most tags are ASCII.
 */
const tagKey = (tag: SQL) =>
  sql`(case when octet_length(${tag}) = length(${tag}) then lower(${tag}) else ${searchable(tag)} end)`;
const current = (alias: string) =>
  sql.raw(`(${alias}.end_date is null or ${alias}.end_date >= current_date)`);

/**
 * One pass over the analysis for what every candidate is compared with: the betweenness of its
 * top tenth (the bar for a broker) and the subject's community (null when not on the map).
 */
const mapFacts = (analysisId: string, subject: SQL) => sql`select
    percentile_cont(0.9) within group (order by betweenness) filter (where in_network) as hub,
    max(community) filter (where ${subject}) as community
  from analysis_nodes where analysis_id = ${analysisId}`;

/**
 * How a candidate `c` (columns isolate, brokerage_role, betweenness, community) is reached,
 * against the map's facts `f`: an isolate; a broker (a Gould–Fernandez role spanning groups, or
 * betweenness in the top tenth); another community than the subject's; or tags alone. Without
 * `positions` every candidate is a tags-alone match, so the answer says nothing of position.
 */
function kindOf(positions: boolean): SQL<SuggestionKind> {
  if (!positions) return sql<SuggestionKind>`'expertise_match'`;
  return sql<SuggestionKind>`case
    when c.isolate then 'reaches_isolate'
    when c.brokerage_role in ('liaison', 'gatekeeper', 'representative')
      or (c.betweenness > 0 and c.betweenness >= f.hub) then 'broker'
    when c.community <> f.community then 'bridges_communities'
    else 'expertise_match' end`;
}

/**
 * The score: two points for each of their expertise tags that meets a need, one for each of
 * their needs the subject meets, plus reaching an isolate 3, a broker 2, another community 1.
 * Ties go to higher betweenness (where positions count), then name and id: the order never varies.
 */
const score = (kind: SQL) => sql`2 * cardinality(c.offers) + cardinality(c.seeks)
  + case ${kind} when 'reaches_isolate' then 3 when 'broker' then 2 when 'bridges_communities' then 1 else 0 end`;
const BEST_FIRST = sql`score desc, tiebreak desc, name, id`;

export interface SuggestionRow {
  id: string;
  name: string;
  organisation_id: string | null;
  organisation_name: string | null;
  kind: SuggestionKind;
  offers: string[];
  seeks: string[];
}

export interface PersonSuggestionRequest {
  networkId: string;
  analysisId: string;
  personId: string;
  /** Whether network position may rank and explain suggestions (the named-map rule). */
  positions: boolean;
}

/**
 * People on the map, in none of the person's organisations and not tied to them in this network,
 * whose expertise meets the person's needs or whose needs the person's expertise meets. Ties the
 * others reported (to the person) count only with `positions`: otherwise leaving someone out
 * would tell the person that this colleague named them.
 */
export async function suggestPeople(
  db: Executor,
  request: PersonSuggestionRequest,
): Promise<SuggestionRow[]> {
  return readWithoutJit<SuggestionRow>(db, peopleSuggestionQuery(request));
}

/**
 * Runs a read with PostgreSQL's JIT compilation off: these queries' cost estimates cross its
 * threshold, and compiling them took longer (about 250 ms on the demo region) than running them.
 */
async function readWithoutJit<Row>(db: Executor, query: SQL): Promise<Row[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    return queryRows<Row>(tx, query);
  });
}

/**
 * The query behind suggestPeople (exported so that its plan can be measured). Tags are matched
 * in one pass over the map's people, and only the best ten are looked up further.
 */
export function peopleSuggestionQuery(request: PersonSuggestionRequest): SQL {
  const { networkId, analysisId, personId, positions } = request;
  const kind = kindOf(positions);
  return sql`with subject as materialized (
        select array(select ${tagKey(sql`t`)} from unnest(p.needs) t) as needs,
          array(select ${tagKey(sql`t`)} from unnest(p.expertise) t) as expertise
        from people p where p.id = ${personId}),
      f as materialized (${mapFacts(analysisId, sql`person_id = ${personId}`)}),
      on_map as (
        select p.id, p.expertise, p.needs from people p
        where p.id in (select person_id from analysis_nodes where analysis_id = ${analysisId} and in_network)
          and p.id <> ${personId} and (p.expertise <> '{}' or p.needs <> '{}')),
      -- Each tag of the map's people keyed once, in one pass, keeping those that meet the subject's.
      matched as materialized (
        select m.id,
          coalesce(array_agg(m.tag order by m.tag) filter (where m.side = 'offers'), '{}') as offers,
          coalesce(array_agg(m.tag order by m.tag) filter (where m.side = 'seeks'), '{}') as seeks
        from (
          select p.id, e as tag, 'offers' as side from on_map p cross join subject s cross join unnest(p.expertise) e
            where ${tagKey(sql`e`)} = any(s.needs)
          union all
          select p.id, x, 'seeks' from on_map p cross join subject s cross join unnest(p.needs) x
            where ${tagKey(sql`x`)} = any(s.expertise)) m
        group by m.id),
      c as (
        select m.id, p.display_name as name, n.isolate, n.brokerage_role, n.betweenness, n.community, m.offers, m.seeks
        from matched m
        join people p on p.id = m.id
        join analysis_nodes n on n.analysis_id = ${analysisId} and n.person_id = m.id),
      best as (
        select c.id, c.name, c.offers, c.seeks, ${kind} as kind, ${score(kind)} as score,
          ${positions ? sql`c.betweenness` : sql`0`} as tiebreak
        from c cross join f
        where not exists (select 1 from affiliations mine join affiliations theirs on theirs.organisation_id = mine.organisation_id
            where mine.person_id = ${personId} and theirs.person_id = c.id and ${current('mine')} and ${current('theirs')})
          and not exists (select 1 from ties t where t.network_id = ${networkId} and t.from_person_id = ${personId} and t.to_person_id = c.id)
          ${positions ? sql`and not exists (select 1 from ties t where t.network_id = ${networkId} and t.from_person_id = c.id and t.to_person_id = ${personId})` : sql``}
        order by ${BEST_FIRST}
        limit ${SUGGESTION_LIMIT})
      select best.id, best.name, org.id as organisation_id, org.name as organisation_name, best.kind, best.offers, best.seeks
      from best
      left join lateral (select o.id, o.name from affiliations a join organisations o on o.id = a.organisation_id
        where a.person_id = best.id and ${current('a')} order by o.name, o.id limit 1) org on true
      order by ${BEST_FIRST}`;
}

/** Every distinct tag of an organisation's current staff, as [needs, expertise]. */
export async function staffTags(db: Executor, organisationId: string) {
  const [row] = await queryRows<{ needs: string[]; expertise: string[] }>(
    db,
    sql`select coalesce(array(select distinct t from affiliations a join people p on p.id = a.person_id, unnest(p.needs) t
          where a.organisation_id = ${organisationId} and ${current('a')} order by t), '{}') as needs,
        coalesce(array(select distinct t from affiliations a join people p on p.id = a.person_id, unnest(p.expertise) t
          where a.organisation_id = ${organisationId} and ${current('a')} order by t), '{}') as expertise`,
  );
  return row ?? { needs: [], expertise: [] };
}

export interface OrganisationSuggestionRequest {
  networkId: string;
  analysisId: string;
  organisationId: string;
}

/**
 * Member organisations on the organisations map, other than this one and with no tie between
 * their people and its people in this network, whose staff's expertise meets this one's staff's
 * needs, or the other way round. Organisations are public, so their position always counts.
 */
export async function suggestOrganisations(
  db: Executor,
  request: OrganisationSuggestionRequest,
): Promise<SuggestionRow[]> {
  return readWithoutJit<SuggestionRow>(db, organisationSuggestionQuery(request));
}

/**
 * The query behind suggestOrganisations (exported so that its plan can be measured): the staff
 * tags of the map's organisations that meet ours, in one pass, gathered per organisation, ranked.
 */
export function organisationSuggestionQuery(request: OrganisationSuggestionRequest): SQL {
  const { networkId, analysisId, organisationId } = request;
  const kind = kindOf(true);
  // One side of the staff's tags, where it meets the other side of ours.
  const meeting = (
    theirs: 'expertise' | 'needs',
    side: 'offers' | 'seeks',
    ours: 'needs' | 'expertise',
  ) => sql`
    select s.organisation_id, t as tag, ${side} as side
    from staff s cross join our_keys k cross join unnest(s.${sql.raw(theirs)}) t
    where ${tagKey(sql`t`)} = any(k.${sql.raw(ours)})`;
  return sql`with ours as materialized (
        select a.person_id from affiliations a where a.organisation_id = ${organisationId} and ${current('a')}),
      our_keys as materialized (
        select array(select ${tagKey(sql`t`)} from ours join people p on p.id = ours.person_id, unnest(p.needs) t) as needs,
          array(select ${tagKey(sql`t`)} from ours join people p on p.id = ours.person_id, unnest(p.expertise) t) as expertise),
      -- The staff of the map's member organisations (the subject's own are left out later, which
      -- keeps the planner's row estimate right: most node rows of a database have no organisation).
      staff as (
        select a.organisation_id, p.expertise, p.needs
        from affiliations a join people p on p.id = a.person_id
        where ${current('a')} and (p.expertise <> '{}' or p.needs <> '{}')
          and a.organisation_id in (select organisation_id from analysis_nodes where analysis_id = ${analysisId} and in_network)),
      matched as (
        select organisation_id,
          coalesce(array_agg(distinct tag) filter (where side = 'offers'), '{}') as offers,
          coalesce(array_agg(distinct tag) filter (where side = 'seeks'), '{}') as seeks
        from (${meeting('expertise', 'offers', 'needs')} union all ${meeting('needs', 'seeks', 'expertise')}) m
        group by organisation_id),
      tied as (
        select a.organisation_id from ties t join affiliations a on a.person_id = t.to_person_id and ${current('a')}
          where t.network_id = ${networkId} and t.from_person_id in (select person_id from ours)
        union
        select a.organisation_id from ties t join affiliations a on a.person_id = t.from_person_id and ${current('a')}
          where t.network_id = ${networkId} and t.to_person_id in (select person_id from ours)),
      f as materialized (${mapFacts(analysisId, sql`organisation_id = ${organisationId}`)}),
      c as (
        select o.id, o.name, n.isolate, n.brokerage_role, n.betweenness, n.community, m.offers, m.seeks
        from matched m
        join analysis_nodes n on n.analysis_id = ${analysisId} and n.organisation_id = m.organisation_id
        join organisations o on o.id = m.organisation_id
        where o.id <> ${organisationId} and o.id not in (select organisation_id from tied))
      select c.id, c.name, null as organisation_id, null as organisation_name, ${kind} as kind, c.offers, c.seeks,
        ${score(kind)} as score, c.betweenness as tiebreak
      from c cross join f
      order by ${BEST_FIRST}
      limit ${SUGGESTION_LIMIT}`;
}

/** A person's needs and expertise, which their suggestions match. */
export async function needsAndExpertiseOf(db: Executor, personId: string) {
  const [row] = await db
    .select({ needs: people.needs, expertise: people.expertise })
    .from(people)
    .where(eq(people.id, personId));
  return row;
}
