/**
 * Keeps the account's language and this device's in step when a session appears: a choice made
 * on this device wins and is saved to the account; otherwise the account's language is adopted.
 */
import { useEffect, useRef } from 'react';
import { isLocale, storedLocale, useI18n } from '../i18n/i18n.tsx';
import { saveLocale } from '../session/session.api.ts';
import { useSession } from '../session/session-context.tsx';

export function LocaleSync() {
  const { session } = useSession();
  const { setLocale } = useI18n();
  const syncedFor = useRef<string | null>(null);

  useEffect(() => {
    if (!session || syncedFor.current === session.person.id) {
      if (session === null) syncedFor.current = null;
      return;
    }
    syncedFor.current = session.person.id;
    const chosen = storedLocale();
    if (chosen && chosen !== session.person.locale) saveLocale(chosen).catch(() => {});
    else if (!chosen && isLocale(session.person.locale)) setLocale(session.person.locale, false);
  }, [session, setLocale]);

  return null;
}
