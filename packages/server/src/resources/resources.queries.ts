import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Principal, ResourceFacts } from '../authz/policy.js';
import { qualified } from '../db/columns.js';
import type { Executor } from '../db/database.js';
import { findNetworkWithRole, networksWithRoleFor } from '../networks/networks.queries.js';
import { resourceAuthors, resources } from './resources.table.js';

export type ResourceRow = typeof resources.$inferSelect;

/**
 * SQL true for the resources the principal may read: the list twin of
 * `canOnResource(…, 'resource.read', …)` in authz/policy.ts. Public ones; `network` ones for the
 * people with a role in their network (platform admins too); drafts for their authors only.
 */
export function resourceVisibleTo(principal: Principal): SQL {
  if (principal.kind === 'anonymous') return sql`${resources.visibility} = 'public'`;
  const { personId } = principal;
  const author = sql`exists (select 1 from ${resourceAuthors} ra
    where ra.resource_id = ${qualified(resources.id)} and ra.person_id = ${personId})`;
  const inNetwork = principal.isAdmin
    ? sql`${resources.networkId} is not null`
    : sql`${resources.networkId} in (${networksWithRoleFor(personId)})`;
  return sql`(${resources.visibility} = 'public'
    or (${resources.visibility} = 'network' and ${inNetwork})
    or ${author})`;
}

/** Is the person one of the resource's credited authors? */
async function isAuthorOf(db: Executor, resourceId: string, personId: string) {
  const [row] = await db
    .select({ personId: resourceAuthors.personId })
    .from(resourceAuthors)
    .where(and(eq(resourceAuthors.resourceId, resourceId), eq(resourceAuthors.personId, personId)))
    .limit(1);
  return row !== undefined;
}

/**
 * A resource and what `canOnResource` needs to decide about it for the principal; undefined when
 * there is no such resource. Callers answer 404 both for a missing resource and for one the
 * principal may not read, so that a draft's existence is not confirmed.
 */
export async function findResourceWithFacts(
  db: Executor,
  principal: Principal,
  id: string,
): Promise<{ resource: ResourceRow; facts: ResourceFacts } | undefined> {
  const [resource] = await db.select().from(resources).where(eq(resources.id, id));
  if (!resource) return undefined;
  const personId = principal.kind === 'person' ? principal.personId : null;
  const [isAuthor, network] = await Promise.all([
    personId ? isAuthorOf(db, id, personId) : false,
    resource.networkId ? findNetworkWithRole(db, resource.networkId, personId) : undefined,
  ]);
  return {
    resource,
    facts: {
      visibility: resource.visibility,
      isAuthor,
      network: network ? { visibility: network.network.visibility, role: network.role } : null,
    },
  };
}
