import { z } from '@hono/zod-openapi';

export const AskIntroductionBody = z
  .object({
    personId: z.uuid().openapi({ description: 'The suggested colleague.' }),
    networkId: z.uuid().optional().openapi({ description: 'The network whose suggestions it came from.' }),
  })
  .strict()
  .openapi('AskIntroduction');

export const AnswerIntroductionBody = z
  .object({ accept: z.boolean() })
  .strict()
  .openapi('AnswerIntroduction');

const Party = z.object({ id: z.uuid(), displayName: z.string() });

export const IntroductionSchema = z
  .object({
    id: z.uuid(),
    requester: Party,
    target: Party,
    status: z.enum(['pending', 'accepted', 'declined']),
    youAre: z.enum(['requester', 'target']),
    createdAt: z.string(),
  })
  .openapi('Introduction');

export type IntroductionView = z.infer<typeof IntroductionSchema>;
