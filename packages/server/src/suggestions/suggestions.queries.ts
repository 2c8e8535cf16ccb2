import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { analyses } from '../analytics/analyses.table.js';
import { searchable } from '../db/columns.js';
import { queryRows, type Executor } from '../db/database.js';
import type { AnalysisLevel } from '../shared/vocabulary.js';
import { eligibleRespondents } from '../surveys/surveys.queries.js';
import { SUGGESTION_LIMIT, type SuggestionKind } from './suggestions.schema.js';

/**
 * The newest finished analysis of a network at a level, whatever wave or relation it covers:
 * suggestions follow the latest picture of the network.
 */
export async function newestFinishedAnalysis(db: Executor, networkId: string, level: AnalysisLevel) {
  const [row] = await db
    .select({ id: analyses.id, finishedAt: analyses.finishedAt })
    .from(analyses)
    .where(and(eq(analyses.networkId, networkId), eq(analyses.level, level), eq(analyses.status, 'done')))
    .orderBy(desc(analyses.finishedAt), desc(analyses.id))
    .limit(1);
  return row;
}

/** Is the person on the network's map (one of its eligible respondents)? */
export async function isOnNetworkMap(db: Executor, networkId: string, personId: string): Promise<boolean> {
  const [row] = await queryRows<{ found: boolean }>(
    db,
    sql`select exists (select 1 from (${eligibleRespondents(networkId)}) e where e.person_id = ${personId}) as found`,
  );
  return row?.found ?? false;
}

/** Is the organisation a current member of the network? */
export async function isMemberOrganisation(db: Executor, networkId: string, organisationId: string): Promise<boolean> {
  const [row] = await queryRows<{ found: boolean }>(
    db,
    sql`select exists (select 1 from network_memberships m where m.network_id = ${networkId}
      and m.organisation_id = ${organisationId} and m.end_date is null) as found`,
  );
  return row?.found ?? false;
}

/** Tags compare ignoring case and accents: "Evaluación" meets "evaluacion". */
const tagKey = (tag: SQL) => searchable(tag);
const current = (alias: string) => sql.raw(`(${alias}.end_date is null or ${alias}.end_date >= current_date)`);

/**
 * How a candidate's position is read, from its analysis row `n` (columns isolate, brokerage_role,
 * betweenness, community): an isolate; a broker (a Gould–Fernandez role that spans groups, or
 * betweenness in the top tenth of the map); in another community than the subject's; or none.
 * Without `positions`, every candidate is an expertise match, so the answer says nothing of position.
 */
function kindOf(positions: boolean, subjectCommunity: SQL): SQL<SuggestionKind> {
  if (!positions) return sql<SuggestionKind>`'expertise_match'`;
  return sql<SuggestionKind>`case
    when n.isolate then 'reaches_isolate'
    when n.brokerage_role in ('liaison', 'gatekeeper', 'representative')
      or (n.betweenness > 0 and n.betweenness >= hub.betweenness) then 'broker'
    when n.community <> (${subjectCommunity}) then 'bridges_communities'
    else 'expertise_match' end`;
}

/** The top tenth's betweenness among the map's members: the bar for a broker. */
const hubOf = (analysisId: string) => sql`(select percentile_cont(0.9) within group (order by betweenness) as betweenness
  from analysis_nodes where analysis_id = ${analysisId} and in_network) hub`;

/**
 * Best first: two points for each of their expertise tags that meets a need, one for each need
 * the subject can meet, plus reaching an isolate 3, a broker 2, another community 1; then, where
 * positions count, higher betweenness; then name and id, so the order never varies.
 */
const ranking = (positions: boolean) => sql`order by 2 * cardinality(offers) + cardinality(seeks)
    + case kind when 'reaches_isolate' then 3 when 'broker' then 2 when 'bridges_communities' then 1 else 0 end desc,
  ${positions ? sql`betweenness desc,` : sql``} name, id`;

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
export async function suggestPeople(db: Executor, request: PersonSuggestionRequest): Promise<SuggestionRow[]> {
  const { networkId, analysisId, personId, positions } = request;
  const subjectCommunity = sql`select community from analysis_nodes where analysis_id = ${analysisId} and person_id = ${personId}`;
  return queryRows<SuggestionRow>(
    db,
    sql`with subject as (
        select array(select ${tagKey(sql`t`)} from unnest(p.needs) t) as needs,
          array(select ${tagKey(sql`t`)} from unnest(p.expertise) t) as expertise
        from people p where p.id = ${personId}),
      candidate as (
        select p.id, p.display_name as name, n.betweenness, ${kindOf(positions, subjectCommunity)} as kind,
          array(select e from unnest(p.expertise) e where ${tagKey(sql`e`)} = any(s.needs)) as offers,
          array(select x from unnest(p.needs) x where ${tagKey(sql`x`)} = any(s.expertise)) as seeks
        from analysis_nodes n
        join people p on p.id = n.person_id
        cross join subject s cross join ${hubOf(analysisId)}
        where n.analysis_id = ${analysisId} and n.in_network and n.person_id <> ${personId}
          and (p.expertise <> '{}' or p.needs <> '{}')
          and not exists (select 1 from affiliations mine join affiliations theirs on theirs.organisation_id = mine.organisation_id
            where mine.person_id = ${personId} and theirs.person_id = n.person_id and ${current('mine')} and ${current('theirs')})
          and not exists (select 1 from ties t where t.network_id = ${networkId} and t.from_person_id = ${personId} and t.to_person_id = n.person_id)
          ${positions ? sql`and not exists (select 1 from ties t where t.network_id = ${networkId} and t.from_person_id = n.person_id and t.to_person_id = ${personId})` : sql``})
      select c.id, c.name, org.id as organisation_id, org.name as organisation_name, c.kind, c.offers, c.seeks
      from candidate c
      left join lateral (select o.id, o.name from affiliations a join organisations o on o.id = a.organisation_id
        where a.person_id = c.id and ${current('a')} order by o.name, o.id limit 1) org on true
      where cardinality(c.offers) + cardinality(c.seeks) > 0
      ${ranking(positions)}
      limit ${SUGGESTION_LIMIT}`,
  );
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

/**
 * Member organisations on the organisations map, other than this one and with no tie between
 * their people and its people in this network, whose staff's expertise meets this one's staff's
 * needs, or the other way round. Organisations are public, so their position always counts.
 */
export async function suggestOrganisations(
  db: Executor,
  request: { networkId: string; analysisId: string; organisationId: string },
): Promise<SuggestionRow[]> {
  const { networkId, analysisId, organisationId } = request;
  const subjectCommunity = sql`select community from analysis_nodes where analysis_id = ${analysisId} and organisation_id = ${organisationId}`;
  // One side's tags (needs or expertise) of every candidate's staff that meet the subject's other side.
  const meeting = (theirs: 'expertise' | 'needs', ours: 'needs' | 'expertise') => sql`
    select a.organisation_id, min(t) as tag
    from analysis_nodes n
    join affiliations a on a.organisation_id = n.organisation_id and ${current('a')}
    join people p on p.id = a.person_id
    cross join lateral unnest(p.${sql.raw(theirs)}) t
    where n.analysis_id = ${analysisId} and n.in_network and n.organisation_id <> ${organisationId}
      and ${tagKey(sql`t`)} in (
        select ${tagKey(sql`s`)} from affiliations sa join people sp on sp.id = sa.person_id, unnest(sp.${sql.raw(ours)}) s
        where sa.organisation_id = ${organisationId} and ${current('sa')})
    group by a.organisation_id, ${tagKey(sql`t`)}`;
  return queryRows<SuggestionRow>(
    db,
    sql`with offers as (${meeting('expertise', 'needs')}), seeks as (${meeting('needs', 'expertise')}),
      our_people as (select a.person_id from affiliations a where a.organisation_id = ${organisationId} and ${current('a')}),
      tied as (
        select a.organisation_id from ties t join affiliations a on a.person_id = t.to_person_id and ${current('a')}
          where t.network_id = ${networkId} and t.from_person_id in (select person_id from our_people)
        union
        select a.organisation_id from ties t join affiliations a on a.person_id = t.from_person_id and ${current('a')}
          where t.network_id = ${networkId} and t.to_person_id in (select person_id from our_people)),
      candidate as (
        select o.id, o.name, n.betweenness, ${kindOf(true, subjectCommunity)} as kind,
          coalesce(array(select tag from offers f where f.organisation_id = o.id order by tag), '{}') as offers,
          coalesce(array(select tag from seeks k where k.organisation_id = o.id order by tag), '{}') as seeks
        from analysis_nodes n join organisations o on o.id = n.organisation_id cross join ${hubOf(analysisId)}
        where n.analysis_id = ${analysisId} and n.in_network and o.id <> ${organisationId}
          and o.id not in (select organisation_id from tied)
          and (o.id in (select organisation_id from offers) or o.id in (select organisation_id from seeks)))
      select c.id, c.name, null as organisation_id, null as organisation_name, c.kind, c.offers, c.seeks
      from candidate c
      ${ranking(true)}
      limit ${SUGGESTION_LIMIT}`,
  );
}
