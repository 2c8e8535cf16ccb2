import { z } from '@hono/zod-openapi';

export const AnalysisSettingsBody = z
  .object({
    mainSurveyId: z.uuid().nullable().openapi({
      description:
        'The network’s main survey; null returns to the default (the survey with the most closed waves, ties to the oldest).',
    }),
  })
  .openapi('AnalysisSettingsBody');
export type AnalysisSettingsInput = z.infer<typeof AnalysisSettingsBody>;

const SurveyRef = z.object({ id: z.uuid(), title: z.string() });

export const AnalysisSettings = z
  .object({
    chosenMainSurveyId: z
      .uuid()
      .nullable()
      .openapi({ description: 'The main survey a coordinator chose; null when the default applies.' }),
    mainSurvey: SurveyRef.nullable().openapi({
      description:
        'The main survey in effect (chosen, or the default); null when no survey has a closed wave.',
    }),
    permissions: z.object({ update: z.boolean() }),
  })
  .openapi('AnalysisSettings', {
    description:
      'Which analysis the network’s suggestions use: the latest analysed wave of its main survey (else all its ties).',
  });
