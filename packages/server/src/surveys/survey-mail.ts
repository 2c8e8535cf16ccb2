/**
 * Survey invitations and reminders by email, each with a one-click link to the answer page, in
 * the recipient's language, unsubscribable (category `surveys`). Called at the end of opening a
 * wave and of sending reminders, in their transactions.
 */
import type { SQL } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { queueMailToPeople } from '../mail/mail.service.js';
import { peopleAskedBy, remindedInThisTransaction, waveForMail } from './survey-mail.queries.js';

function paramsOf(wave: NonNullable<Awaited<ReturnType<typeof waveForMail>>>) {
  return {
    waveId: wave.waveId,
    waveNumber: String(wave.number),
    surveyTitle: wave.surveyTitle,
    networkName: wave.networkName,
    closesOn: wave.closesOn,
  };
}

/** Invites everyone the wave asks; the mail leaves on the wave's opening day (today, or later). */
export async function queueWaveInvitations(db: Executor, waveId: string, asked: SQL): Promise<number> {
  const wave = await waveForMail(db, waveId);
  if (!wave) return 0;
  const params = paramsOf(wave);
  const opensAt = new Date(wave.opensAt);
  return queueMailToPeople(db, 'survey_invitation', await peopleAskedBy(db, asked), () => params, {
    ...(opensAt.getTime() > Date.now() ? { notBefore: opensAt } : {}),
  });
}

/** Mails the reminders this transaction recorded. */
export async function queueReminderMails(db: Executor, waveId: string): Promise<number> {
  const wave = await waveForMail(db, waveId);
  if (!wave) return 0;
  const params = paramsOf(wave);
  return queueMailToPeople(db, 'survey_reminder', await remindedInThisTransaction(db, waveId), () => params);
}
