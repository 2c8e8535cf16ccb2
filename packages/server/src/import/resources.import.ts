import type { Executor } from '../db/database.js';
import { contentOf } from '../resources/resources.queries.js';
import { resourceAuthors, resources, resourceVersions } from '../resources/resources.table.js';
import type { Text } from '../shared/text.js';
import type { ImportIssue } from './import-error.js';
import { IMPORT_TEXTS } from './import.texts.js';
import { chunks, networkIdsBySlug, personIdsByEmail, present } from './lookups.js';
import { rejectIfAny, type CheckedFile, type ValidRow } from './validate.js';

type Row = ValidRow<'resources'>;

/**
 * Resources for the knowledge bank, from another bank or a spreadsheet: every row a new resource
 * with its first version, credited to `author_email` when given, shared with `network` when given,
 * public unless `visibility` says otherwise. Markdown is stored as written and sanitised when
 * shown, as for resources written on the page.
 */
export async function importResources(db: Executor, file: CheckedFile<'resources'>) {
  const { rows } = file;
  const networkIds = await networkIdsBySlug(db, rows.map((row) => row.data.network).filter(present));
  const personIds = await personIdsByEmail(db, rows.map((row) => row.data.author_email).filter(present));
  rejectIfAny(
    file.issues,
    rows.flatMap((row) => referenceIssues(row, networkIds, personIds)),
  );

  const values = rows.map(({ data }) => ({
    title: data.title,
    summary: data.summary,
    body: data.body,
    language: data.language,
    type: data.type,
    stages: [...new Set(data.stage)],
    subjects: data.subject,
    tags: data.tags,
    licence: data.licence,
    visibility: data.visibility,
    networkId: data.network ? networkIds.get(data.network)! : null,
    createdById: data.author_email ? personIds.get(data.author_email)! : null,
  }));
  for (const slice of chunks(values, 500)) {
    const inserted = await db.insert(resources).values(slice).returning();
    const credited = inserted.filter((row) => row.createdById !== null);
    if (credited.length > 0)
      await db
        .insert(resourceAuthors)
        .values(credited.map((row) => ({ resourceId: row.id, personId: row.createdById!, position: 0 })));
    await db.insert(resourceVersions).values(
      inserted.map((row) => ({
        resourceId: row.id,
        version: 1,
        content: contentOf(row, row.createdById ? [row.createdById] : []),
        note: '',
        editedById: row.createdById,
      })),
    );
  }
  return { created: values.length, updated: 0 };
}

function referenceIssues(
  row: Row,
  networkIds: Map<string, string>,
  personIds: Map<string, string>,
): ImportIssue[] {
  const { network, author_email: author, visibility, stage } = row.data;
  const issues: ImportIssue[] = [];
  const at = (column: string, message: Text) => issues.push({ row: row.line, column, message });
  if (stage.length === 0) at('stage', IMPORT_TEXTS.required);
  if (network && !networkIds.has(network)) at('network', IMPORT_TEXTS.noSuchNetwork);
  if (author && !personIds.has(author)) at('author_email', IMPORT_TEXTS.noSuchPerson);
  if (visibility === 'network' && !network) at('network', IMPORT_TEXTS.networkForNetworkResource);
  // A draft is its authors' alone: without one, no one could ever open it.
  if (visibility === 'draft' && !author) at('author_email', IMPORT_TEXTS.authorForDraft);
  return issues;
}
