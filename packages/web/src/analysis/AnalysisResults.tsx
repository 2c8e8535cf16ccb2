/** A finished analysis: measures, who needs attention, the map or the table, and the downloads. */
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { Loading } from '../ui/feedback.tsx';
import { analysisKeys, getOwnPosition, listNodes, type Selection } from './analysis.api.ts';
import type { AnalysisSummary, GraphMeasures } from './analysis.types.ts';
import { ExportLinks } from './ExportLinks.tsx';
import { MeasuresPanel } from './MeasuresPanel.tsx';
import { NodeTable } from './NodeTable.tsx';
import { ALL_TIES, NO_FILTERS, readNodeQuery, readView, withParams, type ParamChanges } from './selection.ts';
import { ViewTabs } from './ViewTabs.tsx';

// sigma and graphology load with the map, in their own chunk: no other page downloads them.
const NetworkMap = lazy(() => import('./NetworkMap.tsx'));

interface Props {
  analysis: AnalysisSummary & { graph: GraphMeasures };
  networkId: string;
  networkSlug: string;
  selection: Selection;
  params: URLSearchParams;
  onChange: (changes: ParamChanges) => void;
}

export function AnalysisResults({ analysis, networkId, networkSlug, selection, params, onChange }: Props) {
  const { t } = useI18n();
  const report = new URLSearchParams();
  report.set('level', selection.level);
  report.set('wave', selection.waveId ?? ALL_TIES);
  if (selection.relation) report.set('relation', selection.relation);
  const view = readView(params);
  const [tableFocus, setTableFocus] = useState(0);
  return (
    <>
      <MeasuresPanel graph={analysis.graph} level={analysis.level} waveSelected={analysis.waveId !== null} />
      <Attention analysis={analysis} params={params} onFollow={() => setTableFocus((n) => n + 1)} />
      <section aria-labelledby="views-heading" className="analysis-views">
        <h2 id="views-heading">{t.analysis.views.label}</h2>
        <ViewTabs view={view} onChange={(next) => onChange({ view: next === 'map' ? null : next })}>
          {view === 'map' ? (
            <Suspense fallback={<Loading />}>
              <NetworkMap analysisId={analysis.id} level={analysis.level} />
            </Suspense>
          ) : (
            <NodeTable
              analysisId={analysis.id}
              level={analysis.level}
              query={readNodeQuery(params)}
              communityCount={analysis.graph.communities.count}
              onChange={onChange}
              onClearFilters={() => onChange(NO_FILTERS)}
              focusRequest={tableFocus}
            />
          )}
        </ViewTabs>
      </section>
      <ExportLinks networkId={networkId} selection={selection} />
      <p>
        <Link to={`/networks/${networkSlug}/analysis/report?${report.toString()}`}>
          {t.analysisLoop.report.link}
        </Link>
      </p>
    </>
  );
}

/** The coordinator's lists: isolates and single points of failure, each a preset of the table. */
function Attention({
  analysis,
  params,
  onFollow,
}: {
  analysis: AnalysisSummary & { graph: GraphMeasures };
  params: URLSearchParams;
  onFollow: () => void;
}) {
  const { t, fill } = useI18n();
  const texts = t.analysis.attention;
  const cutPointQuery = { sort: 'betweenness', order: 'desc', limit: 1, offset: 0, cutPoint: true } as const;
  const cutPoints = useQuery({
    queryKey: analysisKeys.nodes(analysis.id, cutPointQuery),
    queryFn: ({ signal }) => listNodes(analysis.id, cutPointQuery, signal),
  });
  const preset = (filter: ParamChanges) =>
    `?${withParams(params, { ...NO_FILTERS, view: 'table', ...filter })}`;
  // Those who may not see names cannot act on a list of hidden isolates: they see where they stand.
  if (cutPoints.data && !cutPoints.data.named) return <YourPosition analysis={analysis} />;
  return (
    <section aria-labelledby="attention-heading" className="panel attention">
      <h2 id="attention-heading">{texts.heading}</h2>
      <ul className="attention-list">
        <li>
          <Link to={preset({ isolate: true })} onClick={onFollow}>
            {fill(texts.isolates, { count: analysis.graph.isolateCount })}
          </Link>
          <span className="hint">{texts.isolatesHint}</span>
        </li>
        <li>
          <Link to={preset({ cutPoint: true })} onClick={onFollow}>
            {fill(texts.cutPoints, { count: cutPoints.data?.total ?? '…' })}
          </Link>
          <span className="hint">{texts.cutPointsHint}</span>
        </li>
      </ul>
    </section>
  );
}

/** Where the reader stands on the map, in plain words: only their own node. */
export function YourPosition({
  analysis,
  headingLevel = 2,
}: {
  analysis: AnalysisSummary;
  headingLevel?: 2 | 3;
}) {
  const { t, fill, plural, number } = useI18n();
  const texts = t.analysisLoop.position;
  const position = useQuery({
    queryKey: analysisKeys.position(analysis.id),
    queryFn: ({ signal }) => getOwnPosition(analysis.id, signal),
  });
  if (analysis.level !== 'people') return null;
  const own = position.data?.position;
  return (
    <section aria-labelledby="position-heading" className="panel attention">
      {headingLevel === 2 ? (
        <h2 id="position-heading">{texts.heading}</h2>
      ) : (
        <h3 id="position-heading">{texts.heading}</h3>
      )}
      {position.isPending ? <Loading /> : null}
      {position.isSuccess && !own ? <p>{texts.notOnMap}</p> : null}
      {own ? (
        <>
          {own.isolate ? (
            <p>{texts.isolate}</p>
          ) : (
            <ul className="position-list">
              <li>
                {plural(texts.ties, own.degree)}{' '}
                {own.inDegree !== null && own.outDegree !== null
                  ? fill(texts.inOut, { out: own.outDegree, in: own.inDegree })
                  : null}
              </li>
              {own.communitySize ? <li>{plural(texts.community, own.communitySize)}</li> : null}
              {own.cutPoint ? <li>{texts.cutPoint}</li> : null}
              <li>{fill(texts.bridging, { value: number(own.betweenness) })}</li>
              {own.brokerageRole ? (
                <li>{fill(texts.role, { role: t.analysis.roles[own.brokerageRole] })}</li>
              ) : null}
            </ul>
          )}
          <p className="hint">{texts.private}</p>
        </>
      ) : null}
    </section>
  );
}
