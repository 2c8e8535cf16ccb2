/** "Forgot your password?": asks for a reset link; the answer is the same whether the email has an account. */
import { messageOf } from '../ui/form-problems.ts';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { Field } from '../ui/fields.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { requestPasswordReset } from './accounts.api.ts';

export function ForgotPasswordPage() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await requestPasswordReset(email.trim());
      setSent(true);
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="narrow">
      <PageHeading title={t.mail.forgotTitle}>{t.mail.forgotTitle}</PageHeading>
      {sent ? (
        <p role="status" className="lead">
          {t.mail.forgotSent}
        </p>
      ) : (
        <>
          <p className="lead">{t.mail.forgotIntro}</p>
          <ErrorSummary problems={problem ? [{ message: problem, fieldId: 'forgot-email' }] : []} />
          <form className="form" onSubmit={(event) => void submit(event)} noValidate>
            <Field id="forgot-email" label={t.mail.email}>
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
            <button type="submit" className="button-primary" disabled={busy}>
              {t.mail.forgotSubmit}
            </button>
          </form>
        </>
      )}
    </div>
  );
}
