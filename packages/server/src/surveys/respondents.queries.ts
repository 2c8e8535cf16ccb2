/**
 * Who a wave asks. A wave stores a rule (`survey_waves.respondents`, its roles, and the chosen
 * organisations or people in `survey_wave_targets`), and the rule is read among the network's
 * current respondents (`eligibleRespondents`) each time: answering, the type-ahead, response
 * rates and reminders all ask `askedRespondents`.
 */
import { and, asc, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/database.js';
import { nameMatches, nameRank } from '../db/search.js';
import { eligibleRespondents } from '../memberships/memberships.queries.js';
import { networkWithDescendants } from '../networks/networks.queries.js';
import { organisations } from '../organisations/organisations.table.js';
import { currentOrganisationsOfPerson } from '../people/people.queries.js';
import { people } from '../people/people.table.js';
import type { MembershipRole, RespondentChoice } from '../shared/vocabulary.js';
import { surveyWaveTargets } from './surveys.table.js';

/** Who is asked: the choice and what it names (only the list the choice uses is read). */
export interface RespondentRule {
  choice: RespondentChoice;
  roles: MembershipRole[];
  organisationIds: string[];
  personIds: string[];
}

export const EVERYONE: RespondentRule = { choice: 'everyone', roles: [], organisationIds: [], personIds: [] };

const current = sql`(a.end_date is null or a.end_date >= current_date)`;

/** `(id1, id2, …)` as uuids; an empty list matches nothing. */
const uuidList = (ids: string[]) =>
  ids.length === 0
    ? sql`(null::uuid)`
    : sql`(${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`;

/** The network's current members in these roles: in person, or through their organisation's membership. */
const membersInRoles = (networkId: string, roles: MembershipRole[]) => {
  const inRoles =
    roles.length === 0
      ? sql`false`
      : sql`m.role in (${sql.join(
          roles.map((role) => sql`${role}`),
          sql`, `,
        )})`;
  return sql`
    select m.person_id from network_memberships m
      where m.network_id in (${networkWithDescendants(networkId)})
        and m.person_id is not null and m.end_date is null and ${inRoles}
    union
    select a.person_id from network_memberships m join affiliations a on a.organisation_id = m.organisation_id
      where m.network_id in (${networkWithDescendants(networkId)})
        and m.end_date is null and ${current} and ${inRoles}`;
};

/** The people a rule asks in a network, as a subquery of `person_id`s. */
export function askedRespondents(networkId: string, rule: RespondentRule): SQL {
  const eligible = eligibleRespondents(networkId);
  switch (rule.choice) {
    case 'everyone':
      return eligible;
    case 'organisations':
      return sql`select e.person_id from (${eligible}) e where exists (select 1 from affiliations a
        where a.person_id = e.person_id and ${current} and a.organisation_id in ${uuidList(rule.organisationIds)})`;
    case 'people':
      return sql`select e.person_id from (${eligible}) e where e.person_id in ${uuidList(rule.personIds)}`;
    case 'roles':
      return sql`select e.person_id from (${eligible}) e
        where e.person_id in (${membersInRoles(networkId, rule.roles)})`;
  }
}

/** How many people a rule asks. */
export async function countAsked(db: Executor, networkId: string, rule: RespondentRule): Promise<number> {
  const [row] = await queryRows<{ asked: number }>(
    db,
    sql`select count(*)::int as asked from (${askedRespondents(networkId, rule)}) asked`,
  );
  return row?.asked ?? 0;
}

/** Is the person asked by the rule? */
export async function isAsked(
  db: Executor,
  networkId: string,
  rule: RespondentRule,
  personId: string,
): Promise<boolean> {
  const [row] = await queryRows<{ asked: boolean }>(
    db,
    sql`select exists (select 1 from (${askedRespondents(networkId, rule)}) e
      where e.person_id = ${personId}::uuid) as asked`,
  );
  return row?.asked ?? false;
}

/** A stored wave's rule: its choice and roles, with the organisations or people it lists. */
export async function ruleOfWave(
  db: Executor,
  wave: { id: string; respondents: RespondentChoice; respondentRoles: MembershipRole[] | null },
): Promise<RespondentRule> {
  const rule: RespondentRule = { ...EVERYONE, choice: wave.respondents, roles: wave.respondentRoles ?? [] };
  if (wave.respondents !== 'organisations' && wave.respondents !== 'people') return rule;
  const targets = await db
    .select({ organisationId: surveyWaveTargets.organisationId, personId: surveyWaveTargets.personId })
    .from(surveyWaveTargets)
    .where(eq(surveyWaveTargets.waveId, wave.id));
  rule.organisationIds = targets.flatMap((t) => (t.organisationId ? [t.organisationId] : []));
  rule.personIds = targets.flatMap((t) => (t.personId ? [t.personId] : []));
  return rule;
}

/** Writes the organisations or people a new wave asks. */
export async function insertWaveTargets(db: Executor, waveId: string, rule: RespondentRule): Promise<void> {
  const rows =
    rule.choice === 'organisations'
      ? rule.organisationIds.map((organisationId) => ({ waveId, organisationId }))
      : rule.choice === 'people'
        ? rule.personIds.map((personId) => ({ waveId, personId }))
        : [];
  for (let start = 0; start < rows.length; start += 1000) {
    await db.insert(surveyWaveTargets).values(rows.slice(start, start + 1000));
  }
}

/** The organisations and people a wave lists, named, for its page. */
export async function targetsOfWave(db: Executor, waveId: string) {
  const [chosenOrganisations, chosenPeople] = await Promise.all([
    db
      .select({ id: organisations.id, name: organisations.name })
      .from(surveyWaveTargets)
      .innerJoin(organisations, eq(organisations.id, surveyWaveTargets.organisationId))
      .where(and(eq(surveyWaveTargets.waveId, waveId), isNotNull(surveyWaveTargets.organisationId)))
      .orderBy(asc(organisations.name), asc(organisations.id)),
    db
      .select({ id: people.id, displayName: people.displayName })
      .from(surveyWaveTargets)
      .innerJoin(people, eq(people.id, surveyWaveTargets.personId))
      .where(and(eq(surveyWaveTargets.waveId, waveId), isNotNull(surveyWaveTargets.personId)))
      .orderBy(asc(people.displayName), asc(people.id)),
  ]);
  return { organisations: chosenOrganisations, people: chosenPeople };
}

/** Organisations with people in the network: member organisations and those of its members. */
const organisationsOfNetwork = (networkId: string) => sql`
  select m.organisation_id from network_memberships m
    where m.network_id in (${networkWithDescendants(networkId)})
      and m.organisation_id is not null and m.end_date is null
  union
  select a.organisation_id from network_memberships m join affiliations a on a.person_id = m.person_id
    where m.network_id in (${networkWithDescendants(networkId)})
      and m.person_id is not null and m.end_date is null and ${current}`;

/** Of these ids, those that are not organisations of the network. */
export async function organisationsOutside(db: Executor, networkId: string, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select o.id from organisations o where o.id in ${uuidList(ids)}
      and o.id in (${organisationsOfNetwork(networkId)})`,
  );
  const inside = new Set(rows.map((row) => row.id));
  return new Set(ids.filter((id) => !inside.has(id)));
}

/** Of these ids, those that are not among the network's respondents. */
export async function peopleOutside(db: Executor, networkId: string, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select e.person_id as id from (${eligibleRespondents(networkId)}) e where e.person_id in ${uuidList(ids)}`,
  );
  const inside = new Set(rows.map((row) => row.id));
  return new Set(ids.filter((id) => !inside.has(id)));
}

/** The network's organisations whose name matches `q`, best first (choosing who is asked). */
export async function organisationOptions(db: Executor, networkId: string, q: string, limit: number) {
  return queryRows<{ id: string; name: string; municipality: string | null }>(
    db,
    sql`select organisations.id, organisations.name, organisations.municipality from organisations
      where ${nameMatches(organisations.name, q)} and organisations.id in (${organisationsOfNetwork(networkId)})
      order by ${nameRank(organisations.name, q)}, organisations.name, organisations.id
      limit ${limit}`,
  );
}

/** The network's respondents whose name matches `q`, best first, with their organisations. */
export async function personOptions(db: Executor, networkId: string, q: string, limit: number) {
  return queryRows<{ id: string; displayName: string; organisations: { id: string; name: string }[] }>(
    db,
    sql`select people.id, people.display_name as "displayName", ${currentOrganisationsOfPerson} as organisations
      from (select id, ${nameRank(people.displayName, q)} as rank, display_name from people
          where ${nameMatches(people.displayName, q)} order by 2, display_name, id) ranked
      cross join lateral (select 1 from (${eligibleRespondents(networkId)}) e
          where e.person_id = ranked.id limit 1) eligible
      join people on people.id = ranked.id
      order by ranked.rank, ranked.display_name, ranked.id
      limit ${limit}`,
  );
}
