import { z } from '@hono/zod-openapi';
import { MEMBERSHIP_ROLES } from '../shared/vocabulary.js';

const Invitee = z.object({
  email: z.email().max(320),
  displayName: z.string().trim().min(2).max(200),
});

export const InviteBody = z
  .object({
    role: z.enum(MEMBERSHIP_ROLES).default('member'),
    email: z.email().max(320),
    displayName: z.string().trim().min(2).max(200),
  })
  .strict()
  .openapi('Invitation');

export const InviteCsvBody = z
  .object({
    role: z.enum(MEMBERSHIP_ROLES).default('member'),
    csv: z.string().min(1).max(500_000).openapi({
      description: 'CSV with a header row naming the columns `email` and `name`; one person a row.',
    }),
  })
  .strict()
  .openapi('InvitationCsv');

export const InvitationResultSchema = z
  .object({
    invited: z
      .array(
        z.object({
          personId: z.uuid(),
          email: z.string(),
          outcome: z.enum(['invited', 'added', 'already_member']).openapi({
            description:
              '`invited`: a new account, sent a link to set its password; `added`: someone with an account, told by mail; `already_member`: nothing to do.',
          }),
        }),
      )
      .max(1000),
  })
  .openapi('InvitationResult');

export type Invitee = z.infer<typeof Invitee>;
export { Invitee as InviteeSchema };

/** A new password: long enough to resist guessing, and no upper limit a passphrase would hit. */
const NewPassword = z.string().min(10).max(1000);
const LinkToken = z.string().min(20).max(200).openapi({ description: 'The token from the mailed link.' });

export const PasswordResetRequestBody = z
  .object({ email: z.email().max(320) })
  .strict()
  .openapi('PasswordResetRequest');
export const SetPasswordBody = z
  .object({ token: LinkToken, password: NewPassword })
  .strict()
  .openapi('SetPassword');
export const EmailChangeBody = z
  .object({ newEmail: z.email().max(320), password: z.string().min(1).max(1000) })
  .strict()
  .openapi('EmailChange');
export const ConfirmEmailBody = z.object({ token: LinkToken }).strict().openapi('ConfirmEmail');
export const ConfirmedEmailSchema = z.object({ email: z.string() }).openapi('ConfirmedEmail');
export const AcceptedSchema = z
  .object({ accepted: z.literal(true) })
  .openapi('Accepted', { description: 'The request was taken; any mail follows from the queue.' });
