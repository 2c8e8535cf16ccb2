import { eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { memberships } from '../memberships/memberships.table.js';
import type { ImportIssue } from './import-error.js';
import type { Text } from '../shared/text.js';
import { IMPORT_TEXTS, otherNetworkInFile, roleNotGrantable } from './import.texts.js';
import {
  chunks,
  networkIdsBySlug,
  organisationIdsByCode,
  personIdsByEmail,
  pickColumns,
  present,
  sameValue,
} from './lookups.js';
import { duplicateKeys, rejectIfAny, type CheckedFile, type ValidRow } from './validate.js';

type Row = ValidRow<'memberships'>;
type Existing = Pick<
  typeof memberships.$inferSelect,
  'id' | 'networkId' | 'organisationId' | 'personId' | 'role' | 'startDate' | 'endDate'
>;

/**
 * Memberships, keyed by network and member: a row updates the member's membership of the
 * network that began on the same start date, else their current one; otherwise it is new. So
 * re-importing a file changes nothing, and a file can also carry past (ended) memberships.
 */
export async function importMemberships(
  db: Executor,
  file: CheckedFile<'memberships'>,
  scope?: NetworkScope,
) {
  const { rows, columns } = file;
  // One after another: a transaction is one connection, which runs one query at a time.
  const networkIds = await networkIdsBySlug(
    db,
    rows.map((row) => row.data.network),
  );
  const organisationIds = await organisationIdsByCode(
    db,
    rows.map((row) => row.data.organisation_code).filter(present),
  );
  const personIds = await personIdsByEmail(db, rows.map((row) => row.data.person_email).filter(present));
  const existing = await existingMemberships(db, [...new Set(networkIds.values())]);
  rejectIfAny(
    file.issues,
    rows.flatMap((row) => referenceIssues(row, networkIds, organisationIds, personIds)),
    scope ? scopeIssues(file, scope, existing, networkIds, organisationIds, personIds) : [],
    duplicateKeys(
      rows,
      (row) => `${memberKey(row)} ${row.data.start_date ?? ''}`,
      'start_date',
      'memberStart',
    ),
    duplicateKeys(
      rows,
      (row) => (row.data.end_date === null ? memberKey(row) : null),
      'end_date',
      'memberCurrent',
    ),
  );

  const matches = matchRows(rows, existing, (row) => {
    const organisationId = row.data.organisation_code
      ? organisationIds.get(row.data.organisation_code)!
      : null;
    const personId = row.data.person_email ? personIds.get(row.data.person_email)! : null;
    return { networkId: networkIds.get(row.data.network)!, organisationId, personId };
  });
  const toCreate: (typeof memberships.$inferInsert)[] = [];
  let updated = 0;
  for (const { row, member, match } of matches) {
    const values = { role: row.data.role, startDate: row.data.start_date, endDate: row.data.end_date };
    if (match) {
      const given = pickColumns(
        { role: values.role, start_date: values.startDate, end_date: values.endDate },
        columns,
      );
      const changes = {
        ...(given.role !== undefined && { role: given.role }),
        ...(given.start_date !== undefined && { startDate: given.start_date }),
        ...(given.end_date !== undefined && { endDate: given.end_date }),
      };
      if (
        Object.entries(changes).some(([field, value]) => !sameValue(match[field as keyof Existing], value))
      ) {
        await db
          .update(memberships)
          .set({ ...changes, updatedAt: sql`now()` })
          .where(eq(memberships.id, match.id));
      }
      updated++;
    } else toCreate.push({ ...member, ...values });
  }
  for (const slice of chunks(toCreate, 1000)) await db.insert(memberships).values(slice);
  return { created: toCreate.length, updated };
}

/**
 * Adding members to one network from its page: the file is that network's, and only adds. Each
 * role must be one the importer may give, and no one in it may already be a current member
 * (changing roles and ending memberships are done one by one, by those allowed to).
 */
export interface NetworkScope {
  networkId: string;
  slug: string;
  grantableRoles: readonly string[];
}

function scopeIssues(
  file: CheckedFile<'memberships'>,
  scope: NetworkScope,
  existing: Map<string, Existing[]>,
  networkIds: Map<string, string>,
  organisationIds: Map<string, string>,
  personIds: Map<string, string>,
): ImportIssue[] {
  const issues: ImportIssue[] = [];
  if (file.columns.has('end_date'))
    issues.push({
      row: 1,
      column: 'end_date',
      message: IMPORT_TEXTS.noEndDates,
    });
  for (const row of file.rows) {
    const at = (column: string, message: Text) => issues.push({ row: row.line, column, message });
    const { network, organisation_code: code, person_email: email, role } = row.data;
    // A slug that names no network is reported as such by referenceIssues.
    if (network !== scope.slug && networkIds.has(network)) at('network', otherNetworkInFile(scope.slug));
    if (!scope.grantableRoles.includes(role)) at('role', roleNotGrantable(role));
    const memberId = code ? organisationIds.get(code) : email ? personIds.get(email) : undefined;
    const current = memberId
      ? existing.get(`${scope.networkId} ${memberId}`)?.find((membership) => membership.endDate === null)
      : undefined;
    if (current) at(code ? 'organisation_code' : 'person_email', IMPORT_TEXTS.alreadyMember);
  }
  return issues;
}

/** Every membership of the networks the file names, by network and member. */
async function existingMemberships(db: Executor, networkIds: string[]) {
  const byMember = new Map<string, Existing[]>();
  for (const slice of chunks(networkIds, 500)) {
    const found = await db
      .select({
        id: memberships.id,
        networkId: memberships.networkId,
        organisationId: memberships.organisationId,
        personId: memberships.personId,
        role: memberships.role,
        startDate: memberships.startDate,
        endDate: memberships.endDate,
      })
      .from(memberships)
      .where(inArray(memberships.networkId, slice));
    for (const membership of found) {
      const key = `${membership.networkId} ${membership.organisationId ?? membership.personId}`;
      byMember.set(key, [...(byMember.get(key) ?? []), membership]);
    }
  }
  return byMember;
}

interface Member {
  networkId: string;
  organisationId: string | null;
  personId: string | null;
}

/**
 * Which existing membership each row stands for, each claimed by one row at most: first the
 * one that began on the row's start date; then, for rows without an end date, the current one;
 * then, for ended rows, the current one if it is still unclaimed and did not begin on another
 * known date (an ended row with its own start date is history, a new row). No match: new.
 */
function matchRows(rows: Row[], existing: Map<string, Existing[]>, memberOf: (row: Row) => Member) {
  const claimed = new Set<Existing>();
  const items = rows.map((row) => {
    const member = memberOf(row);
    const candidates = existing.get(`${member.networkId} ${member.organisationId ?? member.personId}`) ?? [];
    return { row, member, candidates, match: undefined as Existing | undefined };
  });
  const claim = (item: (typeof items)[number], candidate: Existing | undefined) => {
    if (!candidate || claimed.has(candidate)) return;
    claimed.add(candidate);
    item.match = candidate;
  };
  for (const item of items)
    claim(
      item,
      item.candidates.find((candidate) => candidate.startDate === item.row.data.start_date),
    );
  const current = (item: (typeof items)[number]) =>
    item.candidates.find((candidate) => candidate.endDate === null);
  for (const item of items) if (!item.match && item.row.data.end_date === null) claim(item, current(item));
  for (const item of items) {
    const candidate = current(item);
    const history = item.row.data.start_date !== null && candidate?.startDate != null;
    if (!item.match && item.row.data.end_date !== null && !history) claim(item, candidate);
  }
  return items;
}

const memberKey = (row: Row) =>
  `${row.data.network}\u0000${row.data.organisation_code ?? ''}\u0000${row.data.person_email ?? ''}`;

function referenceIssues(
  row: Row,
  networkIds: Map<string, string>,
  organisationIds: Map<string, string>,
  personIds: Map<string, string>,
): ImportIssue[] {
  const {
    network,
    organisation_code: code,
    person_email: email,
    start_date: start,
    end_date: end,
  } = row.data;
  const issues: ImportIssue[] = [];
  const at = (column: string, message: Text) => issues.push({ row: row.line, column, message });
  if (!networkIds.has(network)) at('network', IMPORT_TEXTS.noSuchNetwork);
  if ((code ? 1 : 0) + (email ? 1 : 0) !== 1) at('organisation_code', IMPORT_TEXTS.oneOfMember);
  else if (code && !organisationIds.has(code)) at('organisation_code', IMPORT_TEXTS.noSuchOrganisation);
  else if (email && !personIds.has(email)) at('person_email', IMPORT_TEXTS.noSuchPerson);
  if (start && end && end < start) at('end_date', IMPORT_TEXTS.endBeforeStart);
  return issues;
}
