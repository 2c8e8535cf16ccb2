import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { affiliations, people } from '../people/people.table.js';
import { ImportError, type ImportIssue } from './import-error.js';
import { organisationIdsByCode, personIdsByEmail, present } from './lookups.js';
import { duplicateKeys, type ValidRow } from './validate.js';

type Row = ValidRow<'people'>;

/** People: updated when their email is already known, created otherwise; with an affiliation when given. */
export async function importPeople(db: Executor, rows: Row[]) {
  const organisationIds = await organisationIdsByCode(db, rows.map((row) => row.data.organisation_code).filter(present));
  const issues: ImportIssue[] = [
    ...duplicateKeys(rows, (row) => (row as Row).data.email, 'email', 'email'),
    ...rows.flatMap((row) => affiliationIssues(row, organisationIds)),
  ];
  if (issues.length > 0) throw new ImportError(issues);

  const existing = await personIdsByEmail(db, rows.map((row) => row.data.email).filter(present));
  let created = 0;
  let updated = 0;
  for (const row of rows) {
    const values = {
      displayName: row.data.display_name,
      email: row.data.email,
      kinds: row.data.kinds,
      expertise: row.data.expertise,
      languages: row.data.languages,
    };
    let personId = row.data.email ? existing.get(row.data.email) : undefined;
    if (personId) {
      await db.update(people).set({ ...values, updatedAt: sql`now()` }).where(eq(people.id, personId));
      updated++;
    } else {
      const [inserted] = await db.insert(people).values(values).returning({ id: people.id });
      personId = inserted!.id;
      created++;
    }
    const organisationId = row.data.organisation_code ? organisationIds.get(row.data.organisation_code) : undefined;
    if (organisationId) await ensureAffiliation(db, personId, organisationId, row);
  }
  return { created, updated };
}

function affiliationIssues(row: Row, organisationIds: Map<string, string>): ImportIssue[] {
  const { organisation_code: code, affiliation_role: role } = row.data;
  if (code && !organisationIds.has(code)) {
    return [{ row: row.line, column: 'organisation_code', message: `No organisation has the national code "${code}"; import it first.` }];
  }
  if (code && !role) return [{ row: row.line, column: 'affiliation_role', message: 'Required when organisation_code is given.' }];
  if (!code && (role || row.data.affiliation_start)) {
    return [{ row: row.line, column: 'organisation_code', message: 'Give the organisation this affiliation is with.' }];
  }
  return [];
}

/** Adds the affiliation unless the person already has a current one with that organisation (then updates its role). */
async function ensureAffiliation(db: Executor, personId: string, organisationId: string, row: Row) {
  const role = row.data.affiliation_role ?? '';
  const current = and(eq(affiliations.personId, personId), eq(affiliations.organisationId, organisationId), isNull(affiliations.endDate));
  const [existing] = await db.select({ id: affiliations.id }).from(affiliations).where(current);
  if (existing) await db.update(affiliations).set({ role }).where(eq(affiliations.id, existing.id));
  else await db.insert(affiliations).values({ personId, organisationId, role, startDate: row.data.affiliation_start });
}
