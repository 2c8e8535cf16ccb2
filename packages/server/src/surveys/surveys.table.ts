import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from '../db/columns.js';
import { membershipRole } from '../memberships/memberships.table.js';
import { networks } from '../networks/networks.table.js';
import { organisations } from '../organisations/organisations.table.js';
import { people } from '../people/people.table.js';
import {
  RELATION_TYPES,
  RESPONDENT_CHOICES,
  RESPONSE_STATUSES,
  SURVEY_STATUSES,
  WAVE_STATUSES,
} from '../shared/vocabulary.js';

export const relationType = pgEnum('relation_type', RELATION_TYPES);
export const surveyStatus = pgEnum('survey_status', SURVEY_STATUSES);
export const waveStatus = pgEnum('wave_status', WAVE_STATUSES);
export const responseStatus = pgEnum('response_status', RESPONSE_STATUSES);
export const respondentChoice = pgEnum('respondent_choice', RESPONDENT_CHOICES);

/**
 * A relationship survey of one network: its name-generator questions are asked in waves. `title`
 * is the title in English, or in the only language it was written in; `titleEs` its Spanish
 * version (readers see theirs, falling back to the other).
 */
export const surveys = pgTable(
  'surveys',
  {
    id: idColumn(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    titleEs: text('title_es'),
    status: surveyStatus('status').notNull().default('draft'),
    createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [index('surveys_network_idx').on(t.networkId)],
);

/**
 * One name-generator question: the relation it maps, its prompt in both languages, how many
 * people one may name, and an optional frequency scale (labels, lowest first) to rate each tie:
 * `frequencyScale` in English (or the only language written), `frequencyScaleEs` the same points
 * in Spanish.
 */
export const surveyQuestions = pgTable(
  'survey_questions',
  {
    id: idColumn(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    relation: relationType('relation').notNull(),
    promptEn: text('prompt_en').notNull(),
    promptEs: text('prompt_es').notNull(),
    maxNominations: smallint('max_nominations').notNull(),
    frequencyScale: text('frequency_scale').array(),
    frequencyScaleEs: text('frequency_scale_es').array(),
  },
  (t) => [
    uniqueIndex('survey_questions_position_key').on(t.surveyId, t.position),
    check('survey_questions_max_nominations', sql`${t.maxNominations} between 1 and 50`),
  ],
);

/**
 * A wave: one round of the survey between two dates; closing it turns answers into ties.
 * `respondents` is who is asked, a rule read at each use among the network's current
 * respondents (docs/relationship-mapping.md, "Who is asked"): everyone, the staff of chosen
 * organisations or the people listed (survey_wave_targets), or members in chosen roles
 * (`respondentRoles`).
 */
export const surveyWaves = pgTable(
  'survey_waves',
  {
    id: idColumn(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    number: smallint('number').notNull(),
    opensOn: date('opens_on').notNull(),
    closesOn: date('closes_on').notNull(),
    status: waveStatus('status').notNull().default('open'),
    respondents: respondentChoice('respondents').notNull().default('everyone'),
    respondentRoles: membershipRole('respondent_roles').array(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by').references(() => people.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('survey_waves_number_key').on(t.surveyId, t.number),
    // One open wave per survey at a time: members answer "the" survey.
    uniqueIndex('survey_waves_one_open_key')
      .on(t.surveyId)
      .where(sql`${t.status} = 'open'`),
    check('survey_waves_dates_ordered', sql`${t.closesOn} >= ${t.opensOn}`),
  ],
);

/** The organisations or people a wave asks, when it asks chosen ones (`survey_waves.respondents`). */
export const surveyWaveTargets = pgTable(
  'survey_wave_targets',
  {
    id: idColumn(),
    waveId: uuid('wave_id')
      .notNull()
      .references(() => surveyWaves.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'cascade' }),
  },
  (t) => [
    check('survey_wave_targets_one', sql`(${t.organisationId} is null) <> (${t.personId} is null)`),
    uniqueIndex('survey_wave_targets_organisation_key')
      .on(t.waveId, t.organisationId)
      .where(sql`${t.organisationId} is not null`),
    uniqueIndex('survey_wave_targets_person_key')
      .on(t.waveId, t.personId)
      .where(sql`${t.personId} is not null`),
  ],
);

/** One person's answers to one wave; a draft until submitted. */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: idColumn(),
    waveId: uuid('wave_id')
      .notNull()
      .references(() => surveyWaves.id, { onDelete: 'cascade' }),
    respondentId: uuid('respondent_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    status: responseStatus('status').notNull().default('draft'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [uniqueIndex('survey_responses_respondent_key').on(t.waveId, t.respondentId)],
);

/**
 * A person named in answer to a question: someone in Trellis, or someone outside it given by
 * name and organisation (an 'outward' tie); `frequency` is a position on the question's scale.
 */
export const surveyNominations = pgTable(
  'survey_nominations',
  {
    id: idColumn(),
    responseId: uuid('response_id')
      .notNull()
      .references(() => surveyResponses.id, { onDelete: 'cascade' }),
    questionId: uuid('question_id')
      .notNull()
      .references(() => surveyQuestions.id, { onDelete: 'cascade' }),
    nomineeId: uuid('nominee_id').references(() => people.id, { onDelete: 'cascade' }),
    outsideName: text('outside_name'),
    outsideOrganisation: text('outside_organisation'),
    frequency: smallint('frequency'),
  },
  (t) => [
    check('survey_nominations_one_nominee', sql`(${t.nomineeId} is null) <> (${t.outsideName} is null)`),
    uniqueIndex('survey_nominations_person_key')
      .on(t.responseId, t.questionId, t.nomineeId)
      .where(sql`${t.nomineeId} is not null`),
    index('survey_nominations_response_idx').on(t.responseId),
  ],
);

/**
 * A reminder to someone who has not yet submitted a wave: shown to them in Trellis until they
 * answer (and the reason an evaluator can see who was reminded when).
 */
export const surveyReminders = pgTable(
  'survey_reminders',
  {
    id: idColumn(),
    waveId: uuid('wave_id')
      .notNull()
      .references(() => surveyWaves.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    sentBy: uuid('sent_by').references(() => people.id, { onDelete: 'set null' }),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('survey_reminders_person_idx').on(t.personId, t.sentAt),
    index('survey_reminders_wave_idx').on(t.waveId, t.sentAt),
  ],
);
