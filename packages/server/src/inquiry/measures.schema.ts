import { z } from '@hono/zod-openapi';
import { refinement } from '../shared/text.js';
import {
  MEASURE_DIRECTIONS,
  MEASURE_KINDS,
  MEASURE_POPULATIONS,
  MEASURE_TYPES,
} from '../shared/vocabulary.js';
import { inquiryTexts as texts } from './inquiry.texts.js';
import { IsoDate, Named } from './inquiries.schema.js';

// ——— Measures ———

const MeasureFields = z.object({
  name: z.string().trim().min(2).max(200),
  definition: z.string().trim().max(2000).openapi({ description: 'How it is counted, from what source.' }),
  kind: z.enum(MEASURE_KINDS),
  type: z.enum(MEASURE_TYPES).openapi({ description: '`value`: an I chart; `proportion`: a P chart.' }),
  direction: z.enum(MEASURE_DIRECTIONS).openapi({ description: 'Which way is better.' }),
  population: z
    .enum(MEASURE_POPULATIONS)
    .openapi({ description: 'Whom a proportion counts: pupils only in groups of at least 10.' }),
  unit: z.string().trim().max(40),
  target: z
    .number()
    .finite()
    .nullable()
    .openapi({ description: 'The aim’s figure, in the measure’s own unit.' }),
  baselineEndsOn: IsoDate.nullable().openapi({
    description:
      'The last period of the frozen baseline; null: centre and limits use every point of the phase.',
  }),
  changeIdeaId: z.uuid().nullable().openapi({ description: 'The change idea a process measure follows.' }),
});

export const CreateMeasureBody = MeasureFields.partial({
  definition: true,
  unit: true,
  target: true,
  baselineEndsOn: true,
  changeIdeaId: true,
})
  .strict()
  .openapi('CreateMeasure');
export type CreateMeasureInput = z.infer<typeof CreateMeasureBody>;

/** A measure's type cannot change once it has points: they would no longer fit. */
export const UpdateMeasureBody = MeasureFields.partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, refinement(texts.nothingToChange))
  .openapi('UpdateMeasure');
export type UpdateMeasureInput = z.infer<typeof UpdateMeasureBody>;

export const MeasureSummary = z
  .object({
    id: z.uuid(),
    inquiryId: z.uuid(),
    name: z.string(),
    definition: z.string(),
    kind: z.enum(MEASURE_KINDS),
    type: z.enum(MEASURE_TYPES),
    direction: z.enum(MEASURE_DIRECTIONS),
    population: z.enum(MEASURE_POPULATIONS),
    unit: z.string(),
    target: z.number().nullable(),
    baselineEndsOn: IsoDate.nullable(),
    changeIdea: z.object({ id: z.uuid(), text: z.string() }).nullable(),
    pointCount: z.number().int(),
    schoolCount: z.number().int(),
    lastPeriod: IsoDate.nullable(),
    /** Schools whose latest phase shows a signal in the better / worse direction. */
    schoolsBetter: z.number().int(),
    schoolsWorse: z.number().int(),
    editable: z.boolean(),
  })
  .openapi('Measure');
export type MeasureView = z.infer<typeof MeasureSummary>;

export const MeasureList = z.object({ items: z.array(MeasureSummary) }).openapi('MeasureList');

// ——— Data points ———

/**
 * One school's figure for one period. A period is named by its first day (a week's Monday, a
 * month's 1st): `2026-01-01`. Exactly one of `value` or `numerator` + `denominator`, by the measure's type.
 */
export const PointInput = z
  .object({
    schoolId: z.uuid(),
    period: IsoDate,
    value: z.number().finite().optional(),
    numerator: z.number().int().min(0).optional(),
    denominator: z.number().int().min(1).optional(),
    note: z.string().trim().max(500).optional(),
  })
  .strict();
export type PointInputValue = z.infer<typeof PointInput>;

export const PointsBody = z
  .object({
    points: z
      .array(PointInput)
      .min(1)
      .max(5000)
      .refine(
        (points) => new Set(points.map((p) => `${p.schoolId} ${p.period}`)).size === points.length,
        refinement(texts.onceEach),
      ),
  })
  .strict()
  .openapi('MeasurePointsChange');
export type PointsInput = z.infer<typeof PointsBody>;

export const PointSchema = z
  .object({
    id: z.uuid(),
    school: Named,
    period: IsoDate,
    value: z.number().nullable(),
    numerator: z.number().int().nullable(),
    denominator: z.number().int().nullable(),
    note: z.string(),
  })
  .openapi('MeasurePoint');

export const PointList = z.object({ items: z.array(PointSchema) }).openapi('MeasurePointList');

export const PointsWritten = z
  .object({ added: z.number().int(), updated: z.number().int() })
  .openapi('MeasurePointsWritten');

// ——— Annotations and chart phases ———

export const CreateAnnotationBody = z
  .object({
    period: IsoDate,
    text: z.string().trim().min(1).max(300),
    cycleId: z.uuid().nullable().optional(),
  })
  .strict()
  .openapi('CreateMeasureAnnotation');
export type CreateAnnotationInput = z.infer<typeof CreateAnnotationBody>;

export const AnnotationSchema = z
  .object({
    id: z.uuid(),
    period: IsoDate,
    text: z.string(),
    cycle: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  })
  .openapi('MeasureAnnotation');

/** A change the team confirmed: from `startsOn`, centre and limits are recomputed. */
export const CreatePhaseBody = z
  .object({
    startsOn: IsoDate,
    label: z.string().trim().min(1).max(120),
    cycleId: z.uuid().nullable().optional(),
  })
  .strict()
  .openapi('CreateMeasurePhase');
export type CreatePhaseInput = z.infer<typeof CreatePhaseBody>;

export const PhaseSchema = z
  .object({ id: z.uuid(), startsOn: IsoDate, label: z.string(), cycleId: z.uuid().nullable() })
  .openapi('MeasurePhase');

// ——— The chart ———

const Signal = z.object({
  rule: z.enum(['shift', 'crossings', 'outside']),
  direction: z.enum(['better', 'worse']).nullable(),
});

const Runs = z.object({
  useful: z.number().int().openapi({ description: 'Points not on the centre line.' }),
  longestRun: z.number().int(),
  longestRunLimit: z.number().int().nullable().openapi({
    description:
      'round(log2(useful) + 3); null without useful points. Below 10 useful points no runs signal is claimed.',
  }),
  crossings: z.number().int(),
  crossingsLimit: z
    .number()
    .int()
    .nullable()
    .openapi({ description: '5th percentile of Binomial(useful − 1, 0.5); null without useful points.' }),
});

/** One phase of one chart: its centre, limits, runs figures and signals. */
const ChartPhase = z.object({
  label: z.string().openapi({ description: 'The baseline, or the confirmed change’s label.' }),
  startsOn: IsoDate,
  frozenPoints: z
    .number()
    .int()
    .nullable()
    .openapi({ description: 'How many first points centre and limits come from (a frozen baseline).' }),
  centre: z.number(),
  lower: z.number().nullable(),
  upper: z.number().nullable(),
  points: z.array(
    z.object({
      period: IsoDate,
      value: z.number(),
      lower: z.number().nullable(),
      upper: z.number().nullable(),
      outside: z.boolean(),
    }),
  ),
  runs: Runs,
  signals: z.array(Signal),
});

export const MeasureChart = z
  .object({
    measure: MeasureSummary,
    spcChart: z.enum(['i', 'p']).openapi({ description: '`i` for values (XmR), `p` for proportions.' }),
    series: z
      .array(
        z.object({
          school: Named,
          run: z.object({ phases: z.array(ChartPhase) }),
          spc: z.object({ phases: z.array(ChartPhase) }),
          moved: z.enum(['better', 'worse']).nullable().openapi({
            description:
              'Where the latest confirmed change moved the SPC centre line: beyond the previous phase’s limits, in the better or worse direction; null when it did not or there is no change.',
          }),
        }),
      )
      .openapi({ description: 'One chart per school, never pooled.' }),
    annotations: z.array(AnnotationSchema),
    phases: z.array(PhaseSchema),
  })
  .openapi('MeasureChart');
export type MeasureChartView = z.infer<typeof MeasureChart>;
