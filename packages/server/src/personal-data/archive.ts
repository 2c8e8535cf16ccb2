/** Builds the archive of everything Trellis holds about one person (personal-data.schema.ts). */
import { NODE_MEASURES } from '../analytics/node-measures.js';
import type { Executor } from '../db/database.js';
import { notFound } from '../shared/errors.js';
import {
  accountOf,
  analysesRequestedBy,
  analysisNodesOf,
  auditEntriesAbout,
  membershipsOf,
  nominationsIn,
  profileOf,
  remindersReceivedBy,
  remindersSentBy,
  responsesOf,
  sessionsOf,
  signInAttemptsOf,
  signInDevicesOf,
  surveysCreatedBy,
  practiceRecordsBy,
  resourceRecordsBy,
  collectionsCreatedBy,
  tiesReportedBy,
  wavesClosedBy,
} from './archive.queries.js';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, type PersonalDataArchive } from './personal-data.schema.js';
import { affiliationsOf } from '../people/people.queries.js';

const iso = (value: Date) => value.toISOString();
const isoOrNull = (value: Date | null) => (value === null ? null : value.toISOString());

/** The measures of an analysis node that are the person's own (not its position or row keys). */
const OWN_MEASURES = [
  ...NODE_MEASURES,
  'inDegree',
  'outDegree',
  'brokerageRole',
  'isolate',
  'cutPoint',
] as const;

/** Everything about the person, read in one snapshot (call inside a transaction for consistency). */
export async function buildArchive(db: Executor, personId: string): Promise<PersonalDataArchive> {
  const profile = await profileOf(db, personId);
  if (!profile || profile.erasedAt !== null) throw notFound('Person');
  const account = await accountOf(db, personId);
  const responses = await responsesOf(db, personId);
  const practiceRecords = await practiceRecordsBy(db, personId);
  const resourceRecords = await resourceRecordsBy(db, personId);
  const nominations = await nominationsIn(
    db,
    responses.map((r) => r.id),
  );
  return {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    generatedAt: new Date().toISOString(),
    profile: {
      id: profile.id,
      displayName: profile.displayName,
      email: profile.email,
      kinds: profile.kinds,
      expertise: profile.expertise,
      needs: profile.needs,
      languages: profile.languages,
      createdAt: iso(profile.createdAt),
      updatedAt: iso(profile.updatedAt),
    },
    account: account ? { ...account, createdAt: iso(account.createdAt) } : null,
    sessions: (await sessionsOf(db, personId)).map((s) => ({
      ...s,
      createdAt: iso(s.createdAt),
      expiresAt: iso(s.expiresAt),
    })),
    signInAttempts: (await signInAttemptsOf(db, profile.email)).map((a) => ({ ...a, at: iso(a.at) })),
    signInDevices: (await signInDevicesOf(db, personId)).map((d) => ({
      ...d,
      createdAt: iso(d.createdAt),
      expiresAt: iso(d.expiresAt),
    })),
    affiliations: (await affiliationsOf(db, personId)).map(({ id: _id, ...affiliation }) => affiliation),
    memberships: (await membershipsOf(db, personId)).map((m) => ({ ...m, createdAt: iso(m.createdAt) })),
    surveyResponses: responses.map((response) => ({
      ...response,
      submittedAt: isoOrNull(response.submittedAt),
      createdAt: iso(response.createdAt),
      updatedAt: iso(response.updatedAt),
      nominations: nominations
        .filter((n) => n.responseId === response.id)
        .map(({ question: { position: _position, ...question }, ...n }) => ({
          question,
          person: n.nomineeId ? { id: n.nomineeId, name: n.nomineeName ?? '' } : null,
          outside:
            n.outsideName === null ? null : { name: n.outsideName, organisation: n.outsideOrganisation },
          frequency: n.frequency,
        })),
    })),
    tiesReported: (await tiesReportedBy(db, personId)).map((tie) => ({
      network: tie.network,
      waveId: tie.waveId,
      relation: tie.relation,
      to: tie.toId ? { id: tie.toId, name: tie.toName ?? '' } : null,
      toOutside:
        tie.toOutsideName === null
          ? null
          : { name: tie.toOutsideName, organisation: tie.toOutsideOrganisation },
      weight: tie.weight,
      source: tie.source,
      createdAt: iso(tie.createdAt),
    })),
    surveysCreated: (await surveysCreatedBy(db, personId)).map((s) => ({
      ...s,
      createdAt: iso(s.createdAt),
    })),
    practicesRecorded: practiceRecords.recorded.map((p) => ({ ...p, createdAt: iso(p.createdAt) })),
    evidenceRecorded: practiceRecords.evidence.map((e) => ({ ...e, createdAt: iso(e.createdAt) })),
    adoptionsRecorded: practiceRecords.adopted.map((a) => ({ ...a, createdAt: iso(a.createdAt) })),
    resourcesAuthored: resourceRecords.authored.map((r) => ({ ...r, createdAt: iso(r.createdAt) })),
    resourceVersionsSaved: resourceRecords.versions.map((v) => ({ ...v, editedAt: iso(v.editedAt) })),
    attachmentsUploaded: resourceRecords.attachments.map((a) => ({ ...a, createdAt: iso(a.createdAt) })),
    collectionsCreated: (await collectionsCreatedBy(db, personId)).map((c) => ({
      ...c,
      createdAt: iso(c.createdAt),
    })),
    wavesClosed: (await wavesClosedBy(db, personId)).map((w) => ({ ...w, closedAt: isoOrNull(w.closedAt) })),
    remindersReceived: (await remindersReceivedBy(db, personId)).map((r) => ({
      ...r,
      sentAt: iso(r.sentAt),
    })),
    remindersSent: (await remindersSentBy(db, personId)).map((r) => ({ ...r, sentAt: iso(r.sentAt) })),
    analysesRequested: (await analysesRequestedBy(db, personId)).map((a) => ({
      ...a,
      requestedAt: iso(a.requestedAt),
    })),
    analysisNodes: (await analysisNodesOf(db, personId)).map(({ node, ...analysis }) => ({
      ...analysis,
      finishedAt: isoOrNull(analysis.finishedAt),
      measures: Object.fromEntries(OWN_MEASURES.map((key) => [key, node[key]])),
    })),
    auditEntries: (await auditEntriesAbout(db, personId)).map((entry) => ({
      id: entry.id,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      asActor: entry.actorId === personId,
      // What the person recorded about someone else (an admin editing another profile) is that
      // other person's data: the entry is theirs to see, its details are not.
      details: entry.entityType === 'person' && entry.entityId !== personId ? null : (entry.details ?? null),
      at: iso(entry.at),
    })),
  };
}
