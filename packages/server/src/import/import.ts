/**
 * CSV import of organisations, people, memberships and ties (`trellis import`): the whole file is
 * parsed and checked first, every problem reported with its row and column; only a clean file is
 * written, in one transaction with one audit entry, so a bad file leaves nothing behind.
 */
import { recordAudit } from '../audit/audit.js';
import type { Database, Executor } from '../db/database.js';
import type { ImportKind } from './import-kinds.js';
import { importMemberships } from './memberships.import.js';
import { importOrganisations } from './organisations.import.js';
import { importPeople } from './people.import.js';
import { importTies } from './ties.import.js';
import { validateFile, type CheckedFile } from './validate.js';

export { ImportError, type ImportIssue } from './import-error.js';
export { IMPORT_KINDS, type ImportKind } from './import-kinds.js';

export interface ImportResult {
  created: number;
  updated: number;
}

type Importer = (db: Executor, file: CheckedFile<ImportKind>) => Promise<ImportResult>;

const IMPORTERS: Record<ImportKind, Importer> = {
  organisations: importOrganisations as Importer,
  people: importPeople as Importer,
  memberships: importMemberships as Importer,
  ties: importTies as Importer,
};

/** Imports a CSV file of one kind; throws ImportError (and writes nothing) if any row is wrong. */
export async function importCsv(
  db: Database,
  kind: ImportKind,
  csvText: string,
  options: { actorId?: string | null } = {},
): Promise<ImportResult> {
  const file = validateFile(kind, csvText);
  // The references are checked inside the transaction that writes, so they cannot change in between.
  return db.transaction(async (tx) => {
    const result = await IMPORTERS[kind](tx, file);
    await recordAudit(tx, {
      actorId: options.actorId ?? null,
      action: `import.${kind}`,
      entityType: kind,
      details: { rows: file.rows.length, ...result, actorId: options.actorId ?? null },
    });
    return result;
  });
}
