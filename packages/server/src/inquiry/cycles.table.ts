import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from '../db/columns.js';
import { organisations } from '../organisations/organisations.table.js';
import { people } from '../people/people.table.js';
import { practices } from '../practices/practices.table.js';
import { resources } from '../resources/resources.table.js';
import { DRIVER_LEVELS, PDSA_DECISIONS, PDSA_PURPOSES } from '../shared/vocabulary.js';
import { inquiries } from './inquiries.table.js';

export const driverLevel = pgEnum('driver_level', DRIVER_LEVELS);
export const pdsaPurpose = pgEnum('pdsa_purpose', PDSA_PURPOSES);
export const pdsaDecision = pgEnum('pdsa_decision', PDSA_DECISIONS);

/**
 * A driver of the aim: a primary driver (parent null) or a secondary one under a primary. The aim
 * itself is the inquiry's; change ideas hang from any drivers (changeIdeaDrivers).
 */
export const drivers = pgTable(
  'drivers',
  {
    id: idColumn(),
    inquiryId: uuid('inquiry_id')
      .notNull()
      .references(() => inquiries.id, { onDelete: 'cascade' }),
    level: driverLevel('level').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => drivers.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    index('drivers_inquiry_idx').on(t.inquiryId, t.position),
    check(
      'drivers_parent_by_level',
      sql`(${t.level} = 'primary' and ${t.parentId} is null) or (${t.level} = 'secondary' and ${t.parentId} is not null)`,
    ),
  ],
);

/** A change idea: what the team will try, linked to the drivers it acts on and the bank's resources and practices. */
export const changeIdeas = pgTable(
  'change_ideas',
  {
    id: idColumn(),
    inquiryId: uuid('inquiry_id')
      .notNull()
      .references(() => inquiries.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('change_ideas_inquiry_idx').on(t.inquiryId, t.position)],
);

export const changeIdeaDrivers = pgTable(
  'change_idea_drivers',
  {
    changeIdeaId: uuid('change_idea_id')
      .notNull()
      .references(() => changeIdeas.id, { onDelete: 'cascade' }),
    driverId: uuid('driver_id')
      .notNull()
      .references(() => drivers.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.changeIdeaId, t.driverId] }),
    index('change_idea_drivers_driver_idx').on(t.driverId),
  ],
);

export const changeIdeaResources = pgTable(
  'change_idea_resources',
  {
    changeIdeaId: uuid('change_idea_id')
      .notNull()
      .references(() => changeIdeas.id, { onDelete: 'cascade' }),
    resourceId: uuid('resource_id')
      .notNull()
      .references(() => resources.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.changeIdeaId, t.resourceId] }),
    index('change_idea_resources_resource_idx').on(t.resourceId),
  ],
);

export const changeIdeaPractices = pgTable(
  'change_idea_practices',
  {
    changeIdeaId: uuid('change_idea_id')
      .notNull()
      .references(() => changeIdeas.id, { onDelete: 'cascade' }),
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.changeIdeaId, t.practiceId] }),
    index('change_idea_practices_practice_idx').on(t.practiceId),
  ],
);

/**
 * A Plan–Do–Study–Act cycle testing a change idea: its purpose, plan for data, what happened, the
 * comparison with the predictions, and the decision. Cycles under one idea follow each other.
 */
export const pdsaCycles = pgTable(
  'pdsa_cycles',
  {
    id: idColumn(),
    // `no action`, checked at the end of the statement: a change idea with cycles cannot be
    // deleted on its own, but deleting the inquiry takes both (RESTRICT would refuse that too).
    changeIdeaId: uuid('change_idea_id')
      .notNull()
      .references(() => changeIdeas.id, { onDelete: 'no action' }),
    inquiryId: uuid('inquiry_id')
      .notNull()
      .references(() => inquiries.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    purpose: pdsaPurpose('purpose').notNull(),
    plan: text('plan').notNull().default(''),
    dataPlan: text('data_plan').notNull().default(''),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    /** Do: what happened. */
    observations: text('observations').notNull().default(''),
    /** Study: the results beside the predictions. */
    comparison: text('comparison').notNull().default(''),
    /** Act: the decision, with what comes next. */
    decision: pdsaDecision('decision'),
    decisionNote: text('decision_note').notNull().default(''),
    createdById: uuid('created_by_id').references(() => people.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    index('pdsa_cycles_inquiry_idx').on(t.inquiryId, t.startsOn),
    index('pdsa_cycles_change_idea_idx').on(t.changeIdeaId, t.startsOn),
    check('pdsa_cycles_dates', sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);

/** The team's schools a cycle ran in: what "tested in how many schools" counts. */
export const pdsaCycleSchools = pgTable(
  'pdsa_cycle_schools',
  {
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => pdsaCycles.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.cycleId, t.organisationId] }),
    index('pdsa_cycle_schools_organisation_idx').on(t.organisationId),
  ],
);

/** A question the cycle asks, the team's prediction before it, and the result after. */
export const pdsaQuestions = pgTable(
  'pdsa_questions',
  {
    id: idColumn(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => pdsaCycles.id, { onDelete: 'cascade' }),
    question: text('question').notNull(),
    prediction: text('prediction').notNull(),
    result: text('result').notNull().default(''),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('pdsa_questions_cycle_idx').on(t.cycleId, t.position)],
);
