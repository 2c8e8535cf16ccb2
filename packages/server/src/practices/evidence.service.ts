/** Evidence items of a practice: read by whoever sees the practice, written by its school's people and the network's evaluators. */
import { recordAudit } from '../audit/audit.js';
import type { Principal } from '../authz/policy.js';
import type { Database, Executor } from '../db/database.js';
import { forbidden, notFound } from '../shared/errors.js';
import {
  deleteEvidenceRow,
  findEvidence,
  insertEvidence,
  listEvidence,
  updatePracticeRow,
  updateEvidenceRow,
  type EvidenceRow,
} from './practices.queries.js';
import type { CreateEvidenceInput, EvidenceView, UpdateEvidenceInput } from './practices.schema.js';
import { loadPractice, requireOnPractice } from './practices.service.js';
import { practiceTexts as texts } from './practices.texts.js';

export function toEvidenceView(row: EvidenceRow): EvidenceView {
  return {
    id: row.id,
    practiceId: row.practiceId,
    direction: row.direction,
    kind: row.kind,
    level: row.level,
    summary: row.summary,
    setting: row.setting,
    participants: row.participants,
    schools: row.schools,
    effect: row.effect,
    url: row.url,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function evidenceOf(db: Executor, principal: Principal, practiceId: string) {
  await loadPractice(db, principal, practiceId);
  return (await listEvidence(db, practiceId)).map(toEvidenceView);
}

export async function addEvidence(
  db: Database,
  principal: Principal,
  practiceId: string,
  input: CreateEvidenceInput,
) {
  if (principal.kind !== 'person') throw forbidden();
  return db.transaction(async (tx) => {
    const context = await loadPractice(tx, principal, practiceId);
    await requireOnPractice(
      tx,
      principal,
      'evidence.edit',
      context,
      context.practice.schoolId,
      texts.mayNotEditEvidence,
    );
    const row = await insertEvidence(tx, { ...input, practiceId, createdById: principal.personId });
    await updatePracticeRow(tx, practiceId, {});
    await recordAudit(tx, {
      actorId: principal.personId,
      action: 'evidence.create',
      entityType: 'evidence_item',
      entityId: row.id,
      details: { practiceId, direction: row.direction, level: row.level },
    });
    return toEvidenceView(row);
  });
}

/** Loads an evidence item and checks the principal may edit it (404 when its practice is hidden). */
async function loadEditable(db: Executor, principal: Principal, id: string) {
  const item = await findEvidence(db, id);
  if (!item) throw notFound('Evidence item');
  const context = await loadPractice(db, principal, item.practiceId).catch(() => {
    throw notFound('Evidence item');
  });
  await requireOnPractice(
    db,
    principal,
    'evidence.edit',
    context,
    context.practice.schoolId,
    texts.mayNotEditEvidence,
  );
  return item;
}

export async function editEvidence(
  db: Database,
  principal: Principal,
  id: string,
  input: UpdateEvidenceInput,
) {
  if (principal.kind !== 'person') throw forbidden();
  return db.transaction(async (tx) => {
    const item = await loadEditable(tx, principal, id);
    const row = await updateEvidenceRow(tx, id, input);
    await recordAudit(tx, {
      actorId: principal.personId,
      action: 'evidence.update',
      entityType: 'evidence_item',
      entityId: id,
      details: { practiceId: item.practiceId, fields: Object.keys(input) },
    });
    return toEvidenceView(row);
  });
}

export async function removeEvidence(db: Database, principal: Principal, id: string) {
  if (principal.kind !== 'person') throw forbidden();
  await db.transaction(async (tx) => {
    const item = await loadEditable(tx, principal, id);
    await deleteEvidenceRow(tx, id);
    await recordAudit(tx, {
      actorId: principal.personId,
      action: 'evidence.delete',
      entityType: 'evidence_item',
      entityId: id,
      details: { practiceId: item.practiceId },
    });
  });
}
