/** People's own data: the archive, the summary behind the "Your data" page, and networks' erasure choice. */
import { recordAudit } from '../audit/audit.js';
import { canOnPersonalData, canSetErasurePolicy, type Principal } from '../authz/policy.js';
import type { Database, Executor } from '../db/database.js';
import { forbidden, unauthenticated } from '../shared/errors.js';
import { loadVisibleNetwork } from '../networks/networks.service.js';
import { countTiesNaming } from './archive.queries.js';
import { buildArchive } from './archive.js';
import { confirmationFor } from './confirm-identity.js';
import { networksOnlyCoordinatedBy, networksTouchedBy, setErasedTies } from './erasure.queries.js';
import { PERSONAL_DATA_TEXTS as texts } from './personal-data.texts.js';
import type { ErasurePolicy, PersonalDataArchive } from './personal-data.schema.js';

function requireSelf(principal: Principal): string {
  if (principal.kind !== 'person') throw unauthenticated();
  if (!canOnPersonalData(principal, 'personal_data.export', principal.personId))
    throw forbidden(texts.exportOthers);
  return principal.personId;
}

/** The caller's own archive, read in one transaction so that its parts agree. */
export async function exportOwnData(db: Database, principal: Principal): Promise<PersonalDataArchive> {
  const personId = requireSelf(principal);
  return db.transaction((tx) => buildArchive(tx, personId));
}

/** How much Trellis holds about the caller, and what erasure would do in each of their networks. */
export async function summariseOwnData(db: Database, principal: Principal, signedInAt: Date) {
  const personId = requireSelf(principal);
  const confirmation = await confirmationFor(db, personId, signedInAt);
  return db.transaction(async (tx) => {
    const archive = await buildArchive(tx, personId);
    const soleCoordinatorOf = new Set((await networksOnlyCoordinatedBy(tx, personId)).map((n) => n.id));
    const networks = (await networksTouchedBy(tx, personId)).map((n) => ({
      id: n.id,
      name: n.name,
      slug: n.slug,
      erasedTies: n.erased_ties,
      soleCoordinator: soleCoordinatorOf.has(n.id),
    }));
    return {
      counts: {
        affiliations: archive.affiliations.length,
        memberships: archive.memberships.length,
        surveyResponses: archive.surveyResponses.length,
        tiesReported: archive.tiesReported.length,
        tiesNamingThem: await countTiesNaming(tx, personId),
        sessions: archive.sessions.length,
        auditEntries: archive.auditEntries.length,
      },
      networks,
      canErase: soleCoordinatorOf.size === 0,
      confirmWith: confirmation?.kind ?? null,
      recentSignInUntil: confirmation?.kind === 'recent-sign-in' ? confirmation.until.toISOString() : null,
    };
  });
}

/** A network's choice for erased people's ties; anyone who may see the network may read it. */
export async function getErasurePolicy(
  db: Executor,
  principal: Principal,
  networkKey: string,
): Promise<ErasurePolicy> {
  const { network } = await loadVisibleNetwork(db, principal, networkKey);
  return { erasedTies: network.erasedTies };
}

/** Changes the choice (those who manage the network's surveys), with an audit entry. */
export async function setErasurePolicy(
  db: Database,
  principal: Principal,
  networkKey: string,
  policy: ErasurePolicy,
): Promise<ErasurePolicy> {
  return db.transaction(async (tx) => {
    const { network, facts } = await loadVisibleNetwork(tx, principal, networkKey);
    if (!canSetErasurePolicy(principal, facts)) throw forbidden(texts.policyForbidden);
    await setErasedTies(tx, network.id, policy.erasedTies);
    await recordAudit(tx, {
      actorId: principal.kind === 'person' ? principal.personId : null,
      action: 'network.erasure_policy',
      entityType: 'network',
      entityId: network.id,
      details: { erasedTies: policy.erasedTies },
    });
    return policy;
  });
}
