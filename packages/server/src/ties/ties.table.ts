import { sql } from 'drizzle-orm';
import { check, doublePrecision, index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn } from '../db/columns.js';
import { networks } from '../networks/networks.table.js';
import { people } from '../people/people.table.js';
import { relationType, surveyWaves } from '../surveys/surveys.table.js';
import { TIE_SOURCES } from '../shared/vocabulary.js';

export const tieSource = pgEnum('tie_source', TIE_SOURCES);

/**
 * A directed tie between two people in a network's map: from a survey answer, an import or
 * (later) activity. A tie to someone outside Trellis keeps their name and organisation instead
 * of a person: the 'outward' ties of the E-I index.
 */
export const ties = pgTable(
  'ties',
  {
    id: idColumn(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    waveId: uuid('wave_id').references(() => surveyWaves.id, { onDelete: 'cascade' }),
    fromPersonId: uuid('from_person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    toPersonId: uuid('to_person_id').references(() => people.id, { onDelete: 'cascade' }),
    toOutsideName: text('to_outside_name'),
    toOutsideOrganisation: text('to_outside_organisation'),
    relation: relationType('relation').notNull(),
    weight: doublePrecision('weight').notNull().default(1),
    source: tieSource('source').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('ties_one_target', sql`(${t.toPersonId} is null) <> (${t.toOutsideName} is null)`),
    check('ties_positive_weight', sql`${t.weight} > 0`),
    index('ties_network_wave_idx').on(t.networkId, t.waveId, t.relation),
    index('ties_from_idx').on(t.fromPersonId),
    index('ties_to_idx').on(t.toPersonId),
  ],
);
