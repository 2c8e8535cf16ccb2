/** People's own data: the archive, the summary behind the "Your data" page, and networks' erasure choice. */
import { recordAudit } from '../audit/audit.js';
import { canOnPersonalData, canSetErasurePolicy, type Principal } from '../authz/policy.js';
import type { Database, Executor } from '../db/database.js';
import { forbidden, unauthenticated } from '../shared/errors.js';
import type { Locale } from '../shared/locale.js';
import { loadVisibleNetwork } from '../networks/networks.service.js';
import { countTiesNaming } from './archive.queries.js';
import { buildArchive } from './archive.js';
import { networksOnlyCoordinatedBy, networksTouchedBy, setErasedTies } from './erasure.queries.js';
import { messagesFor } from './messages.js';
import type { ErasurePolicy, PersonalDataArchive } from './personal-data.schema.js';

function requireSelf(principal: Principal, locale: Locale): string {
  if (principal.kind !== 'person') throw unauthenticated();
  if (!canOnPersonalData(principal, 'personal_data.export', principal.personId))
    throw forbidden(messagesFor(locale).exportOthers);
  return principal.personId;
}

/** The caller's own archive, read in one transaction so that its parts agree. */
export async function exportOwnData(
  db: Database,
  principal: Principal,
  locale: Locale,
): Promise<PersonalDataArchive> {
  const personId = requireSelf(principal, locale);
  return db.transaction((tx) => buildArchive(tx, personId));
}

/** How much Trellis holds about the caller, and what erasure would do in each of their networks. */
export async function summariseOwnData(db: Database, principal: Principal, locale: Locale) {
  const personId = requireSelf(principal, locale);
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
  locale: Locale,
): Promise<ErasurePolicy> {
  return db.transaction(async (tx) => {
    const { network, facts } = await loadVisibleNetwork(tx, principal, networkKey);
    if (!canSetErasurePolicy(principal, facts)) throw forbidden(messagesFor(locale).policyForbidden);
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
