import { and, eq, inArray } from 'drizzle-orm';
import { queueAllTiesAnalyses } from '../analytics/run-analysis.js';
import type { Executor } from '../db/database.js';
import { ties } from '../ties/ties.table.js';
import type { ImportIssue } from './import-error.js';
import type { Text } from '../shared/text.js';
import { IMPORT_TEXTS } from './import.texts.js';
import { chunks, networkIdsBySlug, personIdsByEmail, present } from './lookups.js';
import { rejectIfAny, type CheckedFile, type ValidRow } from './validate.js';

type Row = ValidRow<'ties'>;

/**
 * Ties gathered outside Trellis (an earlier survey, another tool). A file is the whole set of
 * imported ties of each network it names: importing it replaces that network's imported ties
 * (never its survey ties), so re-importing a corrected file does not double anything.
 */
export async function importTies(db: Executor, file: CheckedFile<'ties'>) {
  const { rows } = file;
  const networkIds = await networkIdsBySlug(
    db,
    rows.map((row) => row.data.network),
  );
  const emails = rows.flatMap((row) => [row.data.from_email, row.data.to_email]).filter(present);
  const personIds = await personIdsByEmail(db, emails);
  rejectIfAny(
    file.issues,
    rows.flatMap((row) => referenceIssues(row, networkIds, personIds)),
  );

  const networks = [...new Set(rows.map((row) => networkIds.get(row.data.network)!))];
  const replaced = await db
    .delete(ties)
    .where(and(inArray(ties.networkId, networks), eq(ties.source, 'import')))
    .returning({ id: ties.id });
  const values = rows.map(({ data }) => ({
    networkId: networkIds.get(data.network)!,
    fromPersonId: personIds.get(data.from_email!)!,
    toPersonId: data.to_email ? personIds.get(data.to_email)! : null,
    toOutsideName: data.to_email ? null : data.to_outside_name,
    toOutsideOrganisation: data.to_email ? null : data.to_outside_organisation,
    relation: data.relation,
    weight: data.weight,
    source: 'import' as const,
  }));
  for (const slice of chunks(values, 1000)) await db.insert(ties).values(slice);
  // The maps of all each network's ties change with them, as when a wave closes.
  await queueAllTiesAnalyses(db, networks, null);
  // Counted as the import's other kinds are: new rows, and rows that stand for ones it replaced.
  const updated = Math.min(replaced.length, values.length);
  return { created: values.length - updated, updated };
}

function referenceIssues(
  row: Row,
  networkIds: Map<string, string>,
  personIds: Map<string, string>,
): ImportIssue[] {
  const { network, from_email: from, to_email: to, to_outside_name: outside } = row.data;
  const issues: ImportIssue[] = [];
  const at = (column: string, message: Text) => issues.push({ row: row.line, column, message });
  if (!networkIds.has(network)) at('network', IMPORT_TEXTS.noSuchNetwork);
  if (!from) at('from_email', IMPORT_TEXTS.required);
  else if (!personIds.has(from)) at('from_email', IMPORT_TEXTS.noSuchPerson);
  if ((to ? 1 : 0) + (outside ? 1 : 0) !== 1) at('to_email', IMPORT_TEXTS.oneOfTarget);
  else if (to && !personIds.has(to)) at('to_email', IMPORT_TEXTS.noSuchPerson);
  else if (to && to === from) at('to_email', IMPORT_TEXTS.tieToSelf);
  return issues;
}
