/**
 * A printable one-page report of an analysis (`/networks/:slug/analysis/report?level&wave&relation`):
 * the network and wave, the measures and the change since the previous wave, who needs attention
 * (by organisation for those who may see names; for others, where they stand and the counts), and
 * the map drawn as an SVG image from the stored layout. Print CSS fits it on one A4 page.
 */
import { NetworkRoute } from '../ui/network-route.tsx';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { NetworkDetail } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { surveyTitle } from '../surveys/survey-text.ts';
import { Loading, RequestFailed } from '../ui/feedback.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { analysisKeys, getAnalysisMap, listAnalyses, listNodes, listSurveys } from './analysis.api.ts';
import type { AnalysisMap, AnalysisSummary, GraphMeasures } from './analysis.types.ts';
import { YourPosition } from './AnalysisResults.tsx';
import { categoryCodes, colourByCategory, HIDDEN_CATEGORY } from './map-colours.ts';
import { MeasuresPanel } from './MeasuresPanel.tsx';
import { latestAnalysedWave, pickAnalyses, readSelection } from './selection.ts';
import { EDGE_COLOUR } from './palette.ts';
import './analysis.css';
import './report.css';

/** At most this many organisations per list, and names per organisation, so the page stays one. */
const MAX_GROUPS = 8;
const MAX_NAMES = 6;

type DoneAnalysis = AnalysisSummary & { graph: GraphMeasures };

export function ReportPage() {
  return <NetworkRoute>{(network) => <NetworkReport network={network} />}</NetworkRoute>;
}

function NetworkReport({ network }: { network: NetworkDetail }) {
  const { t, fill, locale, date } = useI18n();
  const texts = t.analysisLoop.report;
  const [params] = useSearchParams();
  const analyses = useQuery({
    queryKey: analysisKeys.list(network.id),
    queryFn: ({ signal }) => listAnalyses(network.id, signal),
  });
  const surveys = useQuery({
    queryKey: analysisKeys.surveys(network.id),
    queryFn: ({ signal }) => listSurveys(network.id, signal),
    enabled: analyses.isSuccess,
  });
  const waves = useMemo(() => (surveys.data?.items ?? []).flatMap((survey) => survey.waves), [surveys.data]);
  const selection = useMemo(() => {
    const asked = readSelection(params);
    return readSelection(
      params,
      latestAnalysedWave(analyses.data?.items ?? [], waves, asked.level, asked.relation),
    );
  }, [params, analyses.data, waves]);
  const done = pickAnalyses(analyses.data?.items ?? [], selection).done;
  const back = `/networks/${network.slug}/analysis?${params.toString()}`;

  const waveLabel = useMemo(() => {
    if (!selection.waveId) return t.analysisLoop.source.allTies;
    for (const survey of surveys.data?.items ?? []) {
      const wave = survey.waves.find((candidate) => candidate.id === selection.waveId);
      if (wave)
        return fill(t.analysisLoop.source.wave, { survey: surveyTitle(survey, locale), number: wave.number });
    }
    return '';
  }, [selection.waveId, surveys.data, t, fill, locale]);

  const title = fill(texts.title, { network: network.name });
  return (
    <article className="analysis-report">
      <header className="report-header">
        <PageHeading title={title}>{title}</PageHeading>
        {done ? (
          <p>
            {fill(texts.of, {
              selection: `${waveLabel} · ${t.analysis.levels[selection.level]}`,
              date: date(done.finishedAt ?? done.requestedAt),
            })}
          </p>
        ) : null}
        <p className="report-actions">
          <button type="button" className="button-primary" onClick={() => window.print()}>
            {texts.print}
          </button>{' '}
          <Link to={back}>{texts.back}</Link>
        </p>
      </header>
      {analyses.isPending || surveys.isPending ? <Loading /> : null}
      {analyses.isError ? (
        <RequestFailed error={analyses.error} onRetry={() => void analyses.refetch()} />
      ) : null}
      {analyses.isSuccess && surveys.isSuccess && !done?.graph ? (
        <p className="notice">{texts.none}</p>
      ) : null}
      {done?.graph ? <ReportBody analysis={done as DoneAnalysis} /> : null}
    </article>
  );
}

function ReportBody({ analysis }: { analysis: DoneAnalysis }) {
  const { t } = useI18n();
  const texts = t.analysisLoop.report;
  const cutPointQuery = { sort: 'betweenness', order: 'desc', limit: 1, offset: 0, cutPoint: true } as const;
  const cutPoints = useQuery({
    queryKey: analysisKeys.nodes(analysis.id, cutPointQuery),
    queryFn: ({ signal }) => listNodes(analysis.id, cutPointQuery, signal),
  });
  const map = useQuery({
    queryKey: analysisKeys.map(analysis.id),
    queryFn: ({ signal }) => getAnalysisMap(analysis.id, signal),
    staleTime: Infinity,
  });
  return (
    <div className="report-body">
      <MeasuresPanel
        graph={analysis.graph}
        level={analysis.level}
        waveSelected={analysis.waveId !== null}
        cutPointCount={cutPoints.data?.total}
        compact
      />
      <section aria-labelledby="report-attention-heading" className="panel report-attention">
        <h2 id="report-attention-heading">{texts.attention}</h2>
        {map.isPending ? <Loading /> : null}
        {map.isError ? <RequestFailed error={map.error} onRetry={() => void map.refetch()} /> : null}
        {map.data?.status === 'ready' && map.data.showsNames ? <ByOrganisation map={map.data} /> : null}
        {map.data && !(map.data.status === 'ready' && map.data.showsNames) ? (
          <>
            <p>{texts.namesHidden}</p>
            <YourPosition analysis={analysis} headingLevel={3} />
          </>
        ) : null}
      </section>
      <section aria-labelledby="report-map-heading" className="panel report-map">
        <h2 id="report-map-heading">{texts.map}</h2>
        {map.data?.status === 'ready' ? (
          <MapImage map={map.data} />
        ) : map.data ? (
          <p>{texts.mapPending}</p>
        ) : null}
      </section>
    </div>
  );
}

interface Group {
  name: string;
  names: string[];
}

/** The nodes for which `pick` holds, by organisation, largest group first. */
function groupNodes(map: AnalysisMap, pick: (index: number) => boolean, noOrganisation: string): Group[] {
  const byGroup = new Map<number, string[]>();
  const count = map.nodes.x.length;
  for (let i = 0; i < count; i += 1) {
    if (!pick(i)) continue;
    const group = map.nodes.group[i] ?? -1;
    const list = byGroup.get(group) ?? [];
    list.push(map.nodes.label[i] ?? '');
    byGroup.set(group, list);
  }
  return [...byGroup.entries()]
    .map(([group, names]) => ({
      name: map.groups[group]?.name ?? noOrganisation,
      names: names.sort((a, b) => a.localeCompare(b)),
    }))
    .sort((a, b) => b.names.length - a.names.length || a.name.localeCompare(b.name));
}

function ByOrganisation({ map }: { map: AnalysisMap }) {
  const { t } = useI18n();
  const texts = t.analysisLoop.report;
  const isolates = useMemo(
    () => groupNodes(map, (i) => map.nodes.isolate[i] === true, texts.noOrganisation),
    [map, texts.noOrganisation],
  );
  const cutPoints = useMemo(
    () => groupNodes(map, (i) => map.nodes.cutPoint[i] === true, texts.noOrganisation),
    [map, texts.noOrganisation],
  );
  return (
    <div className="report-groups">
      <GroupList heading={texts.isolatesBy} groups={isolates} />
      <GroupList heading={texts.cutPointsBy} groups={cutPoints} />
    </div>
  );
}

function GroupList({ heading, groups }: { heading: string; groups: Group[] }) {
  const { t, plural, number } = useI18n();
  const texts = t.analysisLoop.report;
  const hidden = groups.length - MAX_GROUPS;
  return (
    <div>
      <h3>{heading}</h3>
      {groups.length === 0 ? <p>{texts.nobody}</p> : null}
      <ul className="report-group-list">
        {groups.slice(0, MAX_GROUPS).map((group) => (
          <li key={group.name}>
            <strong>
              {group.name} ({number(group.names.length)})
            </strong>
            : {group.names.slice(0, MAX_NAMES).join(', ')}
            {group.names.length > MAX_NAMES ? ` ${plural(texts.more, group.names.length - MAX_NAMES)}` : ''}
          </li>
        ))}
      </ul>
      {hidden > 0 ? <p>{plural(texts.moreOrganisations, hidden)}</p> : null}
    </div>
  );
}

const VIEW = 1000;
const PAD = 12;
const round = (value: number) => Math.round(value * 10) / 10;

/**
 * The stored layout as one SVG image: ties as one thin light path, nodes as one path per
 * colour, so that a few thousand nodes draw at once; a legend names the colours.
 */
function MapImage({ map }: { map: AnalysisMap }) {
  const { t, fill, plural, number } = useI18n();
  const texts = t.analysisLoop.report;
  const drawn = useMemo(() => {
    const { x, y } = map.nodes;
    const count = x.length;
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < count; i += 1) {
      minX = Math.min(minX, x[i]!);
      maxX = Math.max(maxX, x[i]!);
      minY = Math.min(minY, y[i]!);
      maxY = Math.max(maxY, y[i]!);
    }
    const scale = (VIEW - 2 * PAD) / Math.max(maxX - minX, maxY - minY, 1e-9);
    const height = count === 0 ? VIEW : round((maxY - minY) * scale + 2 * PAD);
    const px = (i: number) => round((x[i]! - minX) * scale + PAD);
    // Screen y grows downwards: flip, so the image reads as the map does.
    const py = (i: number) => round((maxY - y[i]!) * scale + PAD);
    const ties: string[] = [];
    const { source, target } = map.edges;
    for (let e = 0; e < source.length; e += 1)
      ties.push(`M${px(source[e]!)} ${py(source[e]!)}L${px(target[e]!)} ${py(target[e]!)}`);
    const { colours, legend } = colourByCategory(categoryCodes(map, 'organisation'));
    const radius = count > 1000 ? 2.5 : count > 200 ? 4 : 6;
    const byColour = new Map<string, string[]>();
    for (let i = 0; i < count; i += 1) {
      const colour = colours[i]!;
      const list = byColour.get(colour) ?? [];
      list.push(
        `M${round(px(i) - radius)} ${py(i)}a${radius} ${radius} 0 1 0 ${2 * radius} 0a${radius} ${radius} 0 1 0 ${-2 * radius} 0`,
      );
      byColour.set(colour, list);
    }
    return { height, ties: ties.join(''), nodes: [...byColour.entries()], legend };
  }, [map]);
  const nodes = plural(
    map.level === 'people' ? t.analysis.map.people : t.analysis.map.organisations,
    map.nodes.x.length,
  );
  const alt = fill(texts.mapAlt, { nodes, ties: plural(t.analysis.map.ties, map.edges.source.length) });
  const labelOf = (code: number | null) =>
    code === null
      ? t.analysis.map.other
      : code === HIDDEN_CATEGORY
        ? fill(t.analysis.map.otherOrganisations, { k: map.anonymity?.k ?? '' })
        : (map.groups[code]?.name ?? t.analysis.map.other);
  return (
    <div className="report-map-image">
      <svg
        role="img"
        aria-label={alt}
        viewBox={`0 0 ${VIEW} ${drawn.height}`}
        preserveAspectRatio="xMidYMid meet"
      >
        <path d={drawn.ties} fill="none" stroke={EDGE_COLOUR} strokeWidth={0.6} strokeOpacity={0.7} />
        {drawn.nodes.map(([colour, shapes]) => (
          <path key={colour} d={shapes.join('')} fill={colour} stroke="#ffffff" strokeWidth={0.4} />
        ))}
      </svg>
      <ul className="report-legend" aria-label={t.analysis.map.colourBys.organisation}>
        {drawn.legend.map((entry) => (
          <li key={entry.code ?? 'other'}>
            <span className="swatch" style={{ background: entry.colour }} aria-hidden="true" />
            {labelOf(entry.code)} ({number(entry.count)})
          </li>
        ))}
      </ul>
    </div>
  );
}
