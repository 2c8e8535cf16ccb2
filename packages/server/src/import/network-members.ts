/**
 * Adding many members to one network at once from its members page: the memberships import
 * (docs/import.md) run for that network only. The file may leave out the network column; every
 * row is checked first and every problem reported with its row and column; only a clean file is
 * written, in one transaction with one audit entry.
 */
import { recordAudit } from '../audit/audit.js';
import { canOnNetwork, grantableRoles, type Principal } from '../authz/policy.js';
import type { Database } from '../db/database.js';
import { loadVisibleNetwork } from '../networks/networks.service.js';
import { describeDatabaseError } from '../shared/database-error.js';
import { ApiError } from '../shared/errors.js';
import { defineTexts } from '../shared/text.js';
import { ImportError, type ImportIssue } from './import-error.js';
import { importMemberships } from './memberships.import.js';
import { validateFile } from './validate.js';

export const importTexts = defineTexts({
  onlyAdders: {
    en: 'Only the network’s coordinators, coordinating committee and facilitators may add members.',
    es: 'Solo la coordinación, el comité coordinador y la dinamización de la red pueden añadir miembros.',
  },
  refused: {
    en: 'The file was not imported; nothing was written. Correct the rows listed and try again.',
    es: 'No se ha importado el archivo y no se ha guardado nada. Corrige las filas indicadas y vuelve a intentarlo.',
  },
  failed: {
    en: 'The import failed and was rolled back; nothing was written. Try again.',
    es: 'La importación ha fallado y se ha deshecho; no se ha guardado nada. Vuelve a intentarlo.',
  },
});

export interface NetworkMembersImport {
  created: number;
}

export async function importNetworkMembers(
  db: Database,
  principal: Principal,
  key: string,
  csv: string,
): Promise<NetworkMembersImport> {
  const actorId = principal.kind === 'person' ? principal.personId : null;
  try {
    return await db.transaction(async (tx) => {
      const { network, facts } = await loadVisibleNetwork(tx, principal, key);
      if (!canOnNetwork(principal, 'membership.add', facts))
        throw new ApiError('FORBIDDEN', importTexts.onlyAdders);
      const file = validateFile('memberships', csv, { network: network.slug });
      const { created } = await importMemberships(tx, file, {
        networkId: network.id,
        slug: network.slug,
        grantableRoles: grantableRoles(principal, facts),
      });
      await recordAudit(tx, {
        actorId,
        action: 'import.memberships',
        entityType: 'memberships',
        entityId: network.id,
        details: { networkId: network.id, rows: file.rows.length, created, actorId },
      });
      return { created };
    });
  } catch (error) {
    if (error instanceof ImportError) throw refusedFile(error.issues);
    if (error instanceof ApiError) throw error;
    // Drizzle's error message lists the statement's parameters: the file's emails. Never pass it on.
    console.error(`[import memberships] ${describeDatabaseError(error) ?? 'an unexpected failure'}`);
    throw new ApiError('INTERNAL', importTexts.failed);
  }
}

/** A 400 whose details list every problem by row and column, as the web app's report shows them. */
function refusedFile(problems: ImportIssue[]) {
  return new ApiError('VALIDATION_FAILED', importTexts.refused, {
    issues: [{ path: 'csv', message: importTexts.refused }],
    rows: problems.map((problem) => ({
      row: problem.row ?? null,
      column: problem.column ?? null,
      message: problem.message,
    })),
  });
}
