/** The unsubscribe link's page (`?token=`): one click, no sign-in. */
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { unsubscribe } from './accounts.api.ts';

export function UnsubscribePage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [state, setState] = useState<{
    done?: 'surveys' | 'introductions';
    problem?: boolean;
    busy?: boolean;
  }>({});

  async function go() {
    setState({ busy: true });
    try {
      setState({ done: (await unsubscribe(token)).category });
    } catch {
      setState({ problem: true });
    }
  }

  return (
    <div className="narrow">
      <PageHeading title={t.mail.unsubscribeTitle}>{t.mail.unsubscribeTitle}</PageHeading>
      {state.done ? (
        <p role="status" className="lead">
          {t.mail.unsubscribed[state.done]}
        </p>
      ) : (
        <>
          <p className="lead">{t.mail.unsubscribeIntro}</p>
          {state.problem || !token ? <p role="alert">{t.mail.unsubscribeInvalid}</p> : null}
          <button
            type="button"
            className="button-primary"
            disabled={state.busy || !token}
            onClick={() => void go()}
          >
            {t.mail.unsubscribeButton}
          </button>
        </>
      )}
    </div>
  );
}
