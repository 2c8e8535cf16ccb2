/** English / Español, each named in its own language; remembered here and, signed in, on the account. */
import { useI18n, LANGUAGE_NAMES, LOCALES, type Locale } from '../i18n/i18n.tsx';
import { saveLocale } from '../session/session.api.ts';
import { useSession } from '../session/session-context.tsx';

export function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  const { session } = useSession();

  function choose(next: Locale) {
    setLocale(next);
    // Best effort: the choice is already remembered on this device.
    if (session) saveLocale(next).catch(() => {});
  }

  return (
    <div className="language-switch" role="group" aria-label={t.app.language}>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === locale}
          className="toggle"
          onClick={() => choose(option)}
        >
          {LANGUAGE_NAMES[option]}
        </button>
      ))}
    </div>
  );
}
