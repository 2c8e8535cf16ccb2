import { canViewPerson, type Principal } from '../authz/policy.js';
import type { Executor } from '../db/database.js';
import { currentNetworksOf } from '../networks/networks.queries.js';
import { notFound } from '../shared/errors.js';
import { toPage } from '../shared/pagination.js';
import type { OrganisationListFilters } from './organisations.schema.js';
import {
  findOrganisation,
  listOrganisations,
  peopleOfOrganisation,
  type OrganisationRow,
} from './organisations.queries.js';

/** How many of an organisation's people its page lists. */
const PEOPLE_SHOWN = 200;

/** The API shape of an organisation row. */
export function toOrganisationSummary(row: OrganisationRow) {
  const { createdAt: _created, updatedAt: _updated, ...summary } = row;
  return summary;
}

/** A page of the organisations directory. */
export async function organisationPage(db: Executor, principal: Principal, filters: OrganisationListFilters) {
  const { rows, keyOf } = await listOrganisations(db, principal, filters);
  return toPage(rows, filters.limit, keyOf, (row) => toOrganisationSummary(row.organisation));
}

/** An organisation with the networks the principal may see and, for signed-in viewers, its people. */
export async function organisationDetail(db: Executor, principal: Principal, id: string) {
  const organisation = await findOrganisation(db, id);
  if (!organisation) throw notFound('Organisation');
  const [networks, staff] = await Promise.all([
    currentNetworksOf(db, principal, { organisationId: organisation.id }),
    canViewPerson(principal) ? peopleOfOrganisation(db, organisation.id, PEOPLE_SHOWN) : undefined,
  ]);
  return {
    ...toOrganisationSummary(organisation),
    networks,
    people: staff?.people ?? [],
    peopleCount: staff?.count ?? null,
  };
}
