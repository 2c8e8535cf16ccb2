/**
 * The writes of an erasure, each a small statement over one table. They run in one transaction
 * (erasure.service.ts); `person` is the erased person, `tombstone` their anonymous stand-in.
 * Where a network's choice matters, it is read from `networks.erased_ties` in the same statement.
 */
import { eq, or, sql } from 'drizzle-orm';
import { accounts, sessions, signInAttempts, signInDevices } from '../accounts/accounts.table.js';
import { analyses, analysisNodes } from '../analytics/analyses.table.js';
import { auditLog } from '../audit/audit.table.js';
import { collections } from '../collections/collections.table.js';
import { queryRows, type Executor } from '../db/database.js';
import { networks } from '../networks/networks.table.js';
import { affiliations, people } from '../people/people.table.js';
import { adoptions, evidenceItems, practices } from '../practices/practices.table.js';
import { resourceAuthors, resources, resourceVersions } from '../resources/resources.table.js';
import type { ErasedTiesChoice } from '../shared/vocabulary.js';
import { surveyReminders, surveyResponses, surveys, surveyWaves } from '../surveys/surveys.table.js';

/** Display name of every tombstone: it stands for "someone whose data was erased", no one in particular. */
export const TOMBSTONE_NAME = 'Erased person';

/** The person, locked against a second erasure or an edit running at the same time. */
export async function lockPerson(db: Executor, personId: string) {
  const rows = await queryRows<{ id: string; email: string | null; erased_at: unknown }>(
    db,
    sql`select id, email, erased_at from people where id = ${personId} for update`,
  );
  return rows[0];
}

/** A fresh tombstone: a person row with no personal data at all, and a new random id. */
export async function insertTombstone(db: Executor): Promise<string> {
  const [row] = await db
    .insert(people)
    .values({
      displayName: TOMBSTONE_NAME,
      email: null,
      kinds: [],
      expertise: [],
      needs: [],
      languages: [],
      erasedAt: new Date(),
    })
    .returning({ id: people.id });
  if (!row) throw new Error('insert returned no tombstone');
  return row.id;
}

/** Networks the person is the only current coordinator of (erasing them would leave it without one). */
export function networksOnlyCoordinatedBy(db: Executor, personId: string) {
  return queryRows<{ id: string; name: string }>(
    db,
    sql`select n.id, n.name from network_memberships m join networks n on n.id = m.network_id
      where m.person_id = ${personId} and m.role = 'coordinator' and m.end_date is null
        and not exists (select 1 from network_memberships o where o.network_id = m.network_id
          and o.role = 'coordinator' and o.end_date is null and o.id <> m.id)
      order by n.name`,
  );
}

/** Every network the person's data touches, with its choice for erased ties. */
export function networksTouchedBy(db: Executor, personId: string) {
  return queryRows<{ id: string; name: string; slug: string; erased_ties: ErasedTiesChoice }>(
    db,
    sql`select n.id, n.name, n.slug, n.erased_ties from networks n where n.id in (
        select network_id from network_memberships where person_id = ${personId}
        union select network_id from ties where from_person_id = ${personId} or to_person_id = ${personId}
        union select s.network_id from survey_responses r join survey_waves w on w.id = r.wave_id
          join surveys s on s.id = w.survey_id where r.respondent_id = ${personId})
      order by n.name, n.id`,
  );
}

/** A name of someone outside Trellis, as typed, in one network. */
export interface OutsideName {
  networkId: string;
  name: string;
  organisation: string | null;
}

const outsideNamesSql = (personId: string, mine: boolean) => sql`
  select t.network_id, t.to_outside_name as name, t.to_outside_organisation as organisation from ties t
    where t.to_outside_name is not null and ${mine ? sql`t.from_person_id = ${personId}` : sql`t.from_person_id <> ${personId}`}
  union
  select s.network_id, sn.outside_name, sn.outside_organisation from survey_nominations sn
    join survey_responses r on r.id = sn.response_id join survey_waves w on w.id = r.wave_id
    join surveys s on s.id = w.survey_id
    where sn.outside_name is not null and ${mine ? sql`r.respondent_id = ${personId}` : sql`r.respondent_id <> ${personId}`}`;

/** Outside names the person typed (in answers or ties), by network. */
export async function outsideNamesTypedBy(db: Executor, personId: string): Promise<OutsideName[]> {
  const rows = await queryRows<{ network_id: string; name: string; organisation: string | null }>(
    db,
    outsideNamesSql(personId, true),
  );
  return rows.map((r) => ({ networkId: r.network_id, name: r.name, organisation: r.organisation }));
}

/** Outside names others typed in these networks (a name others typed too is theirs as well, and stays). */
export async function outsideNamesTypedByOthers(
  db: Executor,
  personId: string,
  networkIds: string[],
): Promise<OutsideName[]> {
  if (networkIds.length === 0) return [];
  const rows = await queryRows<{ network_id: string; name: string; organisation: string | null }>(
    db,
    sql`select * from (${outsideNamesSql(personId, false)}) o where o.network_id in (${sql.join(
      networkIds.map((id) => sql`${id}`),
      sql`, `,
    )})`,
  );
  return rows.map((r) => ({ networkId: r.network_id, name: r.name, organisation: r.organisation }));
}

/** Renames an outside contact in the person's ties of one network (the name only they typed). */
export async function renameOutsideInTies(db: Executor, personId: string, from: OutsideName, to: string) {
  await db.execute(sql`update ties set to_outside_name = ${to}, to_outside_organisation = null
    where from_person_id = ${personId} and network_id = ${from.networkId}
      and to_outside_name = ${from.name} and to_outside_organisation is not distinct from ${from.organisation}`);
}

/** Renames an outside node in the network's stored analyses (labels are `name (organisation)`). */
export async function renameOutsideInAnalyses(
  db: Executor,
  networkId: string,
  fromLabel: string,
  toLabel: string,
) {
  await db.execute(sql`update analysis_nodes an set outside_label = ${toLabel} from analyses a
    where a.id = an.analysis_id and a.network_id = ${networkId} and an.outside_label = ${fromLabel}`);
}

/** Ties naming the person (either end) in networks that keep tombstones go to the tombstone; returns how many. */
export async function tombstoneTies(db: Executor, personId: string, tombstoneId: string): Promise<number> {
  const [counted] = await queryRows<{ count: number }>(
    db,
    sql`select count(*)::int as count from ties t join networks n on n.id = t.network_id
      where n.erased_ties = 'tombstone' and (t.from_person_id = ${personId} or t.to_person_id = ${personId})`,
  );
  await db.execute(sql`update ties t set from_person_id = ${tombstoneId} from networks n
    where n.id = t.network_id and n.erased_ties = 'tombstone' and t.from_person_id = ${personId}`);
  await db.execute(sql`update ties t set to_person_id = ${tombstoneId} from networks n
    where n.id = t.network_id and n.erased_ties = 'tombstone' and t.to_person_id = ${personId}`);
  return counted?.count ?? 0;
}

/** Ties naming the person in networks that chose removal go; returns how many. */
export async function removeTies(db: Executor, personId: string): Promise<number> {
  const removed = await queryRows<{ id: string }>(
    db,
    sql`delete from ties t using networks n
      where n.id = t.network_id and n.erased_ties = 'remove'
        and (t.from_person_id = ${personId} or t.to_person_id = ${personId})
      returning t.id`,
  );
  return removed.length;
}

const nominationNetwork = sql`survey_responses r, survey_waves w, surveys s, networks n`;
const nominationJoin = sql`r.id = sn.response_id and w.id = r.wave_id and s.id = w.survey_id and n.id = s.network_id`;

/**
 * Others' answers (drafts, or not yet closed into ties) that name the person follow the same
 * choice: they name the tombstone, or lose that nomination.
 */
export async function rekeyNominationsOfOthers(db: Executor, personId: string, tombstoneId: string) {
  await db.execute(sql`update survey_nominations sn set nominee_id = ${tombstoneId} from ${nominationNetwork}
    where ${nominationJoin} and n.erased_ties = 'tombstone' and sn.nominee_id = ${personId}`);
  await db.execute(sql`delete from survey_nominations sn using ${nominationNetwork}
    where ${nominationJoin} and n.erased_ties = 'remove' and sn.nominee_id = ${personId}`);
}

/** The person's own answers (drafts and submissions; their nominations go with them). */
export async function deleteResponsesOf(db: Executor, personId: string) {
  await db.delete(surveyResponses).where(eq(surveyResponses.respondentId, personId));
}

/**
 * Memberships: in networks that keep tombstones, the tombstone takes the person's place, so it
 * stays in the network for the measures that ask who is in it (isolates, inward and outward
 * ties); as a plain member (or observer), without a start date, so no role singles it out. In
 * networks that chose removal they go.
 */
export async function rekeyMemberships(db: Executor, personId: string, tombstoneId: string) {
  await db.execute(sql`update network_memberships m set person_id = ${tombstoneId},
      role = case when m.role = 'observer' then 'observer'::membership_role else 'member'::membership_role end,
      start_date = null, updated_at = now()
    from networks n where n.id = m.network_id and n.erased_ties = 'tombstone' and m.person_id = ${personId}`);
  await db.execute(sql`delete from network_memberships m using networks n
    where n.id = m.network_id and n.erased_ties = 'remove' and m.person_id = ${personId}`);
}

/** Where a person works is theirs alone: affiliations go (a tombstone belongs to no organisation). */
export async function deleteAffiliationsOf(db: Executor, personId: string) {
  await db.delete(affiliations).where(eq(affiliations.personId, personId));
}

/** Reminders to the person go; what they did (surveys, waves, analyses, reminders sent) names the tombstone. */
export async function rekeyActivity(db: Executor, personId: string, tombstoneId: string) {
  await db.delete(surveyReminders).where(eq(surveyReminders.personId, personId));
  await db.update(surveyReminders).set({ sentBy: tombstoneId }).where(eq(surveyReminders.sentBy, personId));
  await db.update(surveys).set({ createdBy: tombstoneId }).where(eq(surveys.createdBy, personId));
  await db.update(surveyWaves).set({ closedBy: tombstoneId }).where(eq(surveyWaves.closedBy, personId));
  await db.update(analyses).set({ requestedBy: tombstoneId }).where(eq(analyses.requestedBy, personId));
  // Practices, evidence and adoptions are their schools' record: they stay, credited to the tombstone.
  await db.update(practices).set({ createdById: tombstoneId }).where(eq(practices.createdById, personId));
  await db
    .update(evidenceItems)
    .set({ createdById: tombstoneId })
    .where(eq(evidenceItems.createdById, personId));
  await db.update(adoptions).set({ createdById: tombstoneId }).where(eq(adoptions.createdById, personId));
  // Stored snapshots (and so their maps, which point at nodes by index) keep the node, as the tombstone.
  await db.update(analysisNodes).set({ personId: tombstoneId }).where(eq(analysisNodes.personId, personId));
}

/**
 * The knowledge bank: drafts the person alone wrote go (private writing no one else may read);
 * elsewhere they are no longer credited, and the versions they saved name no editor. Shared
 * resources stay with their other authors, as shared knowledge; collections stay the network's,
 * without their creator.
 */
export async function removeFromResources(db: Executor, personId: string) {
  await db.execute(sql`delete from ${resources} r where r.visibility = 'draft'
    and exists (select 1 from ${resourceAuthors} ra where ra.resource_id = r.id and ra.person_id = ${personId})
    and not exists (select 1 from ${resourceAuthors} ra where ra.resource_id = r.id and ra.person_id <> ${personId})`);
  await db.delete(resourceAuthors).where(eq(resourceAuthors.personId, personId));
  await db
    .update(resourceVersions)
    .set({ editedById: null })
    .where(eq(resourceVersions.editedById, personId));
  // Each version's content lists its authors by id: the person leaves those lists too.
  await db.execute(sql`update ${resourceVersions} set content = jsonb_set(content, '{authorIds}',
      coalesce((select jsonb_agg(a) from jsonb_array_elements(content->'authorIds') a
        where a <> to_jsonb(${personId}::text)), '[]'::jsonb))
    where content->'authorIds' @> jsonb_build_array(${personId}::text)`);
  await db.update(resources).set({ createdById: null }).where(eq(resources.createdById, personId));
  // Collections are the network's shelves: they stay, no longer saying who made them.
  await db.update(collections).set({ createdById: null }).where(eq(collections.createdById, personId));
}

/** Sign-in goes: the account, every session, known devices, and the attempts made with the person's email. */
export async function deleteSignIn(db: Executor, personId: string, email: string | null) {
  await db.delete(sessions).where(eq(sessions.personId, personId));
  await db.delete(signInDevices).where(eq(signInDevices.personId, personId));
  await db.delete(accounts).where(eq(accounts.personId, personId));
  if (email) await db.delete(signInAttempts).where(eq(signInAttempts.email, email.toLowerCase()));
}

/**
 * Audit entries the person appears in: as actor or entity, by id in the details, or by one of
 * their personal values in the details (a full scan, but erasures are rare and must be complete).
 */
export function auditEntriesMentioning(db: Executor, personId: string, values: readonly string[]) {
  const needles = [personId, ...values];
  return db
    .select()
    .from(auditLog)
    .where(
      or(
        eq(auditLog.actorId, personId),
        eq(auditLog.entityId, personId),
        sql`lower(${auditLog.details}::text) like any (array[${sql.join(
          needles.map((needle) => sql`${`%${escapeLike(needle.toLowerCase())}%`}`),
          sql`, `,
        )}])`,
      ),
    );
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function updateAuditEntry(
  db: Executor,
  id: number,
  values: { actorId: string | null; entityId: string | null; details: Record<string, unknown> | null },
) {
  await db.update(auditLog).set(values).where(eq(auditLog.id, id));
}

/** The person's own row, last: everything that pointed at it has been re-keyed or removed. */
export async function deletePerson(db: Executor, personId: string) {
  await db.delete(people).where(eq(people.id, personId));
}

/**
 * How the person signs in: their password hash (to check a re-entered password against), and
 * whether a school's identity provider knows them.
 */
export async function signInMethodsOf(
  db: Executor,
  personId: string,
): Promise<{ passwordHash: string | null; viaProvider: boolean } | undefined> {
  const rows = await queryRows<{ password_hash: string | null; via_provider: boolean }>(
    db,
    sql`select a.password_hash,
          exists (select 1 from oidc_identities o where o.person_id = a.person_id) as via_provider
        from accounts a where a.person_id = ${personId}`,
  );
  const row = rows[0];
  return row && { passwordHash: row.password_hash, viaProvider: row.via_provider };
}

/** A network's choice for erased people's ties. */
export async function setErasedTies(db: Executor, networkId: string, choice: ErasedTiesChoice) {
  await db
    .update(networks)
    .set({ erasedTies: choice, updatedAt: new Date() })
    .where(eq(networks.id, networkId));
}
