/**
 * The reads behind a person's archive: one small query per table that references a person.
 * Each reads only the person's own rows, and joins only the names of what those rows point at
 * (a network, an organisation, someone they chose to name).
 */
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { accounts, sessions, signInAttempts, signInDevices } from '../accounts/accounts.table.js';
import { analyses, analysisNodes } from '../analytics/analyses.table.js';
import { auditLog } from '../audit/audit.table.js';
import { collections } from '../collections/collections.table.js';
import type { Executor } from '../db/database.js';
import { memberships } from '../memberships/memberships.table.js';
import { networks } from '../networks/networks.table.js';
import { people } from '../people/people.table.js';
import { adoptions, evidenceItems, practices } from '../practices/practices.table.js';
import { resourceAuthors, resources, resourceVersions } from '../resources/resources.table.js';
import { resourceAttachments } from '../resources/attachments.table.js';
import {
  surveyNominations,
  surveyQuestions,
  surveyReminders,
  surveyResponses,
  surveys,
  surveyWaves,
} from '../surveys/surveys.table.js';
import { ties } from '../ties/ties.table.js';

const networkRef = { id: networks.id, name: networks.name, slug: networks.slug };

export async function profileOf(db: Executor, personId: string) {
  const [row] = await db.select().from(people).where(eq(people.id, personId));
  return row;
}

export async function accountOf(db: Executor, personId: string) {
  const [row] = await db
    .select({ isAdmin: accounts.isAdmin, locale: accounts.locale, createdAt: accounts.createdAt })
    .from(accounts)
    .where(eq(accounts.personId, personId));
  return row;
}

export function sessionsOf(db: Executor, personId: string) {
  return db
    .select({ createdAt: sessions.createdAt, expiresAt: sessions.expiresAt, userAgent: sessions.userAgent })
    .from(sessions)
    .where(eq(sessions.personId, personId))
    .orderBy(asc(sessions.createdAt));
}

/** Attempts are keyed by the email typed, not by a person: the person's current email finds theirs. */
export function signInAttemptsOf(db: Executor, email: string | null) {
  if (!email) return Promise.resolve([]);
  return db
    .select({
      at: signInAttempts.at,
      succeeded: signInAttempts.succeeded,
      clientAddress: signInAttempts.clientAddress,
    })
    .from(signInAttempts)
    .where(eq(signInAttempts.email, email.toLowerCase()))
    .orderBy(asc(signInAttempts.at));
}

export function signInDevicesOf(db: Executor, personId: string) {
  return db
    .select({
      email: signInDevices.email,
      createdAt: signInDevices.createdAt,
      expiresAt: signInDevices.expiresAt,
    })
    .from(signInDevices)
    .where(eq(signInDevices.personId, personId))
    .orderBy(asc(signInDevices.createdAt));
}

export function membershipsOf(db: Executor, personId: string) {
  return db
    .select({
      network: networkRef,
      role: memberships.role,
      startDate: memberships.startDate,
      endDate: memberships.endDate,
      createdAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(networks, eq(networks.id, memberships.networkId))
    .where(eq(memberships.personId, personId))
    .orderBy(asc(networks.name), asc(memberships.createdAt));
}

export function responsesOf(db: Executor, personId: string) {
  return db
    .select({
      id: surveyResponses.id,
      network: networkRef,
      survey: { id: surveys.id, title: surveys.title },
      wave: {
        id: surveyWaves.id,
        number: surveyWaves.number,
        opensOn: surveyWaves.opensOn,
        closesOn: surveyWaves.closesOn,
      },
      status: surveyResponses.status,
      submittedAt: surveyResponses.submittedAt,
      createdAt: surveyResponses.createdAt,
      updatedAt: surveyResponses.updatedAt,
    })
    .from(surveyResponses)
    .innerJoin(surveyWaves, eq(surveyWaves.id, surveyResponses.waveId))
    .innerJoin(surveys, eq(surveys.id, surveyWaves.surveyId))
    .innerJoin(networks, eq(networks.id, surveys.networkId))
    .where(eq(surveyResponses.respondentId, personId))
    .orderBy(asc(surveyResponses.createdAt));
}

/** The nominations in these responses, with the question and the name of whom they chose. */
export function nominationsIn(db: Executor, responseIds: string[]) {
  if (responseIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      responseId: surveyNominations.responseId,
      question: {
        id: surveyQuestions.id,
        relation: surveyQuestions.relation,
        promptEn: surveyQuestions.promptEn,
        promptEs: surveyQuestions.promptEs,
        position: surveyQuestions.position,
      },
      nomineeId: surveyNominations.nomineeId,
      nomineeName: people.displayName,
      outsideName: surveyNominations.outsideName,
      outsideOrganisation: surveyNominations.outsideOrganisation,
      frequency: surveyNominations.frequency,
    })
    .from(surveyNominations)
    .innerJoin(surveyQuestions, eq(surveyQuestions.id, surveyNominations.questionId))
    .leftJoin(people, eq(people.id, surveyNominations.nomineeId))
    .where(inArray(surveyNominations.responseId, responseIds))
    .orderBy(asc(surveyQuestions.position), asc(surveyNominations.id));
}

export function tiesReportedBy(db: Executor, personId: string) {
  return db
    .select({
      network: networkRef,
      waveId: ties.waveId,
      relation: ties.relation,
      toId: ties.toPersonId,
      toName: people.displayName,
      toOutsideName: ties.toOutsideName,
      toOutsideOrganisation: ties.toOutsideOrganisation,
      weight: ties.weight,
      source: ties.source,
      createdAt: ties.createdAt,
    })
    .from(ties)
    .innerJoin(networks, eq(networks.id, ties.networkId))
    .leftJoin(people, eq(people.id, ties.toPersonId))
    .where(eq(ties.fromPersonId, personId))
    .orderBy(asc(networks.name), asc(ties.createdAt), asc(ties.id));
}

export function surveysCreatedBy(db: Executor, personId: string) {
  return db
    .select({ id: surveys.id, title: surveys.title, network: networkRef, createdAt: surveys.createdAt })
    .from(surveys)
    .innerJoin(networks, eq(networks.id, surveys.networkId))
    .where(eq(surveys.createdBy, personId))
    .orderBy(asc(surveys.createdAt));
}

/** The practices, evidence items and adoptions the person recorded. */
export async function practiceRecordsBy(db: Executor, personId: string) {
  const [recorded, evidence, adopted] = await Promise.all([
    db
      .select({
        id: practices.id,
        title: practices.title,
        network: networkRef,
        createdAt: practices.createdAt,
      })
      .from(practices)
      .innerJoin(networks, eq(networks.id, practices.networkId))
      .where(eq(practices.createdById, personId))
      .orderBy(asc(practices.createdAt)),
    db
      .select({
        id: evidenceItems.id,
        practiceId: evidenceItems.practiceId,
        createdAt: evidenceItems.createdAt,
      })
      .from(evidenceItems)
      .where(eq(evidenceItems.createdById, personId))
      .orderBy(asc(evidenceItems.createdAt)),
    db
      .select({ id: adoptions.id, practiceId: adoptions.practiceId, createdAt: adoptions.createdAt })
      .from(adoptions)
      .where(eq(adoptions.createdById, personId))
      .orderBy(asc(adoptions.createdAt)),
  ]);
  return { recorded, evidence, adopted };
}

/**
 * The resources the person is credited on, the versions of resources they saved and the files
 * they attached. One query after another: the executor may be a single transaction's client.
 */
export async function resourceRecordsBy(db: Executor, personId: string) {
  const authored = await db
    .select({
      id: resources.id,
      title: resources.title,
      visibility: resources.visibility,
      networkId: resources.networkId,
      createdAt: resources.createdAt,
    })
    .from(resourceAuthors)
    .innerJoin(resources, eq(resources.id, resourceAuthors.resourceId))
    .where(eq(resourceAuthors.personId, personId))
    .orderBy(asc(resources.createdAt));
  const versions = await db
    .select({
      resourceId: resourceVersions.resourceId,
      version: resourceVersions.version,
      note: resourceVersions.note,
      editedAt: resourceVersions.editedAt,
    })
    .from(resourceVersions)
    .where(eq(resourceVersions.editedById, personId))
    .orderBy(asc(resourceVersions.editedAt), asc(resourceVersions.version));
  const attachments = await db
    .select({
      id: resourceAttachments.id,
      resourceId: resourceAttachments.resourceId,
      fileName: resourceAttachments.fileName,
      contentType: resourceAttachments.contentType,
      size: resourceAttachments.byteSize,
      createdAt: resourceAttachments.createdAt,
    })
    .from(resourceAttachments)
    .where(eq(resourceAttachments.uploadedById, personId))
    .orderBy(asc(resourceAttachments.createdAt), asc(resourceAttachments.id));
  return { authored, versions, attachments };
}

export function wavesClosedBy(db: Executor, personId: string) {
  return db
    .select({
      id: surveyWaves.id,
      surveyId: surveyWaves.surveyId,
      number: surveyWaves.number,
      closedAt: surveyWaves.closedAt,
    })
    .from(surveyWaves)
    .where(eq(surveyWaves.closedBy, personId))
    .orderBy(asc(surveyWaves.closedAt));
}

export function remindersReceivedBy(db: Executor, personId: string) {
  return db
    .select({
      waveId: surveyReminders.waveId,
      survey: surveys.title,
      network: networkRef,
      sentAt: surveyReminders.sentAt,
    })
    .from(surveyReminders)
    .innerJoin(surveyWaves, eq(surveyWaves.id, surveyReminders.waveId))
    .innerJoin(surveys, eq(surveys.id, surveyWaves.surveyId))
    .innerJoin(networks, eq(networks.id, surveys.networkId))
    .where(eq(surveyReminders.personId, personId))
    .orderBy(asc(surveyReminders.sentAt));
}

export function remindersSentBy(db: Executor, personId: string) {
  return db
    .select({ waveId: surveyReminders.waveId, sentAt: surveyReminders.sentAt })
    .from(surveyReminders)
    .where(eq(surveyReminders.sentBy, personId))
    .orderBy(asc(surveyReminders.sentAt));
}

export function analysesRequestedBy(db: Executor, personId: string) {
  return db
    .select({
      id: analyses.id,
      network: networkRef,
      level: analyses.level,
      requestedAt: analyses.requestedAt,
    })
    .from(analyses)
    .innerJoin(networks, eq(networks.id, analyses.networkId))
    .where(eq(analyses.requestedBy, personId))
    .orderBy(asc(analyses.requestedAt));
}

export function analysisNodesOf(db: Executor, personId: string) {
  return db
    .select({
      analysisId: analyses.id,
      network: networkRef,
      level: analyses.level,
      waveId: analyses.waveId,
      finishedAt: analyses.finishedAt,
      node: analysisNodes,
    })
    .from(analysisNodes)
    .innerJoin(analyses, eq(analyses.id, analysisNodes.analysisId))
    .innerJoin(networks, eq(networks.id, analyses.networkId))
    .where(eq(analysisNodes.personId, personId))
    .orderBy(asc(analyses.requestedAt));
}

/**
 * Audit entries the person made or that are about them: they are the actor, the entity, or their
 * id appears in what was recorded (a membership given to them, say).
 */
export function auditEntriesAbout(db: Executor, personId: string) {
  return db
    .select()
    .from(auditLog)
    .where(
      or(
        eq(auditLog.actorId, personId),
        and(eq(auditLog.entityType, 'person'), eq(auditLog.entityId, personId)),
        sql`strpos(${auditLog.details}::text, ${personId}) > 0`,
      ),
    )
    .orderBy(asc(auditLog.id));
}

/** How many ties that others reported name the person: a count, never who. */
export async function countTiesNaming(db: Executor, personId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(ties)
    .where(eq(ties.toPersonId, personId));
  return row?.count ?? 0;
}

/** The collections the person created (a network's curated shelves), for their export. */
export async function collectionsCreatedBy(db: Executor, personId: string) {
  return db
    .select({
      id: collections.id,
      networkId: collections.networkId,
      title: collections.title,
      titleEs: collections.titleEs,
      description: collections.description,
      descriptionEs: collections.descriptionEs,
      createdAt: collections.createdAt,
    })
    .from(collections)
    .where(eq(collections.createdById, personId))
    .orderBy(asc(collections.createdAt), asc(collections.id));
}
