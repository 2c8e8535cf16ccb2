import { z } from '@hono/zod-openapi';

export const SignInBody = z
  .object({
    email: z.email().max(320),
    password: z.string().min(1).max(1000),
  })
  .openapi('SignIn');

export const SessionSchema = z
  .object({
    person: z.object({
      id: z.uuid(),
      displayName: z.string(),
      email: z.string().nullable(),
      isAdmin: z.boolean(),
      locale: z.string().nullable(),
    }),
    csrfToken: z
      .string()
      .openapi({ description: 'Send it back in the X-CSRF-Token header with every write.' }),
  })
  .openapi('Session');

export const SignOutQuery = z.object({
  everywhere: z
    .enum(['true', 'false'])
    .default('false')
    .openapi({ description: 'End every session of this person, on every device.' }),
});

export const LocaleBody = z.object({ locale: z.enum(['en', 'es']) }).openapi('LocalePreference');
