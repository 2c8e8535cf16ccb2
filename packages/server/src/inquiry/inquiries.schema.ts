import { z } from '@hono/zod-openapi';
import { PageQuery } from '../shared/pagination.js';
import { refinement } from '../shared/text.js';
import {
  ALL_INQUIRY_PHASES,
  CONTENT_LANGUAGES,
  INQUIRY_MODELS,
  INQUIRY_PHASES,
  INQUIRY_STATUSES,
  INQUIRY_TEAM_ROLES,
  INQUIRY_VISIBILITIES,
  OUTCOME_AREAS,
  PROGRESS_SCORES,
} from '../shared/vocabulary.js';
import { inquiryTexts as texts } from './inquiry.texts.js';

export const IsoDate = z.iso.date().openapi({ example: '2026-01-12' });
export const Named = z.object({ id: z.uuid(), name: z.string() });
const NetworkRef = z.object({ id: z.uuid(), slug: z.string(), name: z.string() });
const longText = (max = 4000) => z.string().trim().max(max);
/** No item twice (by `key`): the refinement every list of ids and keys in the inquiry domain uses. */
export const distinct = <T>(list: T[], key: (item: T) => unknown = (item) => item) =>
  new Set(list.map(key)).size === list.length;

/** The aim: what, how much, by when, for whom (the Model for Improvement's three questions start here). */
const Aim = z
  .object({
    what: longText(500),
    howMuch: longText(200).openapi({ description: 'How much: "from 60% to 75%".' }),
    byWhen: IsoDate.nullable(),
    forWhom: longText(300),
  })
  .openapi('InquiryAim');

const InquiryFields = z.object({
  title: z.string().trim().min(2).max(200),
  question: z.string().trim().min(2).max(2000).openapi({ description: 'What’s going on for our learners?' }),
  evidence: longText().openapi({ description: 'How do we know?' }),
  rationale: longText().openapi({ description: 'Why does it matter?' }),
  outcome: z.enum(OUTCOME_AREAS).openapi({ description: 'The student outcome the question is tied to.' }),
  aim: Aim,
  model: z.enum(INQUIRY_MODELS),
  phase: z.enum(ALL_INQUIRY_PHASES).openapi({ description: 'The phase the team is in (of its model).' }),
  status: z.enum(INQUIRY_STATUSES),
  visibility: z.enum(INQUIRY_VISIBILITIES).openapi({
    description: '`team`: the team, coordinators and evaluators; `network`: everyone in the network too.',
  }),
  language: z.enum(CONTENT_LANGUAGES),
});

const phaseOfModel = (body: { model?: string; phase?: string }) =>
  body.model === undefined ||
  body.phase === undefined ||
  (INQUIRY_PHASES[body.model as keyof typeof INQUIRY_PHASES] as readonly string[]).includes(body.phase);

export const TeamPersonInput = z.object({ personId: z.uuid(), role: z.enum(INQUIRY_TEAM_ROLES) });

export const CreateInquiryBody = InquiryFields.extend({
  networkId: z.uuid(),
  schoolIds: z
    .array(z.uuid())
    .min(1)
    .max(30)
    .refine((ids) => distinct(ids), refinement(texts.onceEach))
    .openapi({ description: 'The team’s schools (the network’s member organisations).' }),
  people: z
    .array(TeamPersonInput)
    .max(60)
    .refine((list) => distinct(list, (item) => item.personId), refinement(texts.onceEach))
    .openapi({ description: 'The team besides the caller, who joins as a lead.' }),
})
  .partial({ evidence: true, rationale: true, status: true, visibility: true, people: true, phase: true })
  .strict()
  .refine(phaseOfModel, { ...refinement(texts.phaseOfModel), path: ['phase'] })
  .openapi('CreateInquiry');
export type CreateInquiryInput = z.infer<typeof CreateInquiryBody>;

export const UpdateInquiryBody = InquiryFields.partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, refinement(texts.nothingToChange))
  .openapi('UpdateInquiry');
export type UpdateInquiryInput = z.infer<typeof UpdateInquiryBody>;

export const TeamBody = z
  .object({
    people: z
      .array(TeamPersonInput)
      .min(1)
      .max(60)
      .refine((list) => distinct(list, (item) => item.personId), refinement(texts.onceEach))
      .refine((list) => list.some((item) => item.role === 'lead'), refinement(texts.oneLead)),
    schoolIds: z
      .array(z.uuid())
      .min(1)
      .max(30)
      .refine((ids) => distinct(ids), refinement(texts.onceEach)),
  })
  .strict()
  .openapi('InquiryTeamChange');
export type TeamInput = z.infer<typeof TeamBody>;

/** The phases timeline, as corrected by the team (entering a phase records it by itself). */
export const PhasesBody = z
  .object({
    phases: z
      .array(
        z
          .object({ phase: z.enum(ALL_INQUIRY_PHASES), startedOn: IsoDate, endedOn: IsoDate.nullable() })
          .refine((p) => p.endedOn === null || p.endedOn >= p.startedOn, {
            ...refinement(texts.endsAfterStart),
            path: ['endedOn'],
          }),
      )
      .max(12)
      .refine((list) => distinct(list, (item) => item.phase), refinement(texts.onceEach)),
  })
  .strict()
  .openapi('InquiryPhasesChange');
export type PhasesInput = z.infer<typeof PhasesBody>;

export const ProgressBody = z
  .object({
    score: z
      .number()
      .refine((score) => (PROGRESS_SCORES as readonly number[]).includes(score))
      .openapi({ description: 'IHI 0.5–5 in half steps.', example: 2.5 }),
    reason: z
      .string()
      .trim()
      .max(2000)
      .optional()
      .openapi({ description: 'Required when the score passes what the data support.' }),
  })
  .strict()
  .openapi('InquiryProgressChange');
export type ProgressInput = z.infer<typeof ProgressBody>;

export const InquiryListQuery = PageQuery.extend({
  network: z.string().min(1).max(80).optional().openapi({ description: 'A network’s id or slug.' }),
  status: z.enum(INQUIRY_STATUSES).optional(),
  outcome: z.enum(OUTCOME_AREAS).optional(),
  school: z.uuid().optional().openapi({ description: 'Inquiries with this school in the team.' }),
  mine: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ description: '`true`: only inquiries whose team the caller is in.' }),
  q: z.string().trim().min(1).max(200).optional().openapi({ description: 'Words of the title or question.' }),
});
export type InquiryListFilters = z.infer<typeof InquiryListQuery>;

/** The proposed score, its caps, and what the team confirmed (inquiry/progress.ts). */
const Progress = z
  .object({
    proposed: z.number().openapi({ description: 'What the data suggest, on the IHI scale.' }),
    cap: z.number().openapi({ description: 'The highest score the data support without a reason.' }),
    capReason: z.enum(['no_target_data', 'no_better_signal']).nullable().openapi({
      description: 'Why the cap is below 5: no measure with a target has data, or no better signal.',
    }),
    confirmed: z.number().nullable(),
    reason: z.string().nullable().openapi({ description: 'The team’s reason for passing the cap, shown.' }),
    confirmedAt: z.string().nullable(),
  })
  .openapi('InquiryProgress');

export const InquirySummary = z
  .object({
    id: z.uuid(),
    title: z.string(),
    question: z.string(),
    outcome: z.enum(OUTCOME_AREAS),
    model: z.enum(INQUIRY_MODELS),
    phase: z.enum(ALL_INQUIRY_PHASES),
    status: z.enum(INQUIRY_STATUSES),
    visibility: z.enum(INQUIRY_VISIBILITIES),
    language: z.enum(CONTENT_LANGUAGES),
    network: NetworkRef,
    schools: z.array(Named),
    teamSize: z.number().int(),
    cycleCount: z.number().int(),
    measureCount: z.number().int(),
    progressScore: z
      .number()
      .nullable()
      .openapi({ description: 'The confirmed IHI score, when there is one.' }),
    updatedAt: z.string(),
  })
  .openapi('InquirySummary');

export const InquiryDetail = InquirySummary.extend({
  evidence: z.string(),
  rationale: z.string(),
  aim: Aim,
  team: z.array(z.object({ id: z.uuid(), displayName: z.string(), role: z.enum(INQUIRY_TEAM_ROLES) })),
  phases: z.array(
    z.object({ phase: z.enum(ALL_INQUIRY_PHASES), startedOn: IsoDate, endedOn: IsoDate.nullable() }),
  ),
  progress: Progress,
  createdBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  permissions: z.object({ edit: z.boolean(), manage: z.boolean() }),
  createdAt: z.string(),
}).openapi('Inquiry');
export type InquiryView = z.infer<typeof InquiryDetail>;
