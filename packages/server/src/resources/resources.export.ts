/**
 * The bank as CSV (`trellis export resources`), in the columns `trellis import resources` reads,
 * so a bank moves between deployments or into a spreadsheet and back. Drafts stay out: they are
 * their authors' alone. Each resource is credited to its first author, by email. Cells a
 * spreadsheet would run as a formula are neutralised (shared/csv-table.ts), so such a cell comes
 * back from a round trip with the quote in front.
 */
import { asc, eq, ne } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { networks } from '../networks/networks.table.js';
import { people } from '../people/people.table.js';
import { writeCsvTable } from '../shared/csv-table.js';
import { resourceAuthors, resources } from './resources.table.js';

export const RESOURCE_CSV_COLUMNS = [
  'title',
  'summary',
  'language',
  'type',
  'stage',
  'subject',
  'tags',
  'licence',
  'body',
  'network',
  'author_email',
  'visibility',
] as const;

export async function exportResourcesCsv(db: Executor): Promise<{ csv: string; count: number }> {
  const rows = await db
    .select({
      id: resources.id,
      title: resources.title,
      summary: resources.summary,
      language: resources.language,
      type: resources.type,
      stages: resources.stages,
      subjects: resources.subjects,
      tags: resources.tags,
      licence: resources.licence,
      body: resources.body,
      network: networks.slug,
      visibility: resources.visibility,
    })
    .from(resources)
    .leftJoin(networks, eq(networks.id, resources.networkId))
    .where(ne(resources.visibility, 'draft'))
    .orderBy(asc(resources.createdAt), asc(resources.id));
  const firstAuthors = await firstAuthorEmails(db);
  const records = rows.map((row) => [
    row.title,
    row.summary,
    row.language,
    row.type,
    row.stages.join(';'),
    row.subjects.join(';'),
    row.tags.join(';'),
    row.licence,
    row.body,
    row.network ?? '',
    firstAuthors.get(row.id) ?? '',
    row.visibility,
  ]);
  return { csv: writeCsvTable([RESOURCE_CSV_COLUMNS, ...records]), count: records.length };
}

/** Each resource's first credited author's email, where they have one. */
async function firstAuthorEmails(db: Executor): Promise<Map<string, string>> {
  const rows = await db
    .select({ resourceId: resourceAuthors.resourceId, email: people.email })
    .from(resourceAuthors)
    .innerJoin(people, eq(people.id, resourceAuthors.personId))
    .orderBy(asc(resourceAuthors.resourceId), asc(resourceAuthors.position));
  const first = new Map<string, string>();
  for (const row of rows) if (row.email && !first.has(row.resourceId)) first.set(row.resourceId, row.email);
  return first;
}
