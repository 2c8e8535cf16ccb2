import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from '../db/columns.js';
import { organisations } from '../organisations/organisations.table.js';
import { people } from '../people/people.table.js';
import {
  MEASURE_DIRECTIONS,
  MEASURE_KINDS,
  MEASURE_POPULATIONS,
  MEASURE_TYPES,
} from '../shared/vocabulary.js';
import { changeIdeas, pdsaCycles } from './cycles.table.js';
import { inquiries } from './inquiries.table.js';

export const measureKind = pgEnum('measure_kind', MEASURE_KINDS);
export const measureType = pgEnum('measure_type', MEASURE_TYPES);
export const measureDirection = pgEnum('measure_direction', MEASURE_DIRECTIONS);
export const measurePopulation = pgEnum('measure_population', MEASURE_POPULATIONS);

/**
 * A measure of an inquiry: outcome, process or balancing; a value or a proportion per period and
 * per school; the direction that is better, and a target when the aim gives one.
 */
export const measures = pgTable(
  'measures',
  {
    id: idColumn(),
    inquiryId: uuid('inquiry_id')
      .notNull()
      .references(() => inquiries.id, { onDelete: 'cascade' }),
    /** The change idea a process measure follows, when it follows one. */
    changeIdeaId: uuid('change_idea_id').references(() => changeIdeas.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    definition: text('definition').notNull().default(''),
    kind: measureKind('kind').notNull(),
    type: measureType('type').notNull(),
    direction: measureDirection('direction').notNull(),
    population: measurePopulation('population').notNull(),
    unit: text('unit').notNull().default(''),
    target: doublePrecision('target'),
    /**
     * The last period of the frozen baseline: centre and limits come from the points up to it and
     * are carried forward until the first confirmed change (measurePhases). Null: no freeze.
     */
    baselineEndsOn: date('baseline_ends_on'),
    position: integer('position').notNull().default(0),
    ...timestamps(),
  },
  (t) => [index('measures_inquiry_idx').on(t.inquiryId, t.position)],
);

/** One school's figure for one period (the period's first day): a value, or numerator/denominator. */
export const measurePoints = pgTable(
  'measure_points',
  {
    id: idColumn(),
    measureId: uuid('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    period: date('period').notNull(),
    value: doublePrecision('value'),
    numerator: integer('numerator'),
    denominator: integer('denominator'),
    note: text('note').notNull().default(''),
    enteredById: uuid('entered_by_id').references(() => people.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('measure_points_series_key').on(t.measureId, t.schoolId, t.period),
    check(
      'measure_points_value_or_fraction',
      sql`(${t.value} is not null and ${t.numerator} is null and ${t.denominator} is null)
        or (${t.value} is null and ${t.numerator} >= 0 and ${t.denominator} > 0 and ${t.numerator} <= ${t.denominator})`,
    ),
  ],
);

/** A note on a measure's chart at a period: most often when a change was tested (a cycle). */
export const measureAnnotations = pgTable(
  'measure_annotations',
  {
    id: idColumn(),
    measureId: uuid('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    period: date('period').notNull(),
    text: text('text').notNull(),
    cycleId: uuid('cycle_id').references(() => pdsaCycles.id, { onDelete: 'set null' }),
    createdById: uuid('created_by_id').references(() => people.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [index('measure_annotations_measure_idx').on(t.measureId, t.period)],
);

/**
 * A change the team confirmed on a measure's chart: from `startsOn`, centre and limits are
 * recomputed from the points of this phase alone.
 */
export const measurePhases = pgTable(
  'measure_phases',
  {
    id: idColumn(),
    measureId: uuid('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    startsOn: date('starts_on').notNull(),
    label: text('label').notNull(),
    cycleId: uuid('cycle_id').references(() => pdsaCycles.id, { onDelete: 'set null' }),
    confirmedById: uuid('confirmed_by_id').references(() => people.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [uniqueIndex('measure_phases_start_key').on(t.measureId, t.startsOn)],
);

/**
 * What one school's series of a measure shows, kept by every write to its points or phases
 * (series.ts): the roll-up and evidence from use read these rows instead of re-running
 * the rules over every point of a network (docs/inquiry.md, "Why a summary per series").
 */
export const measureSeries = pgTable(
  'measure_series',
  {
    measureId: uuid('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    points: integer('points').notNull(),
    firstPeriod: date('first_period').notNull(),
    lastPeriod: date('last_period').notNull(),
    /** A signal in the better / worse direction on the run or SPC chart of the latest phase. */
    better: boolean('better').notNull(),
    worse: boolean('worse').notNull(),
    /** Enough useful points for the runs rules (MIN_USEFUL_POINTS). */
    judged: boolean('judged').notNull(),
    /** The last points as [period, value] pairs, for the small multiples. */
    recent: jsonb('recent').$type<[string, number][]>().notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.measureId, t.schoolId] }),
    index('measure_series_school_idx').on(t.schoolId),
  ],
);
