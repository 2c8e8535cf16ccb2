import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { affiliations, people } from '../people/people.table.js';
import type { ImportIssue } from './import-error.js';
import { IMPORT_TEXTS } from './import.texts.js';
import { chunks, organisationIdsByCode, pickColumns, present, sameValue } from './lookups.js';
import { duplicateKeys, rejectIfAny, type CheckedFile, type ValidRow } from './validate.js';

type Row = ValidRow<'people'>;

/**
 * People: updated when their email is already known, created otherwise (a person without an
 * email is always new); with an affiliation when an organisation is given. New people and
 * affiliations are inserted in batches, so a whole school district's staff imports quickly.
 */
export async function importPeople(db: Executor, file: CheckedFile<'people'>) {
  const { rows, columns } = file;
  const organisationIds = await organisationIdsByCode(
    db,
    rows.map((row) => row.data.organisation_code).filter(present),
  );
  rejectIfAny(
    file.issues,
    duplicateKeys(rows, (row) => row.data.email, 'email', 'email'),
    rows.flatMap((row) => affiliationIssues(row, organisationIds)),
  );

  const existing = await peopleByEmail(db, rows.map((row) => row.data.email).filter(present));
  const toCreate: (typeof people.$inferInsert)[] = [];
  const personIdOf = new Map<Row, string>();
  for (const row of rows) {
    const values = {
      displayName: row.data.display_name,
      email: row.data.email,
      kinds: row.data.kinds,
      expertise: row.data.expertise,
      needs: row.data.needs,
      languages: row.data.languages,
    };
    const found = row.data.email ? existing.get(row.data.email) : undefined;
    if (found) {
      const given = pickColumns(
        {
          display_name: values.displayName,
          kinds: values.kinds,
          expertise: values.expertise,
          needs: values.needs,
          languages: values.languages,
        },
        columns,
      );
      const { display_name: displayName, ...lists } = given;
      const changes = { ...lists, ...(displayName !== undefined && { displayName }) };
      // Re-importing a file mostly repeats what is there: only rows that change are written.
      if (
        Object.entries(changes).some(
          ([field, value]) => !sameValue(found[field as keyof typeof found], value),
        )
      ) {
        await db
          .update(people)
          .set({ ...changes, updatedAt: sql`now()` })
          .where(eq(people.id, found.id));
      }
      personIdOf.set(row, found.id);
    } else {
      // Ids are made here so that affiliations can refer to new people without reading them back.
      const created = { id: randomUUID(), ...values };
      toCreate.push(created);
      personIdOf.set(row, created.id);
    }
  }
  for (const slice of chunks(toCreate, 1000)) await db.insert(people).values(slice);
  await writeAffiliations(db, rows, personIdOf, organisationIds, columns);
  return { created: toCreate.length, updated: rows.length - toCreate.length };
}

function affiliationIssues(row: Row, organisationIds: Map<string, string>): ImportIssue[] {
  const { organisation_code: code, affiliation_role: role } = row.data;
  if (code && !organisationIds.has(code)) {
    return [
      {
        row: row.line,
        column: 'organisation_code',
        message: IMPORT_TEXTS.noSuchOrganisation,
      },
    ];
  }
  if (code && !role) return [{ row: row.line, column: 'affiliation_role', message: IMPORT_TEXTS.roleNeeded }];
  if (!code && (role || row.data.affiliation_start)) {
    return [
      {
        row: row.line,
        column: 'organisation_code',
        message: IMPORT_TEXTS.affiliationWithout,
      },
    ];
  }
  return [];
}

/** Adds each affiliation, unless the person already has a current one with that organisation (then its role and start are updated). */
async function writeAffiliations(
  db: Executor,
  rows: Row[],
  personIdOf: Map<Row, string>,
  organisationIds: Map<string, string>,
  columns: ReadonlySet<string>,
) {
  const wanted = rows.flatMap((row) => {
    const organisationId = row.data.organisation_code
      ? organisationIds.get(row.data.organisation_code)
      : undefined;
    return organisationId ? [{ row, personId: personIdOf.get(row)!, organisationId }] : [];
  });
  const current = new Map<string, { id: string; role: string; startDate: string | null }>();
  for (const slice of chunks([...new Set(wanted.map((item) => item.personId))])) {
    const found = await db
      .select({
        id: affiliations.id,
        personId: affiliations.personId,
        organisationId: affiliations.organisationId,
        role: affiliations.role,
        startDate: affiliations.startDate,
      })
      .from(affiliations)
      .where(and(inArray(affiliations.personId, slice), isNull(affiliations.endDate)));
    for (const affiliation of found)
      current.set(`${affiliation.personId} ${affiliation.organisationId}`, affiliation);
  }
  const toCreate: (typeof affiliations.$inferInsert)[] = [];
  for (const { row, personId, organisationId } of wanted) {
    const role = row.data.affiliation_role ?? '';
    const existing = current.get(`${personId} ${organisationId}`);
    if (existing) {
      const startDate = columns.has('affiliation_start') ? row.data.affiliation_start : existing.startDate;
      if (existing.role !== role || existing.startDate !== startDate) {
        await db.update(affiliations).set({ role, startDate }).where(eq(affiliations.id, existing.id));
      }
    } else toCreate.push({ personId, organisationId, role, startDate: row.data.affiliation_start });
  }
  for (const slice of chunks(toCreate, 1000)) await db.insert(affiliations).values(slice);
}

/** The people with these emails, with the fields an import may change. */
async function peopleByEmail(db: Executor, emails: string[]) {
  const found = new Map<
    string,
    Pick<typeof people.$inferSelect, 'id' | 'displayName' | 'kinds' | 'expertise' | 'needs' | 'languages'>
  >();
  for (const slice of chunks([...new Set(emails)])) {
    const rows = await db
      .select({
        id: people.id,
        email: people.email,
        displayName: people.displayName,
        kinds: people.kinds,
        expertise: people.expertise,
        needs: people.needs,
        languages: people.languages,
      })
      .from(people)
      .where(inArray(people.email, slice));
    for (const { email, ...person } of rows) if (email) found.set(email, person);
  }
  return found;
}
