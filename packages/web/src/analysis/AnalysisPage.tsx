/**
 * A network's analysis page (`/networks/:slug/analysis?level&wave&relation&view…`): choose the
 * ties, see the measures, who needs attention, the map or the table, and download the data.
 */
import { NetworkRoute } from '../ui/network-route.tsx';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { ApiError } from '../api/client.ts';
import type { NetworkDetail } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Loading, RequestFailed } from '../ui/feedback.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { surveyTitle } from '../surveys/survey-text.ts';
import { analysisKeys, listAnalyses, listSurveys } from './analysis.api.ts';
import type { AnalysisSummary, SurveyWithWaves } from './analysis.types.ts';
import { AnalysisResults } from './AnalysisResults.tsx';
import { AnalysisStatus } from './AnalysisStatus.tsx';
import { MainSurvey } from './MainSurvey.tsx';
import {
  latestAnalysedWave,
  pickAnalyses,
  readSelection,
  withParams,
  type ParamChanges,
} from './selection.ts';
import { SelectionForm, type WaveChoice } from './SelectionForm.tsx';
import './analysis.css';

const PROGRESS_POLL_MS = 2_000;

export function AnalysisPage() {
  return <NetworkRoute>{(network) => <NetworkAnalysis network={network} />}</NetworkRoute>;
}

function NetworkAnalysis({ network }: { network: NetworkDetail }) {
  const { t, fill, locale } = useI18n();
  const { pathname, search } = useLocation();
  const [params, setParams] = useSearchParams();
  // The selection the list's polling checks (computed below, once the list is known).
  const selectionRef = useRef(readSelection(params));
  const analyses = useQuery({
    queryKey: analysisKeys.list(network.id),
    queryFn: ({ signal }) => listAnalyses(network.id, signal),
    // While the chosen analysis is queued or running, ask again until it is done.
    refetchInterval: (query) =>
      query.state.data && pickAnalyses(query.state.data.items, selectionRef.current).inProgress
        ? PROGRESS_POLL_MS
        : false,
  });
  const surveys = useQuery({
    queryKey: analysisKeys.surveys(network.id),
    queryFn: ({ signal }) => listSurveys(network.id, signal),
    enabled: analyses.isSuccess,
  });
  // With no wave in the address, the page opens on the latest analysed wave (all ties if none).
  const waves = useMemo(() => (surveys.data?.items ?? []).flatMap((survey) => survey.waves), [surveys.data]);
  const selection = useMemo(() => {
    const asked = readSelection(params);
    return readSelection(
      params,
      latestAnalysedWave(analyses.data?.items ?? [], waves, asked.level, asked.relation),
    );
  }, [params, analyses.data, waves]);
  useEffect(() => {
    selectionRef.current = selection;
  }, [selection]);
  // Until the waves are known, the default wave is not: wait rather than show all ties first.
  const choosing = !params.get('wave') && surveys.isPending;
  const picked = useMemo(
    () => pickAnalyses(analyses.data?.items ?? [], selection),
    [analyses.data, selection],
  );
  useAnnounceWhenReady(picked.done?.id, Boolean(picked.inProgress));

  const update = (changes: ParamChanges) => setParams(withParams(params, changes));
  const title = `${t.analysis.title}: ${network.name}`;

  return (
    <article className="analysis">
      <header className="page-header">
        <p className="eyebrow">
          <Link to={`/networks/${network.slug}`}>
            {fill(t.analysis.backToNetwork, { network: network.name })}
          </Link>
        </p>
        <PageHeading title={title}>{t.analysis.title}</PageHeading>
        <p className="prose">{fill(t.analysis.intro, { network: network.name })}</p>
      </header>
      {analyses.isPending || (analyses.isSuccess && choosing) ? <Loading /> : null}
      {analyses.isError ? (
        <AccessProblem
          error={analyses.error}
          next={pathname + search}
          onRetry={() => void analyses.refetch()}
        />
      ) : null}
      {analyses.isSuccess && !choosing ? (
        <>
          <SelectionForm
            selection={selection}
            waves={waveChoices(surveys.data?.items ?? [], analyses.data.items, (survey, number) =>
              fill(t.analysis.waveOption, { survey: surveyTitle(survey, locale), number }),
            )}
            onChange={update}
          />
          <MainSurvey networkId={network.id} surveys={surveys.data?.items ?? []} />
          <AnalysisStatus
            networkId={network.id}
            selection={selection}
            analyses={picked}
            canRequest={analyses.data.permissions.request}
          />
          {picked.done?.graph ? (
            <AnalysisResults
              key={picked.done.id}
              analysis={picked.done as AnalysisSummary & { graph: NonNullable<AnalysisSummary['graph']> }}
              networkId={network.id}
              networkSlug={network.slug}
              selection={selection}
              params={params}
              onChange={update}
            />
          ) : null}
        </>
      ) : null}
    </article>
  );
}

/** Says so when an analysis the page was waiting for is ready. */
function useAnnounceWhenReady(doneId: string | undefined, inProgress: boolean) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const waiting = useRef(false);
  useEffect(() => {
    if (inProgress) waiting.current = true;
    else if (waiting.current && doneId) {
      waiting.current = false;
      announce(t.analysis.ready);
    }
  }, [doneId, inProgress, announce, t.analysis.ready]);
}

/** The closed waves of the network's surveys, and any wave an analysis was made of. */
function waveChoices(
  surveys: SurveyWithWaves[],
  analyses: AnalysisSummary[],
  label: (survey: SurveyWithWaves, number: number) => string,
): WaveChoice[] {
  const analysed = new Set(analyses.map((analysis) => analysis.waveId));
  return surveys.flatMap((survey) =>
    survey.waves
      .filter((wave) => wave.status === 'closed' || analysed.has(wave.id))
      .map((wave) => ({ id: wave.id, label: label(survey, wave.number) })),
  );
}

function AccessProblem({ error, next, onRetry }: { error: unknown; next: string; onRetry: () => void }) {
  const { t } = useI18n();
  if (error instanceof ApiError && error.status === 401)
    return (
      <>
        <p>{t.analysis.signInNeeded}</p>
        <p>
          <Link className="button-primary" to={`/sign-in?next=${encodeURIComponent(next)}`}>
            {t.session.signIn}
          </Link>
        </p>
      </>
    );
  if (error instanceof ApiError && error.status === 403)
    return <p className="notice">{t.analysis.forbidden}</p>;
  return <RequestFailed error={error} onRetry={onRetry} />;
}
