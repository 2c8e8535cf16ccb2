import { z } from '@hono/zod-openapi';
import { PageQuery } from '../shared/pagination.js';
import { refinement } from '../shared/text.js';
import {
  ADOPTION_MODES,
  CONTENT_LANGUAGES,
  EVIDENCE_DIRECTIONS,
  EVIDENCE_KINDS,
  RESOURCE_TYPES,
} from '../shared/vocabulary.js';
import { practiceTexts as texts } from './practices.texts.js';

const IsoDate = z.iso.date().openapi({ example: '2025-09-15' });
const Named = z.object({ id: z.uuid(), name: z.string() });
const NetworkRef = z.object({ id: z.uuid(), slug: z.string(), name: z.string() });

// ——— Practices ———

const PracticeFields = z.object({
  title: z.string().trim().min(2).max(200),
  claim: z
    .string()
    .trim()
    .min(2)
    .max(2000)
    .openapi({ description: 'What the practice is meant to change, and for whom.' }),
  components: z
    .array(z.string().trim().min(1).max(300))
    .max(20)
    .openapi({ description: 'Its components, in order: short texts.' }),
  language: z.enum(CONTENT_LANGUAGES),
  schoolId: z.uuid().openapi({ description: 'The school (organisation) that originated it.' }),
  resourceIds: z
    .array(z.uuid())
    .max(10)
    .refine((ids) => new Set(ids).size === ids.length, refinement(texts.resourceOnce))
    .openapi({ description: 'The resources that carry it, in order (ones the caller can see).' }),
});

export const CreatePracticeBody = PracticeFields.extend({
  networkId: z.uuid().openapi({ description: 'The network it is shared in: its members see it.' }),
})
  .partial({ components: true, resourceIds: true })
  .strict()
  .openapi('CreatePractice');
export type CreatePracticeInput = z.infer<typeof CreatePracticeBody>;

export const UpdatePracticeBody = PracticeFields.partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, refinement(texts.nothingToChange))
  .openapi('UpdatePractice');
export type UpdatePracticeInput = z.infer<typeof UpdatePracticeBody>;

export const PracticeListQuery = PageQuery.extend({
  network: z.string().min(1).max(80).optional().openapi({ description: 'A network’s id or slug.' }),
  school: z.uuid().optional().openapi({ description: 'Practices this school originated or adopted.' }),
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: 'Words of the title or claim (accent- and case-insensitive).' }),
});
export type PracticeListFilters = z.infer<typeof PracticeListQuery>;

export const PracticeSummary = z
  .object({
    id: z.uuid(),
    title: z.string(),
    claim: z.string(),
    language: z.enum(CONTENT_LANGUAGES),
    school: Named,
    network: NetworkRef,
    evidenceCount: z.number().int(),
    adoptionCount: z.number().int(),
    createdAt: z.string(),
  })
  .openapi('PracticeSummary');

/** One row of the balance: how many items of each direction sit at this level. */
const BalanceRow = z.object({
  level: z.number().int().min(1).max(5),
  supports: z.number().int(),
  contrasts: z.number().int(),
  mixed: z.number().int(),
});

export const PracticeDetail = PracticeSummary.extend({
  components: z.array(z.string()),
  resources: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      type: z.enum(RESOURCE_TYPES),
      language: z.enum(CONTENT_LANGUAGES),
    }),
  ),
  createdBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  balance: z.array(BalanceRow).openapi({
    description:
      'Evidence counts by level (Nesta 1–5) × direction, every level listed: the balance, never one score.',
  }),
  permissions: z.object({
    edit: z.boolean(),
    addEvidence: z.boolean(),
    recordAdoption: z.boolean().openapi({
      description:
        'Signed in: coordinators and evaluators record any school’s adoption, school people their own.',
    }),
  }),
  updatedAt: z.string(),
}).openapi('Practice');
export type PracticeView = z.infer<typeof PracticeDetail>;

// ——— Evidence ———

const httpUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
    } catch {
      return false;
    }
  }, refinement(texts.httpsLink));

const EvidenceFields = z.object({
  direction: z.enum(EVIDENCE_DIRECTIONS),
  kind: z.enum(EVIDENCE_KINDS),
  level: z.number().int().min(1).max(5).openapi({
    description: 'Nesta Standards of Evidence: 1 theory of change … 5 scaled by others elsewhere.',
  }),
  summary: z.string().trim().min(2).max(4000),
  setting: z.string().trim().max(500).openapi({ description: 'Where and with whom (stage, place).' }),
  participants: z.number().int().min(0).max(10_000_000).nullable(),
  schools: z.number().int().min(0).max(100_000).nullable(),
  effect: z
    .string()
    .trim()
    .max(200)
    .nullable()
    .openapi({ description: 'The effect as the source states it.' }),
  url: httpUrl.nullable(),
});

export const CreateEvidenceBody = EvidenceFields.partial({
  setting: true,
  participants: true,
  schools: true,
  effect: true,
  url: true,
})
  .strict()
  .openapi('CreateEvidence');
export type CreateEvidenceInput = z.infer<typeof CreateEvidenceBody>;

export const UpdateEvidenceBody = EvidenceFields.partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, refinement(texts.nothingToChange))
  .openapi('UpdateEvidence');
export type UpdateEvidenceInput = z.infer<typeof UpdateEvidenceBody>;

export const EvidenceSchema = z
  .object({
    id: z.uuid(),
    practiceId: z.uuid(),
    direction: z.enum(EVIDENCE_DIRECTIONS),
    kind: z.enum(EVIDENCE_KINDS),
    level: z.number().int(),
    summary: z.string(),
    setting: z.string(),
    participants: z.number().int().nullable(),
    schools: z.number().int().nullable(),
    effect: z.string().nullable(),
    url: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('EvidenceItem');
export type EvidenceView = z.infer<typeof EvidenceSchema>;

export const EvidenceList = z.object({ items: z.array(EvidenceSchema) }).openapi('EvidenceList');

// ——— Adoptions ———

const needsAdaptation = (body: { mode?: string | undefined; adaptation?: string | undefined }) =>
  body.mode !== 'adapted' || body.adaptation === undefined || body.adaptation.trim().length > 0;

const AdoptionFields = z.object({
  schoolId: z.uuid().openapi({ description: 'The school that took the practice up.' }),
  fromSchoolId: z.uuid().openapi({
    description: 'Where it came from: the originating school (the default) or an earlier adopter.',
  }),
  networkId: z.uuid().openapi({ description: 'The network it travelled in (default: the practice’s).' }),
  startedOn: IsoDate,
  mode: z.enum(ADOPTION_MODES),
  adaptation: z.string().trim().max(2000).openapi({ description: 'How it was adapted.' }),
  outcome: z.string().trim().max(4000),
});

export const CreateAdoptionBody = AdoptionFields.partial({
  fromSchoolId: true,
  networkId: true,
  adaptation: true,
  outcome: true,
})
  .strict()
  .refine((body) => body.mode !== 'adapted' || (body.adaptation ?? '').length > 0, {
    ...refinement(texts.adaptationNeeded),
    path: ['adaptation'],
  })
  .openapi('CreateAdoption');
export type CreateAdoptionInput = z.infer<typeof CreateAdoptionBody>;

export const UpdateAdoptionBody = AdoptionFields.omit({ schoolId: true, networkId: true })
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, refinement(texts.nothingToChange))
  .refine(needsAdaptation, { ...refinement(texts.adaptationNeeded), path: ['adaptation'] })
  .openapi('UpdateAdoption');
export type UpdateAdoptionInput = z.infer<typeof UpdateAdoptionBody>;

export const AdoptionSchema = z
  .object({
    id: z.uuid(),
    practiceId: z.uuid(),
    school: Named,
    fromSchool: Named,
    network: NetworkRef,
    startedOn: z.string(),
    mode: z.enum(ADOPTION_MODES),
    adaptation: z.string(),
    outcome: z.string(),
    canEdit: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Adoption');
export type AdoptionView = z.infer<typeof AdoptionSchema>;

export const AdoptionList = z.object({ items: z.array(AdoptionSchema) }).openapi('AdoptionList');

// ——— Travel ———

export const TravelSchema = z
  .object({
    practiceId: z.uuid(),
    origin: Named,
    nodes: z.array(
      Named.extend({
        generation: z.number().int().openapi({ description: '0 the originating school, 1 its adopters, …' }),
      }),
    ),
    edges: z
      .array(
        z.object({
          adoptionId: z.uuid(),
          from: z.uuid(),
          to: z.uuid(),
          startedOn: z.string(),
          mode: z.enum(ADOPTION_MODES),
          network: NetworkRef,
          alongExistingTie: z.boolean().openapi({
            description:
              'A survey tie in the adoption’s network joined someone at the source school with someone at the adopting school before the adoption started.',
          }),
        }),
      )
      .openapi({ description: 'Every adoption, oldest first: the timeline and the graph’s edges.' }),
    reach: z.object({
      generations: z.number().int().openapi({ description: 'The depth of the adoption tree.' }),
      schools: z
        .number()
        .int()
        .openapi({ description: 'Schools that took it up (the originating one aside).' }),
      networks: z.number().int().openapi({ description: 'Networks it travelled in, its own included.' }),
    }),
    alongExistingTies: z.object({
      count: z.number().int(),
      share: z.number().nullable().openapi({ description: 'count ÷ adoptions; null with no adoptions.' }),
    }),
  })
  .openapi('PracticeTravel');
export type TravelView = z.infer<typeof TravelSchema>;
