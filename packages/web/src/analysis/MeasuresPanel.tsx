/** The network-level measures of an analysis, each with a one-line plain explanation. */
import { useMemo } from 'react';
import type { AnalysisLevel } from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { GraphMeasures, WaveChange } from './analysis.types.ts';
import { measureFormats } from './measure-format.ts';

interface Measure {
  key: string;
  label: string;
  value: string;
  hint: string;
}

export function MeasuresPanel({
  graph,
  level,
  waveSelected,
  cutPointCount,
  compact = false,
}: {
  graph: GraphMeasures;
  level: AnalysisLevel;
  waveSelected: boolean;
  /** The report adds the single points of failure (counted by the node list). */
  cutPointCount?: number | undefined;
  /** Without the one-line explanations (the printed report). */
  compact?: boolean;
}) {
  const { t, fill, plural, number, locale } = useI18n();
  const m = t.analysis.measures;
  const loop = t.analysisLoop;
  const formats = useMemo(() => measureFormats(locale), [locale]);
  const singletons = graph.communities.singletons ?? 0;
  const optional = (value: number | null | undefined) =>
    value === null || value === undefined ? m.notAvailable : number(value);
  const measures: Measure[] = [
    {
      key: 'nodes',
      label: level === 'people' ? m.nodesPeople : m.nodesOrganisations,
      value: number(graph.nodeCount),
      hint: m.nodesHint,
    },
    { key: 'ties', label: m.ties, value: number(graph.edgeCount), hint: m.tiesHint },
    { key: 'density', label: m.density, value: formats.share(graph.density), hint: m.densityHint },
    { key: 'reciprocity', label: m.reciprocity, value: optional(graph.reciprocity), hint: m.reciprocityHint },
    {
      key: 'centralization',
      label: m.centralization,
      value: number(graph.degreeCentralization),
      hint: m.centralizationHint,
    },
    {
      key: 'components',
      label: m.components,
      value: number(graph.weakComponents.count),
      hint: fill(m.componentsHint, { size: graph.largestComponentSize }),
    },
    {
      key: 'communities',
      label: m.communities,
      // Isolates are not communities: "12 (and 5 isolates, not counted)".
      value:
        singletons > 0
          ? `${number(graph.communities.count)} (${plural(loop.communitiesAlone, singletons)})`
          : number(graph.communities.count),
      hint: loop.communitiesHint,
    },
    {
      key: 'modularity',
      label: m.modularity,
      value: number(graph.communities.modularity),
      hint: m.modularityHint,
    },
    { key: 'outwardEi', label: m.outwardEi, value: optional(graph.outwardEiIndex), hint: m.outwardEiHint },
    {
      key: 'acrossEi',
      label: m.acrossEi,
      value: optional(graph.organisationEiIndex),
      hint: m.acrossEiHint,
    },
    { key: 'isolates', label: m.isolates, value: number(graph.isolateCount), hint: m.isolatesHint },
  ];
  if (cutPointCount !== undefined)
    measures.push({
      key: 'cutPoints',
      label: loop.report.cutPoints,
      value: number(cutPointCount),
      hint: t.analysis.attention.cutPointsHint,
    });
  // Both E-I indices are about people's ties (beyond the network; across schools): on a map of
  // organisations every tie is across, and none leaves the network.
  const shown = measures.filter(
    (measure) => level === 'people' || (measure.key !== 'outwardEi' && measure.key !== 'acrossEi'),
  );
  return (
    <section
      aria-labelledby="measures-heading"
      className={compact ? 'panel measures compact' : 'panel measures'}
    >
      <h2 id="measures-heading">{m.heading}</h2>
      <MeasureList measures={shown} compact={compact} />
      {waveSelected ? <ChangePanel change={graph.changeSincePreviousWave ?? null} level={level} /> : null}
    </section>
  );
}

function MeasureList({ measures, compact = false }: { measures: Measure[]; compact?: boolean }) {
  return (
    <dl className="measure-list">
      {measures.map((measure) => (
        <div key={measure.key} className="measure">
          <dt>{measure.label}</dt>
          <dd>
            <span className="measure-value">{measure.value}</span>
            {compact ? null : <span className="measure-hint">{measure.hint}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function ChangePanel({ change, level }: { change: WaveChange | null; level: AnalysisLevel }) {
  const { t, locale, number } = useI18n();
  const m = t.analysis.measures;
  const formats = useMemo(() => measureFormats(locale), [locale]);
  const difference = (value: number | null) => (value === null ? m.notAvailable : formats.change(value));
  const items = change
    ? [
        { key: 'gained', label: m.tiesGained, value: number(change.tiesGained) },
        { key: 'lost', label: m.tiesLost, value: number(change.tiesLost) },
        { key: 'density', label: m.densityChange, value: difference(change.densityChange) },
        { key: 'outward', label: m.outwardEiChange, value: difference(change.outwardEiChange) },
        {
          key: 'across',
          label: m.acrossEiChange,
          value: difference(change.organisationEiChange),
        },
        // As above: the E-I indices are about people's ties.
      ].filter((item) => level === 'people' || (item.key !== 'outward' && item.key !== 'across'))
    : [];
  return (
    <>
      <h3>{m.changeHeading}</h3>
      {change ? (
        <dl className="measure-list">
          {items.map((item) => (
            <div key={item.key} className="measure">
              <dt>{item.label}</dt>
              <dd>
                <span className="measure-value">{item.value}</span>
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>{m.noChange}</p>
      )}
    </>
  );
}
