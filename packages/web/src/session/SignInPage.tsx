/** The sign-in form; afterwards it returns to the page that asked for it (`?next=`). */
import { messageOf } from '../ui/form-problems.ts';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { Field } from '../ui/fields.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { OIDC_REFUSALS } from '../../../server/src/accounts/oidc-refusals.js';
import { fetchSignInProviders } from './session.api.ts';
import { useSession } from './session-context.tsx';

/** Only same-site paths, so `?next=` cannot send anyone elsewhere. */
const safeNext = (next: string | null) =>
  next && next.startsWith('/') && !next.startsWith('//') ? next : '/';

export function SignInPage() {
  const { t, fill } = useI18n();
  const { signIn } = useSession();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const providers = useQuery({ queryKey: ['session', 'providers'], queryFn: fetchSignInProviders });
  // A sign-in through the school's provider that came back refused says why (`?oidc=<reason>`).
  const refusal = OIDC_REFUSALS.find((reason) => reason === params.get('oidc'));
  const shown = problem ?? (refusal ? t.signInProviders.refused[refusal] : null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const session = await signIn(email, password);
      announce(fill(t.session.welcome, { name: session.person.displayName }));
      void navigate(safeNext(params.get('next')), { replace: true });
    } catch (error) {
      // The server says how long to wait, in the language the app asked for.
      if (error instanceof ApiError && error.code === 'RATE_LIMITED')
        setProblem(error.message || t.session.tooMany);
      else if (error instanceof ApiError && error.status < 500 && error.status !== 0)
        setProblem(t.session.failed);
      else setProblem(messageOf(error));
      setBusy(false);
    }
  }

  return (
    <div className="narrow">
      <PageHeading title={t.session.signIn}>{t.session.signInTitle}</PageHeading>
      <p className="lead">{t.session.signInIntro}</p>
      <ErrorSummary
        problems={shown ? [{ message: shown, fieldId: problem ? 'sign-in-email' : undefined }] : []}
      />
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <Field id="sign-in-email" label={t.session.email}>
          {(props) => (
            <input
              {...props}
              type="email"
              name="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          )}
        </Field>
        <Field id="sign-in-password" label={t.session.password}>
          {(props) => (
            <input
              {...props}
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? t.session.signingIn : t.session.signIn}
        </button>
      </form>
      <p>
        <Link to="/account/forgot-password">{t.mail.forgotLink}</Link>
      </p>
      {providers.data && providers.data.providers.length > 0 && (
        <section aria-labelledby="sign-in-providers">
          <h2 id="sign-in-providers">{t.signInProviders.or}</h2>
          {providers.data.providers.map((provider) => (
            <a
              key={provider.id}
              className="button-secondary"
              href={`${provider.startUrl}?next=${encodeURIComponent(safeNext(params.get('next')))}`}
            >
              {fill(t.signInProviders.signInWith, { label: provider.label })}
            </a>
          ))}
        </section>
      )}
    </div>
  );
}
