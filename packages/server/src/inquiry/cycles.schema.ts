import { z } from '@hono/zod-openapi';
import { refinement } from '../shared/text.js';
import { PDSA_DECISIONS, PDSA_PURPOSES } from '../shared/vocabulary.js';
import { inquiryTexts as texts } from './inquiry.texts.js';
import { distinct, IsoDate, Named } from './inquiries.schema.js';

const Ref = z.object({ id: z.uuid(), title: z.string() });

// ——— Driver diagram ———

/**
 * A node's key: an existing node's id keeps that node (and what hangs from it: cycles, links);
 * any other key makes a new node. Change ideas name the drivers they act on by these keys.
 */
const NodeKey = z.string().trim().min(1).max(60);

export const DriverDiagramBody = z
  .object({
    primary: z
      .array(
        z.object({
          key: NodeKey,
          text: z.string().trim().min(1).max(500),
          secondary: z.array(z.object({ key: NodeKey, text: z.string().trim().min(1).max(500) })).max(20),
        }),
      )
      .max(12),
    changeIdeas: z
      .array(
        z.object({
          key: NodeKey,
          text: z.string().trim().min(1).max(500),
          driverKeys: z
            .array(NodeKey)
            .max(30)
            .refine((keys) => distinct(keys), refinement(texts.onceEach)),
          resourceIds: z
            .array(z.uuid())
            .max(10)
            .refine((ids) => distinct(ids), refinement(texts.onceEach)),
          practiceIds: z
            .array(z.uuid())
            .max(10)
            .refine((ids) => distinct(ids), refinement(texts.onceEach)),
        }),
      )
      .max(40),
  })
  .strict()
  .openapi('DriverDiagramChange');
export type DriverDiagramInput = z.infer<typeof DriverDiagramBody>;

export const DriverDiagram = z
  .object({
    aim: z.string().openapi({ description: 'The inquiry’s aim, in one line: the diagram’s root.' }),
    primary: z.array(
      z.object({
        id: z.uuid(),
        text: z.string(),
        secondary: z.array(z.object({ id: z.uuid(), text: z.string() })),
      }),
    ),
    changeIdeas: z.array(
      z.object({
        id: z.uuid(),
        text: z.string(),
        driverIds: z.array(z.uuid()),
        resources: z.array(Ref).openapi({ description: 'Linked resources the caller may see.' }),
        practices: z.array(Ref).openapi({ description: 'Linked practices the caller may see.' }),
        cycleCount: z.number().int(),
      }),
    ),
    editable: z.boolean(),
  })
  .openapi('DriverDiagram');
export type DriverDiagramView = z.infer<typeof DriverDiagram>;

// ——— PDSA cycles ———

const Question = z.object({
  question: z.string().trim().min(2).max(1000),
  prediction: z
    .string()
    .trim()
    .min(1)
    .max(1000)
    .openapi({ description: 'What the team expects, before the cycle.' }),
  result: z.string().trim().max(2000).openapi({ description: 'What happened, after it.' }),
});

const CycleFields = z.object({
  changeIdeaId: z.uuid(),
  title: z.string().trim().min(2).max(200),
  purpose: z.enum(PDSA_PURPOSES),
  plan: z.string().trim().max(4000).openapi({ description: 'Plan: who, what, where, when.' }),
  dataPlan: z.string().trim().max(2000).openapi({ description: 'The plan for collecting data.' }),
  startsOn: IsoDate,
  endsOn: IsoDate,
  schoolIds: z
    .array(z.uuid())
    .min(1)
    .max(30)
    .refine((ids) => distinct(ids), refinement(texts.onceEach))
    .openapi({ description: 'The team’s schools it runs in.' }),
  questions: z
    .array(
      Question.partial({ result: true }).extend({
        id: z.uuid().optional().openapi({
          description:
            'A question of this cycle keeps its id; a question without one (or another id) is new.',
        }),
      }),
    )
    .min(1)
    .max(10)
    .refine(
      (questions) => distinct(questions.flatMap((q) => (q.id ? [q.id] : []))),
      refinement(texts.onceEach),
    )
    .openapi({
      description: 'Every question with its prediction (at least one). Replaces the list on edit.',
    }),
  observations: z.string().trim().max(4000).openapi({ description: 'Do: what happened.' }),
  comparison: z
    .string()
    .trim()
    .max(4000)
    .openapi({ description: 'Study: the results beside the predictions.' }),
  decision: z
    .enum(PDSA_DECISIONS)
    .nullable()
    .openapi({ description: 'Act: adopt, adapt, abandon or scale up.' }),
  decisionNote: z.string().trim().max(2000),
});

const datesInOrder = (body: { startsOn?: string; endsOn?: string }) =>
  body.startsOn === undefined || body.endsOn === undefined || body.endsOn >= body.startsOn;

export const CreateCycleBody = CycleFields.partial({
  plan: true,
  dataPlan: true,
  observations: true,
  comparison: true,
  decision: true,
  decisionNote: true,
})
  .strict()
  .refine(datesInOrder, { ...refinement(texts.endsAfterStart), path: ['endsOn'] })
  .openapi('CreatePdsaCycle');
export type CreateCycleInput = z.infer<typeof CreateCycleBody>;

export const UpdateCycleBody = CycleFields.partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, refinement(texts.nothingToChange))
  .refine(datesInOrder, { ...refinement(texts.endsAfterStart), path: ['endsOn'] })
  .openapi('UpdatePdsaCycle');
export type UpdateCycleInput = z.infer<typeof UpdateCycleBody>;

export const CycleSummary = z
  .object({
    id: z.uuid(),
    inquiryId: z.uuid(),
    changeIdea: z.object({ id: z.uuid(), text: z.string() }),
    title: z.string(),
    purpose: z.enum(PDSA_PURPOSES),
    startsOn: IsoDate,
    endsOn: IsoDate,
    decision: z.enum(PDSA_DECISIONS).nullable(),
    schools: z.array(Named),
    questionCount: z.number().int(),
  })
  .openapi('PdsaCycleSummary');

export const CycleDetail = CycleSummary.extend({
  plan: z.string(),
  dataPlan: z.string(),
  observations: z.string(),
  comparison: z.string(),
  decisionNote: z.string(),
  questions: z.array(Question.extend({ id: z.uuid() })),
  /** Practices the change idea carries: finishing the cycle offers each a platform-data evidence item. */
  practices: z.array(Ref),
  createdBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  editable: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).openapi('PdsaCycle');
export type CycleView = z.infer<typeof CycleDetail>;

export const CycleList = z.object({ items: z.array(CycleSummary) }).openapi('PdsaCycleList');
