import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/database.js';
import { REGION_TIME_ZONE } from '../shared/calendar.js';

/** What a survey mail says about its wave, and when the wave opens (midnight in the region). */
export async function waveForMail(db: Executor, waveId: string) {
  const [row] = await queryRows<{
    waveId: string;
    number: number;
    surveyTitle: string;
    networkId: string;
    networkName: string;
    closesOn: string;
    opensAt: Date | string;
  }>(
    db,
    sql`select w.id as "waveId", w.number, s.title as "surveyTitle", s.network_id as "networkId",
        n.name as "networkName", w.closes_on::text as "closesOn",
        (w.opens_on::timestamp at time zone ${REGION_TIME_ZONE}) as "opensAt"
      from survey_waves w join surveys s on s.id = w.survey_id join networks n on n.id = s.network_id
      where w.id = ${waveId}::uuid`,
  );
  return row;
}

/** The people a wave asks, from its respondent rule's subquery (respondents.queries.ts). */
export async function peopleAskedBy(db: Executor, asked: SQL): Promise<string[]> {
  const rows = await queryRows<{ person_id: string }>(db, sql`select e.person_id from (${asked}) e`);
  return rows.map((row) => row.person_id);
}

/** Those reminded of the wave by this transaction (recordReminders inserts them at its now()). */
export async function remindedInThisTransaction(db: Executor, waveId: string): Promise<string[]> {
  const rows = await queryRows<{ person_id: string }>(
    db,
    sql`select person_id from survey_reminders where wave_id = ${waveId}::uuid and sent_at = now()`,
  );
  return rows.map((row) => row.person_id);
}
