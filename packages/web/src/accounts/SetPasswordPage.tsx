/** Sets a password from an invitation or reset link (`?token=&purpose=`), then signs in. */
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { SESSION_KEY } from '../session/session-context.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { Field } from '../ui/fields.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { setPasswordWithLink } from './accounts.api.ts';

export function SetPasswordPage() {
  const { t, fill } = useI18n();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const invitation = params.get('purpose') === 'invitation';
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ message: string; expired: boolean } | null>(null);
  const title = invitation ? t.mail.setTitleInvitation : t.mail.setTitleReset;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (password.length < 10) {
      setProblem({ message: t.mail.passwordTooShort, expired: false });
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const session = await setPasswordWithLink({ token, password });
      queryClient.setQueryData(SESSION_KEY, session);
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
      announce(fill(t.mail.setDone, { name: session.person.displayName }));
      void navigate('/', { replace: true });
    } catch (error) {
      const expired = error instanceof ApiError && (error.code === 'LINK_EXPIRED' || error.status === 400);
      setProblem({
        message: expired ? t.mail.linkExpired : error instanceof Error ? error.message : String(error),
        expired,
      });
      setBusy(false);
    }
  }

  return (
    <div className="narrow">
      <PageHeading title={title}>{title}</PageHeading>
      {token ? (
        <>
          <p className="lead">{t.mail.setIntro}</p>
          <ErrorSummary problems={problem ? [{ message: problem.message, fieldId: 'new-password' }] : []} />
          {problem?.expired ? (
            <p>
              <Link to="/account/forgot-password">{t.mail.askAgain}</Link>
            </p>
          ) : null}
          <form className="form" onSubmit={(event) => void submit(event)} noValidate>
            <Field id="new-password" label={t.mail.newPassword} hint={t.mail.newPasswordHint}>
              {(props) => (
                <input
                  {...props}
                  type="password"
                  name="new-password"
                  autoComplete="new-password"
                  required
                  minLength={10}
                  value={password}
                  onChange={(event) => setPassword(event.target.value)}
                />
              )}
            </Field>
            <button type="submit" className="button-primary" disabled={busy}>
              {t.mail.setSubmit}
            </button>
          </form>
        </>
      ) : (
        <p>{t.mail.noToken}</p>
      )}
    </div>
  );
}
