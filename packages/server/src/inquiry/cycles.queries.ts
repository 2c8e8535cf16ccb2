import { and, asc, eq, notInArray, sql } from 'drizzle-orm';
import { qualified } from '../db/columns.js';
import type { Executor } from '../db/database.js';
import { organisations } from '../organisations/organisations.table.js';
import { changeIdeas, pdsaCycles, pdsaCycleSchools, pdsaQuestions } from './cycles.table.js';
import { inquirySchools } from './inquiries.table.js';

export type CycleRow = typeof pdsaCycles.$inferSelect;

const cycleId = qualified(pdsaCycles.id);

const summaryColumns = {
  cycle: pdsaCycles,
  changeIdea: { id: changeIdeas.id, text: changeIdeas.text },
  schools: sql<
    { id: string; name: string }[]
  >`coalesce((select json_agg(json_build_object('id', o.id, 'name', o.name) order by o.name)
    from ${pdsaCycleSchools} s join ${organisations} o on o.id = s.organisation_id where s.cycle_id = ${cycleId}), '[]'::json)`,
  questionCount: sql<number>`(select count(*)::int from ${pdsaQuestions} q where q.cycle_id = ${cycleId})`,
};
export type CycleSummaryRow = {
  cycle: CycleRow;
  changeIdea: { id: string; text: string };
  schools: { id: string; name: string }[];
  questionCount: number;
};

export function cyclesOfInquiry(db: Executor, inquiryId: string): Promise<CycleSummaryRow[]> {
  return db
    .select(summaryColumns)
    .from(pdsaCycles)
    .innerJoin(changeIdeas, eq(changeIdeas.id, pdsaCycles.changeIdeaId))
    .where(eq(pdsaCycles.inquiryId, inquiryId))
    .orderBy(asc(pdsaCycles.startsOn), asc(pdsaCycles.createdAt), asc(pdsaCycles.id));
}

export async function cycleSummaryRow(db: Executor, id: string): Promise<CycleSummaryRow | undefined> {
  const [row] = await db
    .select(summaryColumns)
    .from(pdsaCycles)
    .innerJoin(changeIdeas, eq(changeIdeas.id, pdsaCycles.changeIdeaId))
    .where(eq(pdsaCycles.id, id));
  return row;
}

export async function findCycle(db: Executor, id: string) {
  const [row] = await db.select().from(pdsaCycles).where(eq(pdsaCycles.id, id));
  return row;
}

export function questionsOf(db: Executor, id: string) {
  return db
    .select({
      id: pdsaQuestions.id,
      question: pdsaQuestions.question,
      prediction: pdsaQuestions.prediction,
      result: pdsaQuestions.result,
    })
    .from(pdsaQuestions)
    .where(eq(pdsaQuestions.cycleId, id))
    .orderBy(asc(pdsaQuestions.position));
}

export async function isIdeaOfInquiry(db: Executor, ideaId: string, inquiryId: string) {
  const [row] = await db
    .select({ id: changeIdeas.id })
    .from(changeIdeas)
    .where(and(eq(changeIdeas.id, ideaId), eq(changeIdeas.inquiryId, inquiryId)));
  return row !== undefined;
}

export async function teamSchoolIds(db: Executor, inquiryId: string) {
  const rows = await db
    .select({ id: inquirySchools.organisationId })
    .from(inquirySchools)
    .where(eq(inquirySchools.inquiryId, inquiryId));
  return new Set(rows.map((row) => row.id));
}

export async function insertCycle(db: Executor, values: typeof pdsaCycles.$inferInsert) {
  const [row] = await db.insert(pdsaCycles).values(values).returning();
  return row!;
}

export async function updateCycleRow(
  db: Executor,
  id: string,
  values: Partial<typeof pdsaCycles.$inferInsert>,
) {
  await db
    .update(pdsaCycles)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(pdsaCycles.id, id));
}

export async function deleteCycleRow(db: Executor, id: string) {
  await db.delete(pdsaCycles).where(eq(pdsaCycles.id, id));
}

export async function replaceCycleSchools(db: Executor, id: string, schoolIds: readonly string[]) {
  await db.delete(pdsaCycleSchools).where(eq(pdsaCycleSchools.cycleId, id));
  await db
    .insert(pdsaCycleSchools)
    .values(schoolIds.map((organisationId) => ({ cycleId: id, organisationId })));
}

/**
 * Makes the cycle's questions these, in this order: a question that names one of the cycle's own
 * ids keeps it (a client editing a result must not see its question change identity); the rest
 * are new, and questions left out are removed.
 */
export async function replaceQuestions(
  db: Executor,
  id: string,
  questions: readonly {
    id?: string | undefined;
    question: string;
    prediction: string;
    result?: string | undefined;
  }[],
) {
  const current = new Set(
    (await db.select({ id: pdsaQuestions.id }).from(pdsaQuestions).where(eq(pdsaQuestions.cycleId, id))).map(
      (row) => row.id,
    ),
  );
  const kept = questions.flatMap((question) =>
    question.id && current.has(question.id) ? [question.id] : [],
  );
  await db
    .delete(pdsaQuestions)
    .where(
      and(eq(pdsaQuestions.cycleId, id), kept.length > 0 ? notInArray(pdsaQuestions.id, kept) : undefined),
    );
  for (const [position, question] of questions.entries()) {
    const fields = {
      question: question.question,
      prediction: question.prediction,
      result: question.result ?? '',
      position,
    };
    if (question.id && current.has(question.id))
      await db.update(pdsaQuestions).set(fields).where(eq(pdsaQuestions.id, question.id));
    else await db.insert(pdsaQuestions).values({ cycleId: id, ...fields });
  }
}
