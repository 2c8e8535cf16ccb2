import { sql } from 'drizzle-orm';
import { date, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idColumn, searchable, timestamps } from '../db/columns.js';
import { organisations } from '../organisations/organisations.table.js';
import { PERSON_KINDS } from '../shared/vocabulary.js';

export const personKind = pgEnum('person_kind', PERSON_KINDS);

/** Teachers, leaders, advisors, researchers, family members, students and community agents. */
export const people = pgTable(
  'people',
  {
    id: idColumn(),
    displayName: text('display_name').notNull(),
    // Stored lower-cased: sign-in and import match on it.
    email: text('email'),
    kinds: personKind('kinds')
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** What this person can help others with: matched against other people's needs. */
    expertise: text('expertise')
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** What this person is looking for help with: suggested connections match it with expertise. */
    needs: text('needs')
      .array()
      .notNull()
      .default(sql`'{}'`),
    languages: text('languages')
      .array()
      .notNull()
      .default(sql`'{}'`),
    /**
     * Set on a tombstone: the stand-in, with no personal data, that an erased person's ties and
     * audit entries point at (personal-data/). Directories and search leave tombstones out.
     */
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('people_email_key').on(t.email),
    index('people_name_search_idx').using('gin', sql`${searchable(t.displayName)} gin_trgm_ops`),
    index('people_name_order_idx').on(t.displayName, t.id),
  ],
);

/** A person's place in an organisation (teacher at a school, researcher at a university), with dates. */
export const affiliations = pgTable(
  'affiliations',
  {
    id: idColumn(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    startDate: date('start_date'),
    endDate: date('end_date'),
  },
  (t) => [
    index('affiliations_person_idx').on(t.personId),
    index('affiliations_organisation_idx').on(t.organisationId),
  ],
);
