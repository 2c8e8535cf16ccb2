/**
 * Loading an inquiry with what the policy needs to decide about it, for every inquiry route (the
 * inquiry itself, its diagram, cycles and measures): one that the caller may not see is not found,
 * so that its existence does not leak; one they see but may not change is forbidden.
 */
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { canOnInquiry, type InquiryAction, type InquiryFacts, type Principal } from '../authz/policy.js';
import { qualified } from '../db/columns.js';
import type { Executor } from '../db/database.js';
import { memberships } from '../memberships/memberships.table.js';
import { findNetworkWithRole, networksWithRoleFor } from '../networks/networks.queries.js';
import { forbidden, notFound } from '../shared/errors.js';
import type { Text } from '../shared/text.js';
import type { InquiryTeamRole } from '../shared/vocabulary.js';
import { inquiries, inquiryPeople } from './inquiries.table.js';
import { inquiryTexts as texts } from './inquiry.texts.js';

export type InquiryRow = typeof inquiries.$inferSelect;

/** An inquiry the principal may see, with the facts the policy decided on. */
export interface InquiryInContext {
  inquiry: InquiryRow;
  facts: InquiryFacts;
  network: { id: string; slug: string; name: string };
}

const personOf = (principal: Principal) => (principal.kind === 'person' ? principal.personId : null);

async function teamRoleOf(db: Executor, inquiryId: string, personId: string | null) {
  if (personId === null) return null;
  const [row] = await db
    .select({ role: inquiryPeople.role })
    .from(inquiryPeople)
    .where(and(eq(inquiryPeople.inquiryId, inquiryId), eq(inquiryPeople.personId, personId)));
  return (row?.role ?? null) as InquiryTeamRole | null;
}

/** The inquiry and the facts about it, when the principal may see it; otherwise not found. */
export async function loadInquiry(db: Executor, principal: Principal, id: string): Promise<InquiryInContext> {
  const [inquiry] = await db.select().from(inquiries).where(eq(inquiries.id, id));
  if (!inquiry) throw notFound('Inquiry');
  const personId = personOf(principal);
  // One after the other: `db` may be a transaction, whose one connection takes one query at a time.
  const found = await findNetworkWithRole(db, inquiry.networkId, personId);
  const teamRole = await teamRoleOf(db, id, personId);
  const facts: InquiryFacts = {
    network: { visibility: found!.network.visibility, role: found!.role },
    visibility: inquiry.visibility,
    teamRole,
  };
  if (!canOnInquiry(principal, 'inquiry.view', facts)) throw notFound('Inquiry');
  const { id: networkId, slug, name } = found!.network;
  return { inquiry, facts, network: { id: networkId, slug, name } };
}

/** May the principal take the action on the loaded inquiry? */
export const mayOnInquiry = (principal: Principal, action: InquiryAction, context: InquiryInContext) =>
  canOnInquiry(principal, action, context.facts);

/** Refuses (403) unless the principal may take the action on the loaded inquiry. */
export function requireOnInquiry(principal: Principal, action: InquiryAction, context: InquiryInContext) {
  if (mayOnInquiry(principal, action, context)) return;
  const message: Text = action === 'inquiry.manage' ? texts.mayNotManage : texts.mayNotEdit;
  throw forbidden(message);
}

/** Loads the inquiry and refuses unless the principal may take the action: the usual start of a write. */
export async function loadInquiryFor(db: Executor, principal: Principal, action: InquiryAction, id: string) {
  const context = await loadInquiry(db, principal, id);
  requireOnInquiry(principal, action, context);
  return context;
}

/**
 * SQL true for inquiries the principal may see: the list twin of `canOnInquiry(…, 'inquiry.view')`.
 * Their team's (while they take part in its network); every inquiry of a network where they coordinate or evaluate; the `network` ones
 * of every network they take part in. Anonymous visitors see none.
 */
export function inquiryVisibleTo(principal: Principal): SQL {
  if (principal.kind === 'anonymous') return sql`false`;
  if (principal.isAdmin) return sql`true`;
  const { personId } = principal;
  const id = qualified(inquiries.id);
  const networkId = qualified(inquiries.networkId);
  const taking = networksWithRoleFor(personId);
  return sql`((exists (select 1 from ${inquiryPeople} ip where ip.inquiry_id = ${id} and ip.person_id = ${personId})
      and ${networkId} in (${taking}))
    or exists (select 1 from ${memberships} m where m.network_id = ${networkId} and m.person_id = ${personId}
      and m.end_date is null and m.role in ('coordinator', 'evaluator'))
    or (${qualified(inquiries.visibility)} = 'network' and ${networkId} in (${taking})))`;
}
