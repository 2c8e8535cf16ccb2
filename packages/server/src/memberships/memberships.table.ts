import { sql } from 'drizzle-orm';
import { check, date, index, pgEnum, pgTable, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from '../db/columns.js';
import { networks } from '../networks/networks.table.js';
import { organisations } from '../organisations/organisations.table.js';
import { people } from '../people/people.table.js';
import { MEMBERSHIP_ROLES } from '../shared/vocabulary.js';

export const membershipRole = pgEnum('membership_role', MEMBERSHIP_ROLES);

/**
 * An organisation's or a person's membership of a network, with its role and dates.
 * Exactly one of organisation and person is set; a member holds one current membership per
 * network (a past one, with an end date, stays as history).
 */
export const memberships = pgTable(
  'network_memberships',
  {
    id: idColumn(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'cascade' }),
    role: membershipRole('role').notNull().default('member'),
    startDate: date('start_date'),
    endDate: date('end_date'),
    ...timestamps(),
  },
  (t) => [
    check('memberships_one_member', sql`num_nonnulls(${t.organisationId}, ${t.personId}) = 1`),
    check(
      'memberships_dates_ordered',
      sql`${t.endDate} is null or ${t.startDate} is null or ${t.endDate} >= ${t.startDate}`,
    ),
    uniqueIndex('memberships_current_person_key')
      .on(t.networkId, t.personId)
      .where(sql`${t.personId} is not null and ${t.endDate} is null`),
    uniqueIndex('memberships_current_organisation_key')
      .on(t.networkId, t.organisationId)
      .where(sql`${t.organisationId} is not null and ${t.endDate} is null`),
    index('memberships_network_role_idx').on(t.networkId, t.role),
    index('memberships_person_idx').on(t.personId),
    index('memberships_organisation_idx').on(t.organisationId),
  ],
);
