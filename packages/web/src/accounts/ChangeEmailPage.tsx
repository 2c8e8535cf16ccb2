/** Changing one's email: the current password, then a link to the new address confirms it. */
import { problemsOf } from '../ui/form-problems.ts';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session/session-context.tsx';
import { ErrorSummary, type Problem } from '../ui/error-summary.tsx';
import { Field } from '../ui/fields.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { requestEmailChange } from './accounts.api.ts';

export function ChangeEmailPage() {
  const { t, fill } = useI18n();
  const { session } = useSession();
  const [newEmail, setNewEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblems([]);
    try {
      await requestEmailChange({ newEmail: newEmail.trim(), password });
      setSentTo(newEmail.trim());
    } catch (error) {
      if (error instanceof ApiError && error.status === 403) {
        setProblems([{ fieldId: 'change-email-password', message: t.mail.wrongPassword }]);
      } else if (error instanceof ApiError && error.status === 409) {
        setProblems([{ fieldId: 'change-email-new', message: t.mail.emailTaken }]);
      } else {
        // Any other refusal is about the new address (the only field the API checks).
        setProblems(
          error instanceof ApiError && error.issues.length > 0
            ? problemsOf(error, 'change-email-new')
            : problemsOf(error),
        );
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="narrow">
      <PageHeading title={t.mail.changeEmailTitle}>{t.mail.changeEmailTitle}</PageHeading>
      {session === null ? (
        <p>
          <Link to="/sign-in?next=/account/email">{t.session.signIn}</Link>
        </p>
      ) : sentTo ? (
        <p role="status" className="lead">
          {fill(t.mail.changeEmailSent, { email: sentTo })}
        </p>
      ) : (
        <>
          <p className="lead">{t.mail.changeEmailIntro}</p>
          <ErrorSummary problems={problems} />
          <form className="form" onSubmit={(event) => void submit(event)} noValidate>
            <Field id="change-email-new" label={t.mail.newEmail}>
              {(props) => (
                <input
                  {...props}
                  type="email"
                  name="email"
                  autoComplete="email"
                  required
                  value={newEmail}
                  onChange={(event) => setNewEmail(event.target.value)}
                />
              )}
            </Field>
            <Field id="change-email-password" label={t.mail.currentPassword}>
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
              {t.mail.changeEmailSubmit}
            </button>
          </form>
        </>
      )}
    </div>
  );
}
