import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/database.js';

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
