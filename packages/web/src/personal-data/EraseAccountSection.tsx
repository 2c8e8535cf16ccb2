/**
 * "Erase my account": what erasure does (per network, as each chose), the password that
 * confirms it is the person, and a final confirmation. Afterwards the person is signed out
 * and taken to a page that says so.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, setCsrfToken } from '../api/client.ts';
import { RECENT_SIGN_IN_MINUTES } from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { fetchSignInProviders } from '../session/session.api.ts';
import { SESSION_KEY } from '../session/session-context.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { Field } from '../ui/fields.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { eraseOwnAccount, type PersonalDataSummary } from './personal-data.api.ts';

const PASSWORD_ID = 'erase-password';

export function EraseAccountSection({ summary }: { summary: PersonalDataSummary }) {
  const { t, fill } = useI18n();
  const blocking = summary.networks.filter((network) => network.soleCoordinator);
  return (
    <section aria-labelledby="erase-title" className="panel">
      <h2 id="erase-title">{t.yourData.eraseTitle}</h2>
      <p>{t.yourData.eraseIntro}</p>
      <ul className="your-data-list">
        <li>{t.yourData.eraseProfile}</li>
        <li>{t.yourData.eraseAnswers}</li>
        <li>{t.yourData.eraseAffiliations}</li>
        {summary.networks.map((network) => (
          <li key={network.id}>
            {fill(network.erasedTies === 'tombstone' ? t.yourData.eraseTombstone : t.yourData.eraseRemove, {
              network: network.name,
            })}
          </li>
        ))}
        <li>{t.yourData.eraseAudit}</li>
      </ul>
      <p>{t.yourData.eraseDownloadFirst}</p>
      {blocking.length > 0 ? (
        <div className="notice" role="note">
          <p>{fill(t.yourData.soleCoordinator, { networks: blocking.map((n) => n.name).join(', ') })}</p>
        </div>
      ) : summary.confirmWith === 'recent-sign-in' && !isStillRecent(summary.recentSignInUntil) ? (
        <SignInAgain />
      ) : (
        <EraseForm withPassword={summary.confirmWith !== 'recent-sign-in'} />
      )}
    </section>
  );
}

/** Whether a sign-in at the provider still confirms an erasure (the server decides again on the request). */
function isStillRecent(until: string | null) {
  return until !== null && Date.parse(until) > Date.now();
}

/** For someone without a password: a fresh sign-in at their provider, back to this page, confirms. */
function SignInAgain() {
  const { t, fill } = useI18n();
  const providers = useQuery({ queryKey: ['session', 'providers'], queryFn: fetchSignInProviders });
  return (
    <div>
      <p>{fill(t.yourData.signInAgainIntro, { minutes: String(RECENT_SIGN_IN_MINUTES) })}</p>
      {providers.data?.providers.map((provider) => (
        <a
          key={provider.id}
          className="button-secondary"
          href={`${provider.startUrl}?next=${encodeURIComponent('/your-data')}`}
        >
          {fill(t.yourData.signInAgainWith, { label: provider.label })}
        </a>
      ))}
    </div>
  );
}

function EraseForm({ withPassword }: { withPassword: boolean }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [password, setPassword] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ message: string; onPassword: boolean } | null>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const focusStart = useRef(false);

  // The final question takes focus when it appears; cancelling returns focus to the first button.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (focusStart.current) {
      focusStart.current = false;
      startButton.current?.focus();
    }
  }, [confirming]);

  function start(event: FormEvent) {
    event.preventDefault();
    if (withPassword && password === '') {
      setProblem({ message: t.yourData.passwordMissing, onPassword: true });
      return;
    }
    setProblem(null);
    setConfirming(true);
  }

  async function erase() {
    setBusy(true);
    try {
      await eraseOwnAccount(withPassword ? password : undefined);
      setCsrfToken(null);
      void navigate('/account-erased', { replace: true });
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
      queryClient.setQueryData(SESSION_KEY, null);
      announce(t.yourData.erasedAnnouncement);
    } catch (error) {
      setBusy(false);
      setConfirming(false);
      setProblem(problemOf(error));
    }
  }

  function problemOf(error: unknown) {
    if (error instanceof ApiError && error.code === 'RATE_LIMITED')
      return { message: t.yourData.tooMany, onPassword: true };
    if (error instanceof ApiError && error.fieldErrors().password)
      return { message: t.yourData.wrongPassword, onPassword: true };
    return { message: error instanceof Error ? error.message : String(error), onPassword: false };
  }

  return (
    <form className="form" onSubmit={start} noValidate>
      <ErrorSummary
        problems={
          problem ? [{ message: problem.message, fieldId: problem.onPassword ? PASSWORD_ID : undefined }] : []
        }
      />
      {!withPassword && <p>{t.yourData.recentSignIn}</p>}
      {withPassword && (
        <Field
          id={PASSWORD_ID}
          label={t.yourData.passwordLabel}
          hint={t.yourData.passwordHint}
          error={problem?.onPassword ? problem.message : undefined}
        >
          {(props) => (
            <input
              {...props}
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              disabled={confirming}
              onChange={(event) => setPassword(event.target.value)}
            />
          )}
        </Field>
      )}
      {confirming ? (
        <div className="confirm" role="group" aria-labelledby="erase-confirm-question">
          <p id="erase-confirm-question">{t.yourData.confirmQuestion}</p>
          <button
            type="button"
            ref={confirmButton}
            className="button-danger"
            disabled={busy}
            onClick={() => void erase()}
          >
            {busy ? t.yourData.erasing : t.yourData.confirmErase}
          </button>
          <button
            type="button"
            className="button-secondary"
            disabled={busy}
            onClick={() => {
              focusStart.current = true;
              setConfirming(false);
            }}
          >
            {t.common.cancel}
          </button>
        </div>
      ) : (
        <div className="form-actions">
          <button type="submit" ref={startButton} className="button-danger">
            {t.yourData.startErase}
          </button>
        </div>
      )}
    </form>
  );
}
