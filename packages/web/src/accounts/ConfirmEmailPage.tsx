/**
 * Confirms a new email from the mailed link (`?token=`). It takes a click, not a page load, so
 * that a mail scanner opening the link does not use it up.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { SESSION_KEY } from '../session/session-context.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { confirmEmailChange } from './accounts.api.ts';

export function ConfirmEmailPage() {
  const { t, fill } = useI18n();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const queryClient = useQueryClient();
  const [state, setState] = useState<{ done?: string; problem?: string; busy?: boolean }>({});

  async function confirm() {
    setState({ busy: true });
    try {
      const { email } = await confirmEmailChange(token);
      setState({ done: email });
      await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
    } catch (error) {
      setState({
        problem:
          error instanceof ApiError && error.status < 500
            ? error.code === 'CONFLICT'
              ? t.mail.emailTaken
              : t.mail.linkExpired
            : error instanceof Error
              ? error.message
              : String(error),
      });
    }
  }

  return (
    <div className="narrow">
      <PageHeading title={t.mail.confirmTitle}>{t.mail.confirmTitle}</PageHeading>
      {!token ? (
        <p>{t.mail.noToken}</p>
      ) : state.done ? (
        <p role="status" className="lead">
          {fill(t.mail.confirmed, { email: state.done })}
        </p>
      ) : (
        <>
          {state.problem ? <p role="alert">{state.problem}</p> : null}
          <button
            type="button"
            className="button-primary"
            disabled={state.busy}
            onClick={() => void confirm()}
          >
            {state.busy ? t.mail.confirming : t.mail.confirmTitle}
          </button>
        </>
      )}
    </div>
  );
}
