import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, searchable, timestamps } from '../db/columns.js';
import { networks } from '../networks/networks.table.js';
import { organisations } from '../organisations/organisations.table.js';
import { people } from '../people/people.table.js';
import {
  CONTENT_LANGUAGES,
  RESOURCE_LICENCES,
  RESOURCE_STAGES,
  RESOURCE_TYPES,
  RESOURCE_VISIBILITIES,
} from '../shared/vocabulary.js';

export const resourceType = pgEnum('resource_type', RESOURCE_TYPES);
export const resourceStage = pgEnum('resource_stage', RESOURCE_STAGES);
export const resourceLicence = pgEnum('resource_licence', RESOURCE_LICENCES);
export const resourceVisibility = pgEnum('resource_visibility', RESOURCE_VISIBILITIES);
export const contentLanguage = pgEnum('content_language', CONTENT_LANGUAGES);

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * The weighted lexemes of one configuration: title A, summary B, body, subjects and tags C.
 * Column names are written bare because a generated column's expression may not qualify them.
 */
const weighted = (config: string) => {
  const words = (expression: string, weight: string) =>
    `setweight(to_tsvector('${config}'::regconfig, ${expression}), '${weight}')`;
  return [
    words('title', 'A'),
    words('summary', 'B'),
    words('body', 'C'),
    words('trellis_join_words(subjects)', 'C'),
    words('trellis_join_words(tags)', 'C'),
  ].join(' || ');
};

/**
 * Spanish rows carry both `spanish` (the stems of accented words) and `trellis_es` (accents folded
 * first), so a query typed with or without accents finds them (drizzle/0013). The language is
 * compared to an enum literal: casting the enum to text is not immutable, and a generated column
 * must be.
 */
const searchDocument = sql.raw(
  `case when language = 'es'::content_language then ${weighted('spanish')} || ${weighted('trellis_es')} else ${weighted('trellis_en')} end`,
);

/**
 * A resource of the knowledge bank: a card, plan, project, protocol, programme, lesson or toolkit
 * that a network's people share. The row holds the current version; every edit also writes a
 * `resource_versions` row, so the history is complete.
 */
export const resources = pgTable(
  'resources',
  {
    id: idColumn(),
    type: resourceType('type').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    /** Markdown; rendered with sanitisation, never trusted as HTML. */
    body: text('body').notNull().default(''),
    language: contentLanguage('language').notNull(),
    stages: resourceStage('stages')
      .array()
      .notNull()
      .default(sql`'{}'`),
    subjects: text('subjects')
      .array()
      .notNull()
      .default(sql`'{}'`),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'`),
    licence: resourceLicence('licence').notNull(),
    visibility: resourceVisibility('visibility').notNull().default('draft'),
    /** The network it is shared with (members see `network` resources); null for a personal one. */
    networkId: uuid('network_id').references(() => networks.id, { onDelete: 'set null' }),
    /** The organisation the authors wrote it at, credited beside them. */
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    /** The resource this one adapts (schema.org isBasedOn); its credit travels with the adaptation. */
    basedOnId: uuid('based_on_id').references((): AnyPgColumn => resources.id, {
      onDelete: 'set null',
    }),
    /** The number of the current version, 1 for a new resource. */
    version: integer('version').notNull().default(1),
    createdById: uuid('created_by_id').references(() => people.id, { onDelete: 'set null' }),
    ...timestamps(),
    /** Full-text search document, kept by PostgreSQL itself (resources/resources.search.ts). */
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(() => searchDocument),
    /**
     * The title lower-cased and accent-free, for typo tolerance. Stored, not only indexed: the
     * trigram index's recheck and the word similarity read it instead of unaccenting every
     * candidate title again, which was most of a typo search's time (docs/benchmarks.md).
     */
    titleFolded: text('title_folded')
      .notNull()
      .generatedAlwaysAs(() => searchable(sql.raw('title'))),
  },
  (t) => [
    index('resources_search_idx').using('gin', t.search),
    // Typo tolerance: word similarity of a query to the accent-free, lower-cased title.
    index('resources_title_folded_idx').using('gin', sql`${t.titleFolded} gin_trgm_ops`),
    index('resources_network_idx').on(t.networkId),
    index('resources_based_on_idx').on(t.basedOnId),
    index('resources_updated_idx').on(t.updatedAt, t.id),
  ],
);

/** The people credited as a resource's authors, in the order they are named. */
export const resourceAuthors = pgTable(
  'resource_authors',
  {
    resourceId: uuid('resource_id')
      .notNull()
      .references(() => resources.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.resourceId, t.personId] }),
    index('resource_authors_person_idx').on(t.personId),
  ],
);

/** Every version of a resource as it was saved, and who saved it. */
export const resourceVersions = pgTable(
  'resource_versions',
  {
    resourceId: uuid('resource_id')
      .notNull()
      .references(() => resources.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /** The resource's fields as they were (title, summary, body, metadata). */
    content: jsonb('content').notNull(),
    /** A short note of what changed, written by the editor. */
    note: text('note').notNull().default(''),
    editedById: uuid('edited_by_id').references(() => people.id, { onDelete: 'set null' }),
    editedAt: timestamp('edited_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.resourceId, t.version] })],
);
