/** An introduction, for the two people it is about: the person asked accepts or declines here. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { RequestFailed } from '../ui/feedback.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { QueryState } from '../ui/page-states.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { answerIntroduction, getIntroduction } from './accounts.api.ts';

export function IntroductionPage() {
  const { id = '' } = useParams();
  const { t, fill } = useI18n();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const key = ['introduction', id];
  const query = useQuery({ queryKey: key, queryFn: ({ signal }) => getIntroduction(id, signal) });
  const answer = useMutation({
    mutationFn: (accept: boolean) => answerIntroduction(id, accept),
    onSuccess: (introduction) => {
      queryClient.setQueryData(key, introduction);
      announce(
        introduction.status === 'accepted' ? t.mail.introductionAccepted : t.mail.introductionDeclined,
      );
    },
  });
  if (!query.isSuccess) return <QueryState queries={query} notFound={{}} />;
  const introduction = query.data;
  const other = introduction.youAre === 'target' ? introduction.requester : introduction.target;
  return (
    <div className="narrow">
      <PageHeading title={t.mail.introductionTitle}>{t.mail.introductionTitle}</PageHeading>
      {introduction.status === 'accepted' ? (
        <p className="lead">{t.mail.introductionAccepted}</p>
      ) : introduction.status === 'declined' ? (
        <p className="lead">{t.mail.introductionDeclined}</p>
      ) : introduction.youAre === 'requester' ? (
        <p className="lead">{fill(t.mail.introductionPendingRequester, { name: other.displayName })}</p>
      ) : (
        <>
          <p className="lead">{fill(t.mail.introductionPendingTarget, { name: other.displayName })}</p>
          {answer.isError ? <RequestFailed error={answer.error} /> : null}
          <div className="actions">
            <button
              type="button"
              className="button-primary"
              disabled={answer.isPending}
              onClick={() => answer.mutate(true)}
            >
              {t.mail.accept}
            </button>
            <button
              type="button"
              className="button-secondary"
              disabled={answer.isPending}
              onClick={() => answer.mutate(false)}
            >
              {t.mail.decline}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
