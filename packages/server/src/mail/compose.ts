import type { Executor } from '../db/database.js';
import { localeOr } from '../shared/locale.js';
import { MAIL_CATEGORY } from '../shared/mail-kinds.js';
import { signingKey, type MailRow } from './mail.queries.js';
import { renderMail, type RenderedMail } from './render.js';
import { unsubscribeToken } from './unsubscribe-links.js';

export interface ComposedMail extends RenderedMail {
  /** RFC 8058 one-click unsubscribe headers, on the mail that has a category. */
  headers: Record<string, string>;
}

/** A queued message as it is sent (and as the outbox shows it), links made from `baseUrl`. */
export async function composeMail(db: Executor, mail: MailRow, baseUrl: string): Promise<ComposedMail> {
  const category = MAIL_CATEGORY[mail.kind];
  let unsubscribeUrl: string | null = null;
  const headers: Record<string, string> = {};
  if (category && mail.personId) {
    const token = encodeURIComponent(unsubscribeToken(await signingKey(db), mail.personId, category));
    unsubscribeUrl = `${baseUrl}/unsubscribe?token=${token}`;
    headers['List-Unsubscribe'] = `<${baseUrl}/api/v1/mail/unsubscribe?token=${token}>`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  }
  headers['X-Trellis-Mail-Kind'] = mail.kind;
  const rendered = renderMail(mail.kind, localeOr(mail.locale), mail.params, { baseUrl, unsubscribeUrl });
  return { ...rendered, headers };
}
