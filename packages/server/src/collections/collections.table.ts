import { index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from '../db/columns.js';
import { networks } from '../networks/networks.table.js';
import { people } from '../people/people.table.js';
import { resources } from '../resources/resources.table.js';

/**
 * A collection a network's coordinators curate from the knowledge bank ("Starter kit for the
 * transitions network"). Written content is bilingual as surveys' is: `title` and `description`
 * in English or in the only language written, `titleEs` and `descriptionEs` the Spanish version
 * (readers see theirs, falling back to the other). The creator is kept as a person, and set to
 * null when they are erased: the collection stays the network's.
 */
export const collections = pgTable(
  'collections',
  {
    id: idColumn(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    titleEs: text('title_es'),
    description: text('description').notNull().default(''),
    descriptionEs: text('description_es'),
    createdById: uuid('created_by_id').references(() => people.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [index('collections_network_idx').on(t.networkId, t.updatedAt, t.id)],
);

/** The resources of a collection, in the curator's order. */
export const collectionItems = pgTable(
  'collection_items',
  {
    collectionId: uuid('collection_id')
      .notNull()
      .references(() => collections.id, { onDelete: 'cascade' }),
    resourceId: uuid('resource_id')
      .notNull()
      .references(() => resources.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.collectionId, t.resourceId] }),
    index('collection_items_resource_idx').on(t.resourceId),
  ],
);
