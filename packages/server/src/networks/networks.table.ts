import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, placeColumns, searchable, timestamps } from '../db/columns.js';
import { SLUG_PATTERN } from '../shared/slug.js';
import {
  ERASED_TIES_CHOICES,
  MAX_NETWORK_LEVEL,
  MIN_NETWORK_LEVEL,
  NETWORK_APPROACHES,
  NETWORK_KINDS,
  NETWORK_SCOPES,
  NETWORK_STATUSES,
  NETWORK_VISIBILITIES,
} from '../shared/vocabulary.js';

export const networkKind = pgEnum('network_kind', NETWORK_KINDS);
export const networkScope = pgEnum('network_scope', NETWORK_SCOPES);
export const networkApproach = pgEnum('network_approach', NETWORK_APPROACHES);
export const networkStatus = pgEnum('network_status', NETWORK_STATUSES);
export const networkVisibility = pgEnum('network_visibility', NETWORK_VISIBILITIES);
export const erasedTiesChoice = pgEnum('erased_ties_choice', ERASED_TIES_CHOICES);

/** A network: its purpose, shared measurable goal (each in English and Spanish) and where it sits in the typology. */
export const networks = pgTable(
  'networks',
  {
    id: idColumn(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    purpose: text('purpose').notNull().default(''),
    goal: text('goal').notNull().default(''),
    /** `purpose` and `goal` are in English; these in Spanish. Either may be written alone ('' = not written). */
    purposeEs: text('purpose_es').notNull().default(''),
    goalEs: text('goal_es').notNull().default(''),
    kind: networkKind('kind').notNull(),
    level: smallint('level').notNull(),
    scopes: networkScope('scopes')
      .array()
      .notNull()
      .default(sql`'{}'`),
    approach: networkApproach('approach').notNull(),
    ...placeColumns(),
    status: networkStatus('status').notNull().default('active'),
    visibility: networkVisibility('visibility').notNull().default('public'),
    /** Members see the relationship map with names; otherwise theirs is anonymised (privacy rule). */
    namedMapForMembers: boolean('named_map_for_members').notNull().default(false),
    /** When a person is erased, their ties here go to a tombstone or away (personal-data/). */
    erasedTies: erasedTiesChoice('erased_ties').notNull().default('tombstone'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('networks_slug_key').on(t.slug),
    index('networks_name_search_idx').using('gin', sql`${searchable(t.name)} gin_trgm_ops`),
    index('networks_name_order_idx').on(t.name, t.id),
    check(
      'networks_level_range',
      sql`${t.level} between ${sql.raw(String(MIN_NETWORK_LEVEL))} and ${sql.raw(String(MAX_NETWORK_LEVEL))}`,
    ),
    check('networks_slug_format', sql`${t.slug} ~ ${sql.raw(`'${SLUG_PATTERN.source}'`)}`),
  ],
);

/** Networks of networks: a child network belongs to one or more parents. */
export const networkParents = pgTable(
  'network_parents',
  {
    childId: uuid('child_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.childId, t.parentId] }),
    index('network_parents_parent_idx').on(t.parentId),
    check('network_parents_not_self', sql`${t.childId} <> ${t.parentId}`),
  ],
);
