import { z } from '@hono/zod-openapi';

export const SignInProvidersSchema = z
  .object({
    providers: z.array(
      z.object({
        id: z.string(),
        label: z.string().openapi({ description: 'The name after "Sign in with".' }),
        startUrl: z.string().openapi({
          description:
            'Where the browser goes to sign in (a redirect to the provider); add ?next=/path to come back there.',
        }),
      }),
    ),
  })
  .openapi('SignInProviders');

export { OIDC_REFUSALS, type OidcRefusal } from './oidc-refusals.js';
