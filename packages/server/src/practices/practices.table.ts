import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, searchable, timestamps } from '../db/columns.js';
import { networks } from '../networks/networks.table.js';
import { organisations } from '../organisations/organisations.table.js';
import { people } from '../people/people.table.js';
import { contentLanguage, resources } from '../resources/resources.table.js';
import { ADOPTION_MODES, EVIDENCE_DIRECTIONS, EVIDENCE_KINDS } from '../shared/vocabulary.js';

export const evidenceDirection = pgEnum('evidence_direction', EVIDENCE_DIRECTIONS);
export const evidenceKind = pgEnum('evidence_kind', EVIDENCE_KINDS);
export const adoptionMode = pgEnum('adoption_mode', ADOPTION_MODES);

/**
 * A practice: an innovation a school runs, with what it claims to change and for whom, its
 * components in order, and the network it is shared in (whose members see it).
 */
export const practices = pgTable(
  'practices',
  {
    id: idColumn(),
    title: text('title').notNull(),
    claim: text('claim').notNull(),
    components: text('components')
      .array()
      .notNull()
      .default(sql`'{}'`),
    language: contentLanguage('language').notNull(),
    /** The school (organisation) that originated it: the root of its adoption tree. */
    schoolId: uuid('school_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    createdById: uuid('created_by_id').references(() => people.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    index('practices_network_idx').on(t.networkId, t.updatedAt, t.id),
    index('practices_school_idx').on(t.schoolId),
    index('practices_title_search_idx').using('gin', sql`${searchable(t.title)} gin_trgm_ops`),
  ],
);

/** The resources that carry a practice, in the order they are listed. */
export const practiceResources = pgTable(
  'practice_resources',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    resourceId: uuid('resource_id')
      .notNull()
      .references(() => resources.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.resourceId] }),
    index('practice_resources_resource_idx').on(t.resourceId),
  ],
);

/**
 * One piece of evidence about a practice: its direction, its kind and its design on Nesta's
 * Standards of Evidence (level 1–5), where and with how many, an effect when one is stated.
 */
export const evidenceItems = pgTable(
  'evidence_items',
  {
    id: idColumn(),
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    direction: evidenceDirection('direction').notNull(),
    kind: evidenceKind('kind').notNull(),
    level: smallint('level').notNull(),
    summary: text('summary').notNull(),
    setting: text('setting').notNull().default(''),
    /** How many people (pupils, teachers) it rests on, and in how many schools, when known. */
    participants: integer('participants'),
    schools: integer('schools'),
    /** The effect as the source states it ("d = 0.21", "+3 months"), never recomputed. */
    effect: text('effect'),
    url: text('url'),
    createdById: uuid('created_by_id').references(() => people.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    index('evidence_items_practice_idx').on(t.practiceId, t.createdAt),
    check('evidence_items_level', sql`${t.level} between 1 and 5`),
    check('evidence_items_participants', sql`${t.participants} is null or ${t.participants} >= 0`),
    check('evidence_items_schools', sql`${t.schools} is null or ${t.schools} >= 0`),
  ],
);

/**
 * A school taking a practice up from another (the originating school or an earlier adopter), in a
 * network: the edges of the travel graph. One adoption per school and practice, so the adoptions
 * form a tree rooted at the originating school.
 */
export const adoptions = pgTable(
  'adoptions',
  {
    id: idColumn(),
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    fromSchoolId: uuid('from_school_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    startedOn: date('started_on').notNull(),
    mode: adoptionMode('mode').notNull(),
    /** How it was adapted (required when `mode` is adapted). */
    adaptation: text('adaptation').notNull().default(''),
    outcome: text('outcome').notNull().default(''),
    createdById: uuid('created_by_id').references(() => people.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('adoptions_practice_school_key').on(t.practiceId, t.schoolId),
    index('adoptions_practice_started_idx').on(t.practiceId, t.startedOn),
    check('adoptions_not_from_itself', sql`${t.schoolId} <> ${t.fromSchoolId}`),
  ],
);
