import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  numeric,
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
import { contentLanguage } from '../resources/resources.table.js';
import {
  ALL_INQUIRY_PHASES,
  INQUIRY_MODELS,
  INQUIRY_STATUSES,
  INQUIRY_TEAM_ROLES,
  INQUIRY_VISIBILITIES,
  OUTCOME_AREAS,
} from '../shared/vocabulary.js';

export const inquiryModel = pgEnum('inquiry_model', INQUIRY_MODELS);
export const inquiryPhase = pgEnum('inquiry_phase', ALL_INQUIRY_PHASES);
export const inquiryStatus = pgEnum('inquiry_status', INQUIRY_STATUSES);
export const inquiryVisibility = pgEnum('inquiry_visibility', INQUIRY_VISIBILITIES);
export const inquiryTeamRole = pgEnum('inquiry_team_role', INQUIRY_TEAM_ROLES);
export const outcomeArea = pgEnum('outcome_area', OUTCOME_AREAS);

/**
 * An inquiry: a cross-school team's question about its learners, tied to a student outcome, with
 * an aim (what, how much, by when, for whom), in one of two shapes (spiral, improvement).
 */
export const inquiries = pgTable(
  'inquiries',
  {
    id: idColumn(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    /** "What's going on for our learners?" */
    question: text('question').notNull(),
    /** "How do we know?" */
    evidence: text('evidence').notNull().default(''),
    /** "Why does it matter?" */
    rationale: text('rationale').notNull().default(''),
    outcome: outcomeArea('outcome').notNull(),
    aimWhat: text('aim_what').notNull().default(''),
    aimHowMuch: text('aim_how_much').notNull().default(''),
    aimByWhen: date('aim_by_when'),
    aimForWhom: text('aim_for_whom').notNull().default(''),
    model: inquiryModel('model').notNull(),
    phase: inquiryPhase('phase').notNull(),
    status: inquiryStatus('status').notNull().default('active'),
    visibility: inquiryVisibility('visibility').notNull().default('team'),
    language: contentLanguage('language').notNull(),
    /** The IHI score the team confirmed, and their reason when it passes a cap (progress.ts). */
    progressScore: numeric('progress_score', { precision: 2, scale: 1, mode: 'number' }),
    progressReason: text('progress_reason'),
    progressConfirmedAt: timestamp('progress_confirmed_at', { withTimezone: true }),
    createdById: uuid('created_by_id').references(() => people.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    index('inquiries_network_idx').on(t.networkId, t.updatedAt, t.id),
    index('inquiries_title_search_idx').using('gin', sql`${searchable(t.title)} gin_trgm_ops`),
    check(
      'inquiries_progress_score',
      sql`${t.progressScore} is null or (${t.progressScore} between 0.5 and 5 and mod(${t.progressScore} * 2, 1) = 0)`,
    ),
  ],
);

/** The people of an inquiry's team; at least one is its lead. */
export const inquiryPeople = pgTable(
  'inquiry_people',
  {
    inquiryId: uuid('inquiry_id')
      .notNull()
      .references(() => inquiries.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    role: inquiryTeamRole('role').notNull().default('member'),
  },
  (t) => [
    primaryKey({ columns: [t.inquiryId, t.personId] }),
    index('inquiry_people_person_idx').on(t.personId),
  ],
);

/** The schools of an inquiry's team: whose data its measures hold. */
export const inquirySchools = pgTable(
  'inquiry_schools',
  {
    inquiryId: uuid('inquiry_id')
      .notNull()
      .references(() => inquiries.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.inquiryId, t.organisationId] }),
    index('inquiry_schools_organisation_idx').on(t.organisationId),
  ],
);

/** When the team entered each phase (and left it): the inquiry's timeline. */
export const inquiryPhases = pgTable(
  'inquiry_phases',
  {
    inquiryId: uuid('inquiry_id')
      .notNull()
      .references(() => inquiries.id, { onDelete: 'cascade' }),
    phase: inquiryPhase('phase').notNull(),
    startedOn: date('started_on').notNull(),
    endedOn: date('ended_on'),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.inquiryId, t.phase] }),
    check('inquiry_phases_dates', sql`${t.endedOn} is null or ${t.endedOn} >= ${t.startedOn}`),
  ],
);
