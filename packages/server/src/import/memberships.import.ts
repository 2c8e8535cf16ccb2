import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { memberships } from '../memberships/memberships.table.js';
import { ImportError, type ImportIssue } from './import-error.js';
import { networkIdsBySlug, organisationIdsByCode, personIdsByEmail, present } from './lookups.js';
import { duplicateKeys, type ValidRow } from './validate.js';

type Row = ValidRow<'memberships'>;

/** Memberships: a member's current membership of the network is updated, or a new one created. */
export async function importMemberships(db: Executor, rows: Row[]) {
  const [networkIds, organisationIds, personIds] = await Promise.all([
    networkIdsBySlug(db, rows.map((row) => row.data.network)),
    organisationIdsByCode(db, rows.map((row) => row.data.organisation_code).filter(present)),
    personIdsByEmail(db, rows.map((row) => row.data.person_email).filter(present)),
  ]);
  const issues: ImportIssue[] = [
    ...rows.flatMap((row) => referenceIssues(row, networkIds, organisationIds, personIds)),
    ...duplicateKeys(rows, (row) => memberKey(row as Row), 'network', 'network and member'),
  ];
  if (issues.length > 0) throw new ImportError(issues);

  let created = 0;
  let updated = 0;
  for (const row of rows) {
    const networkId = networkIds.get(row.data.network)!;
    const organisationId = row.data.organisation_code ? organisationIds.get(row.data.organisation_code) : undefined;
    const personId = row.data.person_email ? personIds.get(row.data.person_email) : undefined;
    const values = { role: row.data.role, startDate: row.data.start_date, endDate: row.data.end_date };
    const memberCondition = organisationId ? eq(memberships.organisationId, organisationId) : eq(memberships.personId, personId!);
    const [current] = await db
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.networkId, networkId), memberCondition, isNull(memberships.endDate)));
    if (current) {
      await db.update(memberships).set({ ...values, updatedAt: sql`now()` }).where(eq(memberships.id, current.id));
      updated++;
    } else {
      await db.insert(memberships).values({ networkId, organisationId, personId, ...values });
      created++;
    }
  }
  return { created, updated };
}

const memberKey = (row: Row) => `${row.data.network}\u0000${row.data.organisation_code ?? ''}\u0000${row.data.person_email ?? ''}`;

function referenceIssues(
  row: Row,
  networkIds: Map<string, string>,
  organisationIds: Map<string, string>,
  personIds: Map<string, string>,
): ImportIssue[] {
  const { network, organisation_code: code, person_email: email, start_date: start, end_date: end } = row.data;
  const issues: ImportIssue[] = [];
  const at = (column: string, message: string) => issues.push({ row: row.line, column, message });
  if (!networkIds.has(network)) at('network', `No network has the slug "${network}".`);
  if ((code ? 1 : 0) + (email ? 1 : 0) !== 1) at('organisation_code', 'Give exactly one of organisation_code and person_email.');
  else if (code && !organisationIds.has(code)) at('organisation_code', `No organisation has the national code "${code}".`);
  else if (email && !personIds.has(email)) at('person_email', `No person has the email "${email}".`);
  if (start && end && end < start) at('end_date', 'The end date cannot be before the start date.');
  return issues;
}
