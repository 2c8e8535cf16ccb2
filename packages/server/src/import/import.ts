/**
 * CSV import of organisations, people, memberships, ties and resources (`trellis import`): the file's bytes
 * must be UTF-8; the whole file is parsed and checked first, every problem reported with its row
 * and column (never with the cell's text); only a clean file is written, in one transaction with
 * one audit entry, so a bad file leaves nothing behind.
 */
import { recordAudit } from '../audit/audit.js';
import type { Database, Executor } from '../db/database.js';
import { describeDatabaseError } from '../shared/database-error.js';
import { decodeImportFile } from './encoding.js';
import { ImportError, ImportFailedError } from './import-error.js';
import type { ImportKind } from './import-kinds.js';
import { importMemberships } from './memberships.import.js';
import { importOrganisations } from './organisations.import.js';
import { importPeople } from './people.import.js';
import { importResources } from './resources.import.js';
import { importTies } from './ties.import.js';
import { validateFile, type CheckedFile } from './validate.js';

export { ImportError, ImportFailedError, type ImportIssue } from './import-error.js';
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
  resources: importResources as Importer,
};

/**
 * Imports a CSV file of one kind, given as the file's bytes (which must be UTF-8) or as text.
 * Throws ImportError (and writes nothing) if the file or any row is wrong, and ImportFailedError
 * if the database refuses a clean file; neither error holds any of the file's cells.
 */
export async function importCsv(
  db: Database,
  kind: ImportKind,
  csv: Uint8Array | string,
  options: { actorId?: string | null } = {},
): Promise<ImportResult> {
  const file = validateFile(kind, typeof csv === 'string' ? csv : decodeImportFile(csv));
  try {
    // The references are checked inside the transaction that writes, so they cannot change in between.
    return await db.transaction(async (tx) => {
      const result = await IMPORTERS[kind](tx, file);
      await recordAudit(tx, {
        actorId: options.actorId ?? null,
        action: `import.${kind}`,
        entityType: kind,
        details: { rows: file.rows.length, ...result, actorId: options.actorId ?? null },
      });
      return result;
    });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    // Drizzle's error message lists every parameter of the failed statement: the file's names and emails.
    throw new ImportFailedError(
      describeDatabaseError(error) ?? `an unexpected ${error instanceof Error ? error.name : 'failure'}`,
    );
  }
}
