/** "Ask for an introduction" to a suggested colleague: both are mailed, no address is shared yet. */
import { useMutation } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session/session-context.tsx';
import { askForIntroduction } from './accounts.api.ts';

export function AskIntroductionButton({
  personId,
  name,
  networkId,
}: {
  personId: string;
  name: string;
  networkId?: string | undefined;
}) {
  const { t, fill } = useI18n();
  const { session } = useSession();
  const { pathname } = useLocation();
  const ask = useMutation({ mutationFn: () => askForIntroduction(personId, networkId) });
  // Only on one's own suggestions (one's own person page): on anyone else's, the introduction
  // would be the viewer's, not the person's the suggestions are for.
  if (!session || pathname !== `/people/${session.person.id}`) return null;
  if (ask.isSuccess) {
    return (
      <p role="status" className="hint">
        {fill(t.mail.introductionAsked, { name })}
      </p>
    );
  }
  return (
    <>
      <button
        type="button"
        className="button-quiet"
        disabled={ask.isPending}
        aria-label={fill(t.mail.askIntroductionTo, { name })}
        onClick={() => ask.mutate()}
      >
        {t.mail.askIntroduction}
      </button>
      {ask.isError ? (
        <p role="alert" className="field-error">
          {ask.error instanceof Error ? ask.error.message : String(ask.error)}
        </p>
      ) : null}
    </>
  );
}
