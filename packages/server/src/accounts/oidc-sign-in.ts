import { recordAudit } from '../audit/audit.js';
import type { Database } from '../db/database.js';
import type { OidcIdentity } from './oidc-client.js';
export type { OidcRefusal } from './oidc.schema.js';
import {
  findOidcIdentity,
  findPersonByEmail,
  hasAccount,
  insertPasswordlessAccount,
  rememberOidcIdentity,
} from './oidc.queries.js';
import { deleteSession, insertSession, pruneExpiredSessions } from './sessions.queries.js';
import { hashToken, newToken } from './tokens.js';

import type { OidcRefusal } from './oidc.schema.js';

export type OidcSignInResult =
  | { outcome: 'signed-in'; token: string; csrfToken: string; personId: string }
  | { outcome: 'refused'; reason: OidcRefusal };

/**
 * Opens a session for the person the provider vouched for: the one recorded for this (issuer,
 * subject), or else the person whose email the provider has verified, who gets an account without
 * a password if they had none. Someone Trellis does not know gets nothing: accounts come from
 * people already in a network's records, never from whoever can sign in somewhere.
 */
export async function signInWithOidc(
  db: Database,
  identity: OidcIdentity,
  request: { userAgent: string | null; previousSessionHash: string | undefined },
): Promise<OidcSignInResult> {
  return db.transaction(async (tx) => {
    const known = await findOidcIdentity(tx, identity.issuer, identity.subject);
    let personId = known && (await hasAccount(tx, known.personId)) ? known.personId : undefined;
    let accountCreated = false;
    if (personId === undefined) {
      if (identity.email === undefined) return refused('no-email');
      if (!identity.emailVerified) return refused('unverified-email');
      const person = await findPersonByEmail(tx, identity.email);
      if (!person) return refused('unknown-email');
      personId = person.personId;
      if (person.accountId === null) {
        await insertPasswordlessAccount(tx, personId);
        accountCreated = true;
        await recordAudit(tx, {
          actorId: personId,
          action: 'account.create',
          entityType: 'person',
          entityId: personId,
          details: { method: 'oidc', issuer: identity.issuer },
        });
      }
    }
    await rememberOidcIdentity(tx, identity.issuer, identity.subject, personId);

    // A fresh token whatever the browser brought (session fixation), and the session it
    // brought, if any, ends: one browser, one signed-in person.
    if (request.previousSessionHash) await deleteSession(tx, request.previousSessionHash);
    const token = newToken();
    const csrfToken = newToken();
    await insertSession(tx, {
      tokenHash: hashToken(token),
      personId,
      csrfToken,
      userAgent: request.userAgent?.slice(0, 300) ?? null,
    });
    await pruneExpiredSessions(tx, personId);
    await recordAudit(tx, {
      actorId: personId,
      action: 'session.create',
      entityType: 'person',
      entityId: personId,
      details: { method: 'oidc', issuer: identity.issuer, ...(accountCreated ? { accountCreated } : {}) },
    });
    return { outcome: 'signed-in' as const, token, csrfToken, personId };
  });
}

const refused = (reason: OidcRefusal): OidcSignInResult => ({ outcome: 'refused', reason });
