import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { qualified } from '../db/columns.js';
import { queryRows, type Executor } from '../db/database.js';
import { nameMatches, nameRank } from '../db/search.js';
import { networks } from '../networks/networks.table.js';
import { organisations } from '../organisations/organisations.table.js';
import { currentOrganisationsOfPerson } from '../people/people.queries.js';
import { people } from '../people/people.table.js';
import type { ResponseStatus } from '../shared/vocabulary.js';
import type { WaveRow } from './surveys.queries.js';
import { surveyResponses, surveys, surveyWaves } from './surveys.table.js';

/** A current affiliation (the same rule as everywhere: no end date, or one not yet reached). */
const current = sql`(a.end_date is null or a.end_date >= current_date)`;

/**
 * The nomination type-ahead: people the wave asks (`asked`, a subquery) whose name, or whose
 * organisation's name, matches `q`, best first. Matches on the person's own name come before
 * matches on their organisation (someone typing "Ana" wants Ana before the staff of
 * "CEIP Santa Ana"); within each, `nameRank` orders whole, starting, word-start, inside, similar.
 *
 * Both branches use the trigram indexes on names. Eligibility is checked last, lazily: the
 * ranked matches come from a sorted subquery, and the lateral check (which the planner turns
 * into index probes of memberships and affiliations for one person) runs only until `limit`
 * people pass, instead of building the whole network's respondent set for every keystroke —
 * about 17,000 people in the demo region's regional network.
 */
export async function nominationCandidates(
  db: Executor,
  asked: SQL,
  respondentId: string,
  q: string,
  limit: number,
) {
  return queryRows<{ id: string; displayName: string; organisations: { id: string; name: string }[] }>(
    db,
    sql`with by_name as (
        select id as person_id, ${nameRank(people.displayName, q)} as rank
        from people where ${nameMatches(people.displayName, q)}),
      matching_organisations as materialized (
        -- Materialized, so that each organisation is ranked once rather than once per member of staff.
        select id, 5 + ${nameRank(organisations.name, q)} as rank
        from organisations where ${nameMatches(organisations.name, q)}),
      by_organisation as (
        select a.person_id, o.rank
        from matching_organisations o join affiliations a on a.organisation_id = o.id and ${current}),
      best as (
        select person_id, min(rank) as rank
        from (select * from by_name union all select * from by_organisation) found
        where person_id <> ${respondentId}::uuid
        group by person_id)
      select people.id, people.display_name as "displayName", ${currentOrganisationsOfPerson} as organisations
      from (select best.person_id, best.rank, people.display_name from best join people on people.id = best.person_id
          order by best.rank, people.display_name, best.person_id) ranked
      cross join lateral (select 1 from (${asked}) e
          where e.person_id = ranked.person_id limit 1) eligible
      join people on people.id = ranked.person_id
      order by ranked.rank, ranked.display_name, ranked.person_id
      limit ${limit}`,
  );
}

/** Whether an organisation exists, and how many of its current staff the wave asks (`asked`, a subquery). */
export async function organisationInSurvey(db: Executor, asked: SQL, organisationId: string) {
  const [row] = await queryRows<{ exists: boolean; eligible: number }>(
    db,
    sql`select exists (select 1 from organisations where id = ${organisationId}::uuid) as exists,
      (select count(*)::int from (${asked}) e
        join affiliations a on a.person_id = e.person_id and a.organisation_id = ${organisationId}::uuid and ${current}) as eligible`,
  );
  return row ?? { exists: false, eligible: 0 };
}

/**
 * Records a reminder for everyone the wave asks (or everyone at one organisation) who has not
 * submitted it, leaving out whoever was reminded of it in the last 24 hours, so that a second
 * click the same day does not nag. One statement, so it is all or nothing. Returns the people
 * reminded now, for whatever delivers the reminder (email).
 */
export async function recordReminders(
  db: Executor,
  reminder: { asked: SQL; waveId: string; sentBy: string; organisationId: string | undefined },
) {
  const { asked, waveId, sentBy, organisationId } = reminder;
  const atOrganisation = organisationId
    ? sql`and exists (select 1 from affiliations a where a.person_id = e.person_id
        and a.organisation_id = ${organisationId}::uuid and ${current})`
    : sql``;
  const [row] = await queryRows<{ reminded: number; skippedRecently: number; personIds: string[] }>(
    db,
    sql`with targets as (
        select e.person_id from (${asked}) e
        where not exists (select 1 from survey_responses r
          where r.wave_id = ${waveId}::uuid and r.respondent_id = e.person_id and r.status = 'submitted')
        ${atOrganisation}),
      recent as (
        select t.person_id from targets t where exists (select 1 from survey_reminders s
          where s.wave_id = ${waveId}::uuid and s.person_id = t.person_id and s.sent_at > now() - interval '24 hours')),
      inserted as (
        insert into survey_reminders (wave_id, person_id, sent_by)
        select ${waveId}::uuid, t.person_id, ${sentBy}::uuid from targets t
        where t.person_id not in (select person_id from recent)
        returning person_id)
      select (select count(*)::int from inserted) as reminded, (select count(*)::int from recent) as "skippedRecently",
        coalesce((select json_agg(person_id) from inserted), '[]'::json) as "personIds"`,
  );
  return row ?? { reminded: 0, skippedRecently: 0, personIds: [] };
}

/** A network's reference (id, slug, name). */
export async function networkRef(db: Executor, networkId: string) {
  const [row] = await db
    .select({ id: networks.id, slug: networks.slug, name: networks.name })
    .from(networks)
    .where(eq(networks.id, networkId));
  return row;
}

/**
 * Every open wave, soonest closing first, with its survey, network, the person's response
 * status and when they were last reminded of it (whether it asks them is the caller's to check).
 */
export async function openWavesFor(db: Executor, personId: string) {
  const rows = await db
    .select({
      wave: surveyWaves,
      survey: { id: surveys.id, title: surveys.title, titleEs: surveys.titleEs },
      network: { id: networks.id, slug: networks.slug, name: networks.name },
      responseStatus: surveyResponses.status,
      lastRemindedAt: sql<string | null>`(select max(s.sent_at) from survey_reminders s
        where s.wave_id = ${qualified(surveyWaves.id)} and s.person_id = ${personId}::uuid)`,
    })
    .from(surveyWaves)
    .innerJoin(surveys, eq(surveys.id, surveyWaves.surveyId))
    .innerJoin(networks, eq(networks.id, surveys.networkId))
    .leftJoin(
      surveyResponses,
      and(eq(surveyResponses.waveId, surveyWaves.id), eq(surveyResponses.respondentId, personId)),
    )
    .where(eq(surveyWaves.status, 'open'))
    .orderBy(asc(surveyWaves.closesOn), asc(surveys.title), asc(surveyWaves.id));
  return rows as {
    wave: WaveRow;
    survey: { id: string; title: string; titleEs: string | null };
    network: { id: string; slug: string; name: string };
    responseStatus: ResponseStatus | null;
    lastRemindedAt: string | Date | null;
  }[];
}

/** Opens a wave of a survey. */
export async function insertWave(
  db: Executor,
  wave: Pick<
    typeof surveyWaves.$inferInsert,
    'surveyId' | 'number' | 'opensOn' | 'closesOn' | 'respondents' | 'respondentRoles'
  >,
): Promise<WaveRow> {
  const [row] = await db.insert(surveyWaves).values(wave).returning();
  if (!row) throw new Error('insert returned no wave');
  return row;
}

/** Closes a wave if it is open; returns the closed wave, or nothing when it was not open. */
export async function closeOpenWave(
  db: Executor,
  waveId: string,
  closedBy: string,
): Promise<WaveRow | undefined> {
  const [closed] = await db
    .update(surveyWaves)
    .set({ status: 'closed', closedAt: new Date(), closedBy, updatedAt: new Date() })
    .where(and(eq(surveyWaves.id, waveId), eq(surveyWaves.status, 'open')))
    .returning();
  return closed;
}

/**
 * Turns a wave's submitted answers into ties, in the caller's transaction: one tie per
 * nomination, from the respondent to the person named (or to the outsider by name), with the
 * question's relation. The weight is the frequency's position on the scale, from 1; a question
 * without a scale gives weight 1. Drafts are not answers and give no ties.
 */
export async function tiesFromAnswers(db: Executor, networkId: string, waveId: string): Promise<number> {
  const [row] = await queryRows<{ created: number }>(
    db,
    sql`with created as (
      insert into ties (network_id, wave_id, from_person_id, to_person_id, to_outside_name, to_outside_organisation, relation, weight, source)
      select ${networkId}, r.wave_id, r.respondent_id, n.nominee_id, n.outside_name, n.outside_organisation, q.relation,
        case when q.frequency_scale is null or n.frequency is null then 1 else n.frequency + 1 end,
        'survey'
      from survey_responses r
      join survey_nominations n on n.response_id = r.id
      join survey_questions q on q.id = n.question_id
      where r.wave_id = ${waveId} and r.status = 'submitted'
      returning 1)
    select count(*)::int as created from created`,
  );
  return row?.created ?? 0;
}

/** Moves a wave's opening and closing dates; returns the updated wave, if it exists. */
export async function writeWaveDates(
  db: Executor,
  waveId: string,
  dates: { opensOn: string; closesOn: string },
) {
  const [updated] = await db
    .update(surveyWaves)
    .set({ ...dates, updatedAt: new Date() })
    .where(eq(surveyWaves.id, waveId))
    .returning();
  return updated;
}
