import { sql } from 'drizzle-orm';
import { boolean, index, pgEnum, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { idColumn, placeColumns, searchable, timestamps } from '../db/columns.js';
import { ORGANISATION_KINDS, SCHOOL_SECTORS, SCHOOL_STAGES, SIZE_BANDS } from '../shared/vocabulary.js';

export const organisationKind = pgEnum('organisation_kind', ORGANISATION_KINDS);
export const schoolStage = pgEnum('school_stage', SCHOOL_STAGES);
export const schoolSector = pgEnum('school_sector', SCHOOL_SECTORS);
export const sizeBand = pgEnum('size_band', SIZE_BANDS);

/** Schools, universities, NGOs, local services, family associations, teacher centres and authorities. */
export const organisations = pgTable(
  'organisations',
  {
    id: idColumn(),
    name: text('name').notNull(),
    kind: organisationKind('kind').notNull(),
    ...placeColumns(),
    // School-only facts; null for other kinds.
    stages: schoolStage('stages')
      .array()
      .notNull()
      .default(sql`'{}'`),
    sector: schoolSector('sector'),
    rural: boolean('rural'),
    disadvantaged: boolean('disadvantaged'),
    sizeBand: sizeBand('size_band'),
    nationalCode: text('national_code'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('organisations_national_code_key').on(t.nationalCode),
    index('organisations_kind_idx').on(t.kind),
    index('organisations_region_idx').on(t.region, t.municipality),
    index('organisations_name_search_idx').using('gin', sql`${searchable(t.name)} gin_trgm_ops`),
    index('organisations_name_order_idx').on(t.name, t.id),
  ],
);
