/**
 * Where the chosen analysis stands: not run yet, queued, running or failed; and, for the network's
 * coordinators and evaluators, the button that asks for one.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../i18n/i18n.tsx';
import { RequestFailed } from '../ui/feedback.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { analysisKeys, requestAnalysis, type Selection } from './analysis.api.ts';
import type { SelectedAnalyses } from './selection.ts';

interface Props {
  networkId: string;
  selection: Selection;
  analyses: SelectedAnalyses;
  canRequest: boolean;
}

export function AnalysisStatus({ networkId, selection, analyses, canRequest }: Props) {
  const { t, fill, date } = useI18n();
  const texts = t.analysis;
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const request = useMutation({
    mutationFn: () => requestAnalysis(networkId, selection),
    onSuccess: async () => {
      announce(texts.requested);
      await queryClient.invalidateQueries({ queryKey: analysisKeys.list(networkId) });
    },
  });
  const { done, inProgress, failed } = analyses;
  return (
    <div className="analysis-status">
      {done?.finishedAt ? (
        <p className="hint">{fill(texts.computedAt, { date: date(done.finishedAt) })}</p>
      ) : null}
      {!done && !inProgress ? <p>{canRequest ? texts.none : `${texts.none} ${texts.noneAsk}`}</p> : null}
      {inProgress ? (
        <p className="notice" role="status">
          {inProgress.status === 'queued' ? texts.queued : texts.running}
        </p>
      ) : null}
      {failed ? <p className="notice notice-error">{texts.failed}</p> : null}
      {canRequest && !inProgress ? (
        <button
          type="button"
          className={done ? 'button-secondary' : 'button-primary'}
          disabled={request.isPending}
          onClick={() => request.mutate()}
        >
          {request.isPending ? texts.requesting : done ? texts.runAgain : texts.run}
        </button>
      ) : null}
      {request.isError ? <RequestFailed error={request.error} /> : null}
    </div>
  );
}
