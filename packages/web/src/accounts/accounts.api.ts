/** The account calls that go by email: invitations, forgotten passwords, email changes, introductions. */
import type { z } from 'zod';
import type {
  ConfirmedEmailSchema,
  EmailChangeBody,
  InvitationResultSchema,
  InviteBody,
  InviteCsvBody,
  SetPasswordBody,
} from '../../../server/src/accounts/invitations.schema.js';
import type { IntroductionSchema } from '../../../server/src/introductions/introductions.schema.js';
import { api, setCsrfToken } from '../api/client.ts';
import type { Session } from '../api/types.ts';

export type InvitationResult = z.infer<typeof InvitationResultSchema>;
export type Introduction = z.infer<typeof IntroductionSchema>;

export const requestPasswordReset = (email: string) =>
  api<{ accepted: true }>('/account/password-reset', { method: 'POST', body: { email } });

/** Sets the password from a mailed link; the answer is a new session. */
export async function setPasswordWithLink(body: z.input<typeof SetPasswordBody>): Promise<Session> {
  const session = await api<Session>('/account/password', { method: 'POST', body });
  setCsrfToken(session.csrfToken);
  return session;
}

export const requestEmailChange = (body: z.input<typeof EmailChangeBody>) =>
  api<{ accepted: true }>('/me/email', { method: 'POST', body });

export const confirmEmailChange = (token: string) =>
  api<z.infer<typeof ConfirmedEmailSchema>>('/account/email-confirmation', {
    method: 'POST',
    body: { token },
  });

export const unsubscribe = (token: string) =>
  api<{ category: 'surveys' | 'introductions' }>(`/mail/unsubscribe?token=${encodeURIComponent(token)}`, {
    method: 'POST',
  });

export const invite = (networkId: string, body: z.input<typeof InviteBody>) =>
  api<InvitationResult>(`/networks/${networkId}/invitations`, { method: 'POST', body });

export const inviteFromCsv = (networkId: string, body: z.input<typeof InviteCsvBody>) =>
  api<InvitationResult>(`/networks/${networkId}/invitations/csv`, { method: 'POST', body });

export const askForIntroduction = (personId: string, networkId?: string) =>
  api<Introduction>('/introductions', {
    method: 'POST',
    body: networkId ? { personId, networkId } : { personId },
  });

export const getIntroduction = (id: string, signal?: AbortSignal) =>
  api<Introduction>(`/introductions/${id}`, { signal });

export const answerIntroduction = (id: string, accept: boolean) =>
  api<Introduction>(`/introductions/${id}/answer`, { method: 'POST', body: { accept } });
