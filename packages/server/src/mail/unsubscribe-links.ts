import { createHmac, timingSafeEqual } from 'node:crypto';
import { MAIL_CATEGORIES, type MailCategory } from '../shared/mail-kinds.js';

/**
 * A one-click unsubscribe token: the person, the category and an HMAC-SHA-256 of both under the
 * database's signing key, so that it needs no row per mail and cannot be forged for someone else.
 */
export function unsubscribeToken(key: string, personId: string, category: MailCategory): string {
  return `${personId}.${category}.${signature(key, personId, category)}`;
}

/** The person and category a token names, when its signature is right. */
export function readUnsubscribeToken(
  key: string,
  token: string,
): { personId: string; category: MailCategory } | undefined {
  const [personId, category, mac, ...rest] = token.split('.');
  if (!personId || !category || !mac || rest.length > 0) return undefined;
  if (!(MAIL_CATEGORIES as readonly string[]).includes(category)) return undefined;
  if (!/^[0-9a-f-]{36}$/i.test(personId)) return undefined;
  const expected = Buffer.from(signature(key, personId, category));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  return { personId, category: category as MailCategory };
}

function signature(key: string, personId: string, category: string) {
  return createHmac('sha256', key).update(`unsubscribe:${personId}:${category}`).digest('base64url');
}
