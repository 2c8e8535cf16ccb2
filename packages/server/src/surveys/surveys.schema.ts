import { z } from '@hono/zod-openapi';
import {
  ANALYSIS_LEVELS,
  MEMBERSHIP_ROLES,
  RELATION_TYPES,
  RESPONDENT_CHOICES,
  RESPONSE_STATUSES,
  SURVEY_STATUSES,
  WAVE_STATUSES,
} from '../shared/vocabulary.js';

const IsoDate = z.iso.date().openapi({ example: '2026-10-01' });

export const QuestionInput = z
  .object({
    relation: z.enum(RELATION_TYPES),
    promptEn: z
      .string()
      .trim()
      .min(5)
      .max(500)
      .openapi({ example: 'Whom do you go to for advice about teaching?' }),
    promptEs: z
      .string()
      .trim()
      .min(5)
      .max(500)
      .openapi({ example: '¿A quién acudes para pedir consejo sobre la enseñanza?' }),
    maxNominations: z.number().int().min(1).max(50),
    frequencyScale: z.array(z.string().trim().min(1).max(60)).min(2).max(7).nullable().default(null).openapi({
      description:
        'Labels from least to most often, in English (or the only language written), e.g. ["Yearly", "Monthly", "Weekly", "Daily"]; null for none.',
    }),
    frequencyScaleEs: z.array(z.string().trim().min(1).max(60)).max(7).nullable().default(null).openapi({
      description:
        'The same points in Spanish, as many as `frequencyScale`; null when the scale has one language only (readers then see it).',
    }),
  })
  .strict()
  .openapi('SurveyQuestionInput');

/** Who a wave asks (docs/relationship-mapping.md, "Who is asked"). */
export const RespondentsInput = z
  .discriminatedUnion('choice', [
    z.object({ choice: z.literal('everyone') }).strict(),
    z.object({ choice: z.literal('organisations'), organisationIds: z.array(z.uuid()).max(500) }).strict(),
    z.object({ choice: z.literal('roles'), roles: z.array(z.enum(MEMBERSHIP_ROLES)).max(7) }).strict(),
    z.object({ choice: z.literal('people'), personIds: z.array(z.uuid()).max(5000) }).strict(),
  ])
  .openapi('WaveRespondentsInput', {
    description:
      'Everyone who answers the network’s surveys, the staff of chosen organisations, members in chosen roles, or a list of people; read among the network’s current respondents.',
  });

export const OpenWaveBody = z
  .object({
    opensOn: IsoDate,
    closesOn: IsoDate.openapi({ description: 'On or after `opensOn`.' }),
    respondents: RespondentsInput.default({ choice: 'everyone' }),
  })
  .strict()
  .openapi('OpenWave');

export const CreateSurveyBody = z
  .object({
    title: z.string().trim().min(3).max(200).optional().openapi({
      description: 'The title in English, or in the only language it is written in; this or `titleEs`.',
    }),
    titleEs: z.string().trim().min(3).max(200).nullable().optional().openapi({
      description: 'The title in Spanish.',
    }),
    questions: z.array(QuestionInput).min(1).max(10),
    wave: OpenWaveBody.optional().openapi({
      description: 'The first wave, opened with the survey in one transaction: both or neither are saved.',
    }),
  })
  .strict()
  .openapi('CreateSurvey');

export const RespondentsPreview = z
  .object({ asked: z.int().openapi({ description: 'How many people the wave would ask today.' }) })
  .openapi('WaveRespondentsPreview');

export const RespondentOptionsQuery = z.object({
  kind: z.enum(['person', 'organisation']),
  q: z.string().trim().min(2).max(100),
  limit: z.coerce.number().int().min(1).max(25).default(10),
});

export const RespondentOptionList = z
  .object({
    items: z.array(z.object({ id: z.uuid(), name: z.string(), detail: z.string() })),
  })
  .openapi('WaveRespondentOptions');

export const ANSWERING_STATES = ['not_yet_open', 'open', 'past_closing_date', 'closed'] as const;

/** New dates for an open wave: to open it earlier or later, or to extend it. */
export const UpdateWaveBody = z
  .object({ opensOn: IsoDate, closesOn: IsoDate })
  .partial()
  .strict()
  .openapi('UpdateWave', {
    description: 'At least one date; the closing date is never before the opening date.',
  });

/** Someone named: a person in Trellis by id, or someone outside it by name and organisation. */
export const Nominee = z.union([
  z.object({ personId: z.uuid() }).strict(),
  z
    .object({
      outside: z
        .object({
          name: z.string().trim().min(2).max(200),
          organisation: z.string().trim().max(200).default(''),
        })
        .strict(),
    })
    .strict(),
]);

export const NominationInput = z
  .object({ questionId: z.uuid(), frequency: z.number().int().min(0).max(6).nullable().default(null) })
  .and(Nominee)
  .openapi('NominationInput');

export const SaveResponseBody = z
  .object({
    nominations: z.array(NominationInput).max(200),
    submit: z.boolean().default(false).openapi({ description: 'Submit the answers; false saves a draft.' }),
  })
  .strict()
  .openapi('SaveResponse');

export const SurveyQuestion = QuestionInput.extend({ id: z.uuid(), position: z.int() }).openapi(
  'SurveyQuestion',
);

export const WaveSummary = z
  .object({
    id: z.uuid(),
    number: z.int(),
    opensOn: z.string(),
    closesOn: z.string(),
    status: z.enum(WAVE_STATUSES),
    answering: z.enum(ANSWERING_STATES).openapi({
      description:
        'Whether answers are taken today (in the region’s calendar): `not_yet_open` before `opensOn`, `open` from `opensOn` to `closesOn`, `past_closing_date` after it while the wave is still open, `closed` once closed.',
    }),
    closedAt: z.string().nullable(),
    respondents: z.enum(RESPONDENT_CHOICES).openapi({ description: 'Who the wave asks.' }),
  })
  .openapi('SurveyWave');

export const WaveRespondents = z
  .object({
    choice: z.enum(RESPONDENT_CHOICES),
    roles: z.array(z.enum(MEMBERSHIP_ROLES)),
    organisations: z.array(z.object({ id: z.uuid(), name: z.string() })),
    people: z.array(z.object({ id: z.uuid(), displayName: z.string() })),
    asked: z.int().openapi({ description: 'How many people the wave asks today.' }),
  })
  .openapi('WaveRespondents');

const SurveyPermissions = z.object({ manage: z.boolean(), answer: z.boolean(), viewAnswers: z.boolean() });

export const SurveyDetail = z
  .object({
    id: z.uuid(),
    networkId: z.uuid(),
    title: z.string(),
    titleEs: z.string().nullable(),
    status: z.enum(SURVEY_STATUSES),
    questions: z.array(SurveyQuestion),
    waves: z.array(
      WaveSummary.extend({
        asksYou: z.boolean().openapi({
          description:
            'Whether this open wave asks the caller (so the page offers "Answer"); false once closed.',
        }),
      }),
    ),
    permissions: SurveyPermissions,
  })
  .openapi('Survey');

export const SurveyList = z
  .object({
    items: z.array(SurveyDetail),
    permissions: SurveyPermissions.openapi({
      description: 'What the caller may do with the network’s surveys.',
    }),
  })
  .openapi('SurveyList');

export const Nomination = z
  .object({
    questionId: z.uuid(),
    person: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
    outside: z.object({ name: z.string(), organisation: z.string() }).nullable(),
    frequency: z.int().nullable(),
  })
  .openapi('Nomination');

export const SurveyResponse = z
  .object({
    waveId: z.uuid(),
    respondent: z.object({ id: z.uuid(), displayName: z.string() }),
    status: z.enum(RESPONSE_STATUSES),
    submittedAt: z.string().nullable(),
    nominations: z.array(Nomination),
  })
  .openapi('SurveyResponse');

export const ResponseList = z.object({ items: z.array(SurveyResponse) }).openapi('SurveyResponseList');

export const ResponseRates = z
  .object({
    eligible: z.int(),
    submitted: z.int(),
    drafts: z.int(),
    byOrganisation: z.array(
      z.object({
        organisation: z.object({ id: z.uuid(), name: z.string() }),
        eligible: z.int(),
        submitted: z.int(),
        reminded: z
          .int()
          .openapi({ description: 'People of this organisation reminded at least once in this wave.' }),
      }),
    ),
    reminded: z.int().openapi({ description: 'Eligible people reminded at least once in this wave.' }),
  })
  .openapi('SurveyResponseRates');

export const CloseWaveResult = z
  .object({
    wave: WaveSummary,
    ties: z.int().openapi({ description: 'Ties created from submitted answers.' }),
    analyses: z.array(z.object({ id: z.uuid(), level: z.enum(ANALYSIS_LEVELS) })).openapi({
      description: 'The analyses of the wave (people, organisations), queued to run in the background.',
    }),
  })
  .openapi('CloseWaveResult');

export const WaveDetail = z
  .object({
    wave: WaveSummary,
    survey: SurveyDetail,
    network: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
    respondents: WaveRespondents.nullable().openapi({
      description: 'Who the wave asks; for those who manage the survey, null for others.',
    }),
    youAreAsked: z.boolean().openapi({ description: 'Whether the wave asks the caller.' }),
  })
  .openapi('SurveyWaveDetail');

export const CandidatesQuery = z.object({
  q: z
    .string()
    .trim()
    .min(2)
    .max(100)
    .openapi({ description: 'Part of a name, or of an organisation’s name (accent- and case-insensitive).' }),
  limit: z.coerce.number().int().min(1).max(25).default(10),
});

export const CandidateList = z
  .object({
    items: z.array(
      z.object({
        id: z.uuid(),
        displayName: z.string(),
        organisations: z.array(z.object({ id: z.uuid(), name: z.string() })),
      }),
    ),
  })
  .openapi('NominationCandidates');

export const RemindBody = z
  .object({
    organisationId: z
      .uuid()
      .optional()
      .openapi({ description: 'Remind only this organisation’s non-respondents; leave out for everyone.' }),
  })
  .strict()
  .openapi('RemindNonRespondents');

export const RemindResult = z
  .object({
    reminded: z.int().openapi({ description: 'People reminded now.' }),
    skippedRecently: z
      .int()
      .openapi({ description: 'People left out because they were reminded in the last 24 hours.' }),
  })
  .openapi('RemindResult');

export const MySurveyList = z
  .object({
    items: z.array(
      z.object({
        wave: WaveSummary,
        survey: z.object({ id: z.uuid(), title: z.string(), titleEs: z.string().nullable() }),
        network: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
        responseStatus: z.enum(['none', ...RESPONSE_STATUSES]),
        lastRemindedAt: z.string().nullable(),
      }),
    ),
  })
  .openapi('MySurveys');

export type CreateSurveyInput = z.infer<typeof CreateSurveyBody>;
export type UpdateWaveInput = z.infer<typeof UpdateWaveBody>;
export type OpenWaveInput = z.infer<typeof OpenWaveBody>;
export type SaveResponseInput = z.infer<typeof SaveResponseBody>;
export type CandidatesInput = z.infer<typeof CandidatesQuery>;
export type RemindInput = z.infer<typeof RemindBody>;
export type RespondentsInputValue = z.infer<typeof RespondentsInput>;
export type RespondentOptionsInput = z.infer<typeof RespondentOptionsQuery>;
