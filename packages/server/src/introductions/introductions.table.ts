import { index, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn } from '../db/columns.js';
import { networks } from '../networks/networks.table.js';
import { people } from '../people/people.table.js';

/**
 * "Ask for an introduction" to a suggested colleague: both are written to, neither address is
 * shared until the person asked accepts; then each receives the other's.
 */
export const introductions = pgTable(
  'introductions',
  {
    id: idColumn(),
    requesterId: uuid('requester_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    targetId: uuid('target_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** The network whose suggestions it came from. */
    networkId: uuid('network_id').references(() => networks.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    declinedAt: timestamp('declined_at', { withTimezone: true }),
  },
  (t) => [
    index('introductions_requester_idx').on(t.requesterId, t.createdAt),
    index('introductions_target_idx').on(t.targetId),
  ],
);
