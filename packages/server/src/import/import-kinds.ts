import { z } from 'zod';
import {
  CONTENT_LANGUAGES,
  MEMBERSHIP_ROLES,
  RESOURCE_LICENCES,
  RESOURCE_STAGES,
  RESOURCE_TYPES,
  RESOURCE_VISIBILITIES,
  ORGANISATION_KINDS,
  RELATION_TYPES,
  PERSON_KINDS,
  SCHOOL_SECTORS,
  SCHOOL_STAGES,
  SIZE_BANDS,
} from '../shared/vocabulary.js';
import {
  choiceList,
  languageList,
  optionalBoolean,
  optionalChoice,
  optionalDate,
  optionalEmail,
  optionalPositiveNumber,
  optionalText,
  requiredChoice,
  requiredText,
  tagList,
  textList,
} from './cells.js';

/**
 * The columns of each import file, as zod row schemas keyed by column name; docs/import.md
 * documents the same columns. Columns not in the schema are refused, so that a typo in a header
 * ("municipalty") is caught instead of silently dropping a column.
 */
export const ROW_SCHEMAS = {
  organisations: z.object({
    name: requiredText(),
    kind: requiredChoice(ORGANISATION_KINDS),
    country: optionalText(100),
    region: optionalText(100),
    municipality: optionalText(100),
    stages: choiceList(SCHOOL_STAGES),
    sector: optionalChoice(SCHOOL_SECTORS),
    rural: optionalBoolean(),
    disadvantaged: optionalBoolean(),
    size_band: optionalChoice(SIZE_BANDS),
    national_code: optionalText(50),
  }),
  people: z.object({
    display_name: requiredText(),
    email: optionalEmail(),
    kinds: choiceList(PERSON_KINDS),
    expertise: tagList(),
    // What the person looks for help with; the same limit as a person editing their own profile.
    needs: tagList(10),
    languages: languageList(),
    organisation_code: optionalText(50),
    affiliation_role: optionalText(100),
    affiliation_start: optionalDate(),
  }),
  memberships: z.object({
    network: requiredText(80),
    organisation_code: optionalText(50),
    person_email: optionalEmail(),
    role: optionalChoice(MEMBERSHIP_ROLES).transform((role) => role ?? 'member'),
    start_date: optionalDate(),
    end_date: optionalDate(),
  }),
  ties: z.object({
    network: requiredText(80),
    from_email: optionalEmail(),
    to_email: optionalEmail(),
    to_outside_name: optionalText(200),
    to_outside_organisation: optionalText(200),
    relation: requiredChoice(RELATION_TYPES),
    weight: optionalPositiveNumber().transform((weight) => weight ?? 1),
  }),
  // The bank's resources (issue 12); the same limits as `POST /api/v1/resources`.
  resources: z.object({
    title: requiredText(200),
    summary: optionalText(1000).transform((summary) => summary ?? ''),
    body: optionalText(100_000).transform((body) => body ?? ''),
    language: requiredChoice(CONTENT_LANGUAGES),
    type: requiredChoice(RESOURCE_TYPES),
    stage: choiceList(RESOURCE_STAGES),
    subject: textList(20).transform((subjects) => [...new Set(subjects)]),
    tags: tagList(30),
    licence: requiredChoice(RESOURCE_LICENCES),
    network: optionalText(80),
    author_email: optionalEmail(),
    visibility: optionalChoice(RESOURCE_VISIBILITIES).transform((visibility) => visibility ?? 'public'),
  }),
} as const;

export const IMPORT_KINDS = ['organisations', 'people', 'memberships', 'ties', 'resources'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Columns a file must have (the others may be left out, and then read as empty). */
export const REQUIRED_COLUMNS: Record<ImportKind, readonly string[]> = {
  organisations: ['name', 'kind'],
  people: ['display_name'],
  memberships: ['network'],
  ties: ['network', 'from_email', 'relation'],
  resources: ['title', 'language', 'type', 'stage', 'licence'],
};

export type ImportRow<K extends ImportKind> = z.output<(typeof ROW_SCHEMAS)[K]>;
