import { z } from '@hono/zod-openapi';
import { OUTCOME_AREAS, PDSA_DECISIONS } from '../shared/vocabulary.js';
import { IsoDate, Named } from './inquiries.schema.js';

/** One school's series of one measure, as the small multiples draw it. */
const SchoolResult = z.object({
  inquiry: z.object({ id: z.uuid(), title: z.string() }),
  measure: z.object({ id: z.uuid(), name: z.string(), kind: z.enum(['outcome', 'process', 'balancing']) }),
  school: Named,
  signal: z.enum(['better', 'worse', 'both', 'none', 'too_few']).openapi({
    description: 'The latest phase’s signals; `too_few`: under 10 useful points, nothing claimed.',
  }),
  recent: z.array(z.object({ period: IsoDate, value: z.number() })),
});

const Decisions = z.object(
  Object.fromEntries(PDSA_DECISIONS.map((d) => [d, z.number().int()])) as {
    [K in (typeof PDSA_DECISIONS)[number]]: z.ZodNumber;
  },
);

/**
 * What was tried: a practice or resource of the bank (shared across inquiries), or a change idea
 * of one inquiry that links to neither.
 */
export const ChangeGroup = z
  .object({
    kind: z.enum(['practice', 'resource', 'idea']),
    id: z.uuid(),
    title: z.string(),
    inquiries: z.number().int(),
    schools: z.number().int().openapi({ description: 'Schools that ran a cycle of it.' }),
    cycles: z.number().int(),
    decisions: Decisions,
    outcomes: z.array(z.enum(OUTCOME_AREAS)),
    schoolsBetter: z.number().int(),
    schoolsWorse: z.number().int(),
    results: z.array(SchoolResult).openapi({ description: 'At most 12 series: each school apart.' }),
  })
  .openapi('WhatWorksChange');

export const OutcomeGroup = z
  .object({
    outcome: z.enum(OUTCOME_AREAS),
    inquiries: z.number().int(),
    schools: z.number().int(),
    cycles: z.number().int(),
    measures: z.number().int(),
    schoolsBetter: z.number().int(),
    schoolsWorse: z.number().int(),
  })
  .openapi('WhatWorksOutcome');

export const WhatWorks = z
  .object({
    network: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
    inquiries: z
      .number()
      .int()
      .openapi({ description: 'Inquiries the caller may see, which this rolls up.' }),
    byChange: z.array(ChangeGroup),
    byOutcome: z.array(OutcomeGroup),
  })
  .openapi('WhatWorks');
export type WhatWorksView = z.infer<typeof WhatWorks>;

/** "Used in N cycles by M schools; in k of them a measure showed a signal in the better direction." */
export const EvidenceFromUse = z
  .object({
    cycles: z.number().int(),
    schools: z.number().int(),
    schoolsBetter: z.number().int(),
    inquiries: z.array(
      z.object({
        id: z.uuid(),
        title: z.string(),
        network: Named,
        cycles: z.number().int(),
        schools: z.number().int(),
        better: z.boolean(),
      }),
    ),
  })
  .openapi('EvidenceFromUse');
export type EvidenceFromUseView = z.infer<typeof EvidenceFromUse>;
