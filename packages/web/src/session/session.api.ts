/** Session calls: who is signed in, sign in and out, and the remembered language. */
import type { z } from 'zod';
import type { SignInProvidersSchema } from '../../../server/src/accounts/oidc.schema.js';
import type { LocaleBody, SignInBody } from '../../../server/src/accounts/session.schema.js';
import { api, ApiError, setCsrfToken } from '../api/client.ts';
import type { Session } from '../api/types.ts';

/** The current session, or null when signed out. */
export async function fetchSession(): Promise<Session | null> {
  try {
    const session = await api<Session>('/session');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export async function signIn(email: string, password: string): Promise<Session> {
  const session = await api<Session>('/session', {
    method: 'POST',
    body: { email, password } satisfies z.input<typeof SignInBody>,
  });
  setCsrfToken(session.csrfToken);
  return session;
}

/** Signs out here, or on every device. */
export async function signOut(everywhere: boolean): Promise<void> {
  await api<void>(everywhere ? '/session?everywhere=true' : '/session', { method: 'DELETE' });
  setCsrfToken(null);
}

export const saveLocale = (locale: z.input<typeof LocaleBody>['locale']) =>
  api<void>('/session/locale', { method: 'PUT', body: { locale } });

/** The identity providers one may sign in with besides a password (none unless configured). */
export const fetchSignInProviders = () => api<z.infer<typeof SignInProvidersSchema>>('/session/providers');
