/**
 * The kinds of mail Trellis sends, and which of them a person may unsubscribe from (by
 * category). Dependency-free, so that the web app's outbox labels the same list.
 */
export const MAIL_KINDS = [
  'account_invitation',
  'network_added',
  'password_reset',
  'email_change_confirm',
  'email_change_notice',
  'survey_invitation',
  'survey_reminder',
  'introduction_request',
  'introduction_accepted',
] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export const MAIL_STATUSES = ['queued', 'sending', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/** What one unsubscribes from: all survey mail, or all introductions. */
export const MAIL_CATEGORIES = ['surveys', 'introductions'] as const;
export type MailCategory = (typeof MAIL_CATEGORIES)[number];

/**
 * The category of each kind; null for account-security mail (an invitation, a reset, an email
 * change), which is not unsubscribable: it is the only way back into one's account.
 */
export const MAIL_CATEGORY: Record<MailKind, MailCategory | null> = {
  account_invitation: null,
  network_added: null,
  password_reset: null,
  email_change_confirm: null,
  email_change_notice: null,
  survey_invitation: 'surveys',
  survey_reminder: 'surveys',
  introduction_request: 'introductions',
  introduction_accepted: 'introductions',
};
