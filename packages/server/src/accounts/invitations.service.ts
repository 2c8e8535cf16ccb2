/**
 * Inviting people to a network by email, one at a time or from a CSV, by those who may add
 * members there (`membership.add`) with a role they may give. Someone new gets a person, an
 * account without a password and an invitation link that sets it; someone with an account is
 * told by mail. All of a request lands or none of it.
 */
import { parse } from 'csv-parse/sync';
import { recordAudit } from '../audit/audit.js';
import { canOnNetwork, grantableRoles, type Principal } from '../authz/policy.js';
import type { Database } from '../db/database.js';
import { queueMail } from '../mail/mail.service.js';
import { findCurrentMembership, insertMembership } from '../memberships/memberships.queries.js';
import { loadVisibleNetwork } from '../networks/networks.service.js';
import { forbidden, validationFailed, type FieldIssue } from '../shared/errors.js';
import type { MembershipRole } from '../shared/vocabulary.js';
import {
  ensureAccount,
  findPersonWithAccount,
  insertAccountLink,
  insertInvitedPerson,
} from './account-links.queries.js';
import { InviteeSchema, type Invitee } from './invitations.schema.js';

/** The most people one CSV may invite. */
export const MAX_INVITATIONS = 1000;

export async function invitePeople(
  db: Database,
  principal: Principal,
  networkKey: string,
  request: { role: MembershipRole; invitees: Invitee[]; inviterName: string },
) {
  if (principal.kind !== 'person') throw forbidden();
  return db.transaction(async (tx) => {
    const { network, facts } = await loadVisibleNetwork(tx, principal, networkKey);
    if (!canOnNetwork(principal, 'membership.add', facts)) {
      throw forbidden(
        'Only the network’s coordinators, coordinating committee and facilitators may invite people.',
      );
    }
    if (!grantableRoles(principal, facts).includes(request.role)) {
      throw forbidden(`Your role in this network does not allow giving the role "${request.role}".`);
    }
    const invited = [];
    for (const invitee of request.invitees) {
      const email = invitee.email.trim().toLowerCase();
      const existing = await findPersonWithAccount(tx, email);
      const personId =
        existing?.id ?? (await insertInvitedPerson(tx, { displayName: invitee.displayName.trim(), email }));
      await ensureAccount(tx, personId);
      if (await findCurrentMembership(tx, network.id, { personId })) {
        invited.push({ personId, email, outcome: 'already_member' as const });
        continue;
      }
      await insertMembership(tx, { networkId: network.id, personId, role: request.role });
      const params = {
        inviterName: request.inviterName,
        networkName: network.name,
        networkSlug: network.slug,
      };
      const needsPassword = !existing?.hasPassword;
      if (needsPassword) {
        const token = await insertAccountLink(tx, { personId, purpose: 'invitation' });
        await queueMail(tx, {
          kind: 'account_invitation',
          personId,
          to: email,
          locale: existing?.locale ?? null,
          params: { ...params, token, displayName: existing?.displayName ?? invitee.displayName.trim() },
        });
      } else {
        await queueMail(tx, {
          kind: 'network_added',
          personId,
          to: email,
          locale: existing.locale,
          params: { ...params, displayName: existing.displayName },
        });
      }
      await recordAudit(tx, {
        actorId: principal.personId,
        action: 'account.invite',
        entityType: 'person',
        entityId: personId,
        details: { networkId: network.id, role: request.role, newAccount: needsPassword },
      });
      invited.push({ personId, email, outcome: needsPassword ? ('invited' as const) : ('added' as const) });
    }
    return { invited };
  });
}

const HEADERS = { email: ['email', 'correo', 'e-mail'], name: ['name', 'nombre', 'display_name'] };

/**
 * Reads an invitation CSV (header row with `email` and `name`): every bad row is reported by its
 * line, and nothing is invited while any is.
 */
export function parseInvitationCsv(csv: string): Invitee[] {
  let records: string[][];
  try {
    records = parse(csv.replace(/^\uFEFF/, ''), {
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    });
  } catch {
    throw validationFailed([{ path: 'csv', message: 'This is not a CSV file that can be read.' }]);
  }
  const [header, ...rows] = records;
  const names = (header ?? []).map((cell) => cell.toLowerCase());
  const emailColumn = names.findIndex((name) => HEADERS.email.includes(name));
  const nameColumn = names.findIndex((name) => HEADERS.name.includes(name));
  if (emailColumn < 0 || nameColumn < 0) {
    throw validationFailed([
      { path: 'csv', message: 'The first row must name the columns “email” and “name”.' },
    ]);
  }
  if (rows.length === 0) throw validationFailed([{ path: 'csv', message: 'The file names no one.' }]);
  if (rows.length > MAX_INVITATIONS)
    throw validationFailed([{ path: 'csv', message: `At most ${MAX_INVITATIONS} people at a time.` }]);
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  const invitees: Invitee[] = [];
  rows.forEach((row, index) => {
    const line = index + 2;
    const parsed = InviteeSchema.safeParse({
      email: row[emailColumn] ?? '',
      displayName: row[nameColumn] ?? '',
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = issue.path[0] === 'email' ? 'email' : 'name';
        issues.push({
          path: `csv.${line}.${column}`,
          message:
            column === 'email'
              ? `Line ${line}: not an email address.`
              : `Line ${line}: the name needs at least 2 characters.`,
        });
      }
      return;
    }
    const email = parsed.data.email.toLowerCase();
    if (seen.has(email))
      issues.push({
        path: `csv.${line}.email`,
        message: `Line ${line}: this email is on an earlier line too.`,
      });
    seen.add(email);
    invitees.push(parsed.data);
  });
  if (issues.length > 0) throw validationFailed(issues);
  return invitees;
}
