import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/database.js';
import { people } from '../people/people.table.js';
import {
  surveyNominations,
  surveyQuestions,
  surveyResponses,
  surveys,
  surveyWaves,
} from './surveys.table.js';

export type SurveyRow = typeof surveys.$inferSelect;
export type QuestionRow = typeof surveyQuestions.$inferSelect;
export type WaveRow = typeof surveyWaves.$inferSelect;
export type ResponseRow = typeof surveyResponses.$inferSelect;
/** A question as written: everything but its id and survey. */
export type QuestionValues = Omit<typeof surveyQuestions.$inferInsert, 'id' | 'surveyId' | 'position'>;
/** Where a response stands: draft or submitted, and since when. */
export type ResponseState = Pick<ResponseRow, 'status' | 'submittedAt' | 'updatedAt'>;
/** A nomination as written: everything but its id and response. */
export type NominationValues = Omit<typeof surveyNominations.$inferInsert, 'id' | 'responseId'>;

export async function findSurvey(db: Executor, id: string): Promise<SurveyRow | undefined> {
  const [row] = await db.select().from(surveys).where(eq(surveys.id, id));
  return row;
}

/** Writes a survey (a draft) with its questions, in the order given. */
export async function insertSurveyWithQuestions(
  db: Executor,
  survey: { networkId: string; title: string; titleEs: string | null; createdBy: string },
  questions: QuestionValues[],
): Promise<SurveyRow> {
  const [row] = await db.insert(surveys).values(survey).returning();
  if (!row) throw new Error('insert returned no survey');
  await db
    .insert(surveyQuestions)
    .values(questions.map((question, position) => ({ ...question, position, surveyId: row.id })));
  return row;
}

/** Marks a survey active (it has opened a wave). */
export async function markSurveyActive(db: Executor, surveyId: string): Promise<void> {
  await db
    .update(surveys)
    .set({ status: 'active', updatedAt: sql`now()` })
    .where(eq(surveys.id, surveyId));
}

export async function findWave(
  db: Executor,
  id: string,
): Promise<{ wave: WaveRow; survey: SurveyRow } | undefined> {
  const [row] = await db
    .select({ wave: surveyWaves, survey: surveys })
    .from(surveyWaves)
    .innerJoin(surveys, eq(surveys.id, surveyWaves.surveyId))
    .where(eq(surveyWaves.id, id));
  return row;
}

export async function surveysOfNetwork(db: Executor, networkId: string): Promise<SurveyRow[]> {
  return db
    .select()
    .from(surveys)
    .where(eq(surveys.networkId, networkId))
    .orderBy(asc(surveys.createdAt), asc(surveys.id));
}

export async function questionsOf(db: Executor, surveyIds: string[]): Promise<QuestionRow[]> {
  if (surveyIds.length === 0) return [];
  return db
    .select()
    .from(surveyQuestions)
    .where(inArray(surveyQuestions.surveyId, surveyIds))
    .orderBy(asc(surveyQuestions.position));
}

export async function wavesOf(db: Executor, surveyIds: string[]): Promise<WaveRow[]> {
  if (surveyIds.length === 0) return [];
  return db
    .select()
    .from(surveyWaves)
    .where(inArray(surveyWaves.surveyId, surveyIds))
    .orderBy(asc(surveyWaves.number));
}

export async function findResponse(
  db: Executor,
  waveId: string,
  respondentId: string,
): Promise<ResponseRow | undefined> {
  const [row] = await db
    .select()
    .from(surveyResponses)
    .where(and(eq(surveyResponses.waveId, waveId), eq(surveyResponses.respondentId, respondentId)));
  return row;
}

/** Writes a respondent's first response to a wave. */
export async function insertResponse(
  db: Executor,
  response: { waveId: string; respondentId: string } & ResponseState,
): Promise<ResponseRow> {
  const [row] = await db.insert(surveyResponses).values(response).returning();
  if (!row) throw new Error('the response was not written');
  return row;
}

/** Moves a response to a new state (draft saved again, or submitted). */
export async function updateResponseState(
  db: Executor,
  id: string,
  state: ResponseState,
): Promise<ResponseRow> {
  const [row] = await db.update(surveyResponses).set(state).where(eq(surveyResponses.id, id)).returning();
  if (!row) throw new Error('the response was not written');
  return row;
}

/** Replaces a response's nominations with these. */
export async function replaceNominations(
  db: Executor,
  responseId: string,
  nominations: NominationValues[],
): Promise<void> {
  await db.delete(surveyNominations).where(eq(surveyNominations.responseId, responseId));
  if (nominations.length > 0) {
    await db.insert(surveyNominations).values(nominations.map((n) => ({ ...n, responseId })));
  }
}

/** Responses of a wave with their respondents and nominations (all, or one respondent's). */
export async function responsesWithNominations(db: Executor, waveId: string, respondentId?: string) {
  const responses = await db
    .select({ response: surveyResponses, respondent: { id: people.id, displayName: people.displayName } })
    .from(surveyResponses)
    .innerJoin(people, eq(people.id, surveyResponses.respondentId))
    .where(
      and(
        eq(surveyResponses.waveId, waveId),
        respondentId ? eq(surveyResponses.respondentId, respondentId) : undefined,
      ),
    )
    .orderBy(asc(people.displayName), asc(people.id));
  if (responses.length === 0) return [];
  const nominations = await db
    .select({ nomination: surveyNominations, nominee: { id: people.id, displayName: people.displayName } })
    .from(surveyNominations)
    .leftJoin(people, eq(people.id, surveyNominations.nomineeId))
    .where(
      inArray(
        surveyNominations.responseId,
        responses.map((r) => r.response.id),
      ),
    )
    .orderBy(asc(surveyNominations.id));
  return responses.map(({ response, respondent }) => ({
    response,
    respondent,
    nominations: nominations.filter((n) => n.nomination.responseId === response.id),
  }));
}

/** Response counts for a wave among those it asks (`asked`, a subquery): overall and by their current organisations. */
export async function responseRates(db: Executor, asked: SQL, waveId: string) {
  const [totals] = await queryRows<{ eligible: number; submitted: number; drafts: number; reminded: number }>(
    db,
    sql`with eligible as (${asked})
      select (select count(*)::int from eligible) as eligible,
        (select count(distinct s.person_id)::int from survey_reminders s
          where s.wave_id = ${waveId} and s.person_id in (select person_id from eligible)) as reminded,
        count(*) filter (where r.status = 'submitted')::int as submitted,
        count(*) filter (where r.status = 'draft')::int as drafts
      from survey_responses r where r.wave_id = ${waveId} and r.respondent_id in (select person_id from eligible)`,
  );
  const byOrganisation = await queryRows<{
    id: string;
    name: string;
    eligible: number;
    submitted: number;
    reminded: number;
  }>(
    db,
    sql`with eligible as (${asked}),
      reminded as (select distinct person_id from survey_reminders where wave_id = ${waveId})
      select o.id, o.name, count(distinct e.person_id)::int as eligible,
        count(distinct r.respondent_id) filter (where r.status = 'submitted')::int as submitted,
        count(distinct rm.person_id)::int as reminded
      from eligible e
      join affiliations a on a.person_id = e.person_id and (a.end_date is null or a.end_date >= current_date)
      join organisations o on o.id = a.organisation_id
      left join survey_responses r on r.respondent_id = e.person_id and r.wave_id = ${waveId}
      left join reminded rm on rm.person_id = e.person_id
      group by o.id, o.name
      order by o.name, o.id`,
  );
  return { ...(totals ?? { eligible: 0, submitted: 0, drafts: 0, reminded: 0 }), byOrganisation };
}
