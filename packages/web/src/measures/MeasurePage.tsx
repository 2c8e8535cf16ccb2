/**
 * A measure's page: for each school apart (small multiples, never one averaged line) its run chart
 * with the median and its SPC chart with centre and limits per phase, a one-sentence summary of
 * the signals under each, and the table of its points; how signals are found; and for the team,
 * data entry, CSV import, annotations, confirming a change, editing and deleting the measure.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import type { InquiryDetail, MeasureChart, MeasureSeries, SeriesPhase } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InquiryHeader } from '../ui/inquiry-header.tsx';
import { isMissing, QueryState } from '../ui/page-states.tsx';
import { MeasureEditing } from './MeasureEditing.tsx';
import { getChart, getInquiry, measureKeys } from './measures.api.ts';
import { SeriesChart } from './SeriesChart.tsx';
import { seriesSummary } from './signal-summary.ts';
import { useSay } from './use-say.ts';
import './measures.css';

export function MeasurePage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const chart = useQuery({ queryKey: measureKeys.chart(id), queryFn: ({ signal }) => getChart(id, signal) });
  const inquiryId = chart.data?.measure.inquiryId ?? '';
  const inquiry = useQuery({
    queryKey: measureKeys.inquiry(inquiryId),
    queryFn: ({ signal }) => getInquiry(inquiryId, signal),
    enabled: inquiryId !== '',
  });
  if (!chart.isSuccess)
    return (
      <QueryState
        queries={chart}
        notFound={{ title: t.measures.notFound, body: t.measures.notFoundBody }}
        missing={isMissing}
      />
    );
  if (!inquiry.isSuccess) return <QueryState queries={inquiry} />;
  return <MeasureArticle chart={chart.data} inquiry={inquiry.data} />;
}

/** One y scale for every school's chart of a kind, so that the small multiples compare fairly. */
function sharedDomain(
  series: MeasureSeries[],
  kind: 'run' | 'spc',
  target: number | null,
): [number, number] | undefined {
  const values = series.flatMap((s) =>
    s[kind].phases.flatMap((phase) =>
      phase.points.flatMap((point) => [point.value, point.lower, point.upper, phase.centre]),
    ),
  );
  const numbers = [...values, target].filter((v): v is number => typeof v === 'number');
  if (numbers.length === 0) return undefined;
  return [Math.min(...numbers), Math.max(...numbers)];
}

function MeasureArticle({ chart, inquiry }: { chart: MeasureChart; inquiry: InquiryDetail }) {
  const { t, fill, plural } = useI18n();
  const m = t.measures;
  const { measure } = chart;
  const runDomain = useMemo(() => sharedDomain(chart.series, 'run', measure.target), [chart, measure.target]);
  const spcDomain = useMemo(() => sharedDomain(chart.series, 'spc', measure.target), [chart, measure.target]);
  return (
    <article className="measures">
      <InquiryHeader inquiry={inquiry} title={measure.name} current="measures" />
      <div className="measure-facts">
        <p className="hint">
          {m.vocab.kind[measure.kind]} ·{' '}
          {fill(m.meta, {
            type: m.vocab.type[measure.type],
            direction: m.vocab.direction[measure.direction],
            points: plural(m.points, measure.pointCount),
            schools: plural(m.schools, measure.schoolCount),
          })}
        </p>
        {measure.definition ? <p className="prose">{measure.definition}</p> : null}
        {measure.changeIdea ? (
          <p>
            {m.changeIdea}: {measure.changeIdea.text}
          </p>
        ) : null}
      </div>
      {chart.series.length === 0 ? <p>{m.noData}</p> : null}
      {chart.series.map((series) => (
        <SchoolCharts
          key={series.school.id}
          chart={chart}
          series={series}
          runDomain={runDomain}
          spcDomain={spcDomain}
        />
      ))}
      {chart.annotations.length > 0 ? (
        <section aria-labelledby="annotations-heading">
          <h2 id="annotations-heading">{m.annotations}</h2>
          <ul>
            {chart.annotations.map((annotation) => (
              <li key={annotation.id}>
                <PeriodText iso={annotation.period} />: {annotation.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <RulesSection />
      {measure.editable ? <MeasureEditing chart={chart} /> : null}
    </article>
  );
}

function PeriodText({ iso }: { iso: string }) {
  const { date } = useI18n();
  return <time dateTime={iso}>{date(iso)}</time>;
}

function SchoolCharts({
  chart,
  series,
  runDomain,
  spcDomain,
}: {
  chart: MeasureChart;
  series: MeasureSeries;
  runDomain: [number, number] | undefined;
  spcDomain: [number, number] | undefined;
}) {
  const { t, fill } = useI18n();
  const m = t.measures;
  const say = useSay();
  const { measure } = chart;
  const headingId = `school-${series.school.id}`;
  const spcName = chart.spcChart === 'p' ? m.spcChartP : m.spcChartI;
  const runSummary = seriesSummary(series.run.phases.at(-1), undefined, measure.direction, say);
  const moved = series.moved === null ? '' : ` ${series.moved === 'better' ? m.movedBetter : m.movedWorse}`;
  const spcSummary = `${seriesSummary(series.run.phases.at(-1), series.spc.phases.at(-1), measure.direction, say)}${moved}`;
  const charts = [
    {
      kind: 'run' as const,
      name: m.runChart,
      phases: series.run.phases,
      summary: runSummary,
      domain: runDomain,
    },
    {
      kind: 'spc' as const,
      name: spcName,
      phases: series.spc.phases,
      summary: spcSummary,
      domain: spcDomain,
    },
  ];
  return (
    <section aria-labelledby={headingId} className="panel school-charts">
      <h2 id={headingId}>{series.school.name}</h2>
      <div className="school-charts-pair">
        {charts.map((c) => (
          <figure key={c.kind}>
            <figcaption>
              <h3>{c.name}</h3>
            </figcaption>
            <SeriesChart
              phases={c.phases}
              kind={c.kind}
              annotations={chart.annotations}
              target={measure.target}
              yDomain={c.domain}
              label={fill(m.chartLabel, {
                chart: c.name,
                measure: measure.name,
                school: series.school.name,
                summary: c.summary,
              })}
            />
            <p className="chart-summary">{c.summary}</p>
            {c.phases.length > 1
              ? c.phases.map((phase, index) => (
                  <p key={index} className="hint">
                    {fill(m.phaseSummary, {
                      phase: index === 0 ? m.baseline : phase.label,
                      summary: seriesSummary(
                        c.kind === 'run' ? phase : series.run.phases[index],
                        c.kind === 'spc' ? phase : undefined,
                        measure.direction,
                        say,
                      ),
                    })}
                  </p>
                ))
              : null}
            <PointsTable phases={c.phases} kind={c.kind} caption={`${c.name}, ${series.school.name}`} />
          </figure>
        ))}
      </div>
    </section>
  );
}

/** The chart's accessible copy: every point with its phase, centre, limits and whether it lies outside. */
function PointsTable({
  phases,
  kind,
  caption,
}: {
  phases: SeriesPhase[];
  kind: 'run' | 'spc';
  caption: string;
}) {
  const { t, number } = useI18n();
  const m = t.measures;
  const figure = (value: number | null) => (value === null ? '—' : number(Math.round(value * 100) / 100));
  return (
    <details className="points-table">
      <summary>{m.pointsTable}</summary>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.period}</th>
            <th scope="col">{m.phase}</th>
            <th scope="col" className="number">
              {m.value}
            </th>
            <th scope="col" className="number">
              {kind === 'run' ? m.median : m.centre}
            </th>
            {kind === 'spc' ? (
              <>
                <th scope="col" className="number">
                  {m.lower}
                </th>
                <th scope="col" className="number">
                  {m.upper}
                </th>
                <th scope="col">{m.outside}</th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {phases.flatMap((phase, index) =>
            phase.points.map((point) => (
              <tr key={point.period}>
                <th scope="row">
                  <PeriodText iso={point.period} />
                </th>
                <td>{index === 0 ? m.baseline : phase.label}</td>
                <td className="number">{figure(point.value)}</td>
                <td className="number">{figure(phase.centre)}</td>
                {kind === 'spc' ? (
                  <>
                    <td className="number">{figure(point.lower)}</td>
                    <td className="number">{figure(point.upper)}</td>
                    <td>{point.outside ? m.yes : m.no}</td>
                  </>
                ) : null}
              </tr>
            )),
          )}
        </tbody>
      </table>
    </details>
  );
}

/** The rules, stated where the charts are, so that a signal can be checked by hand. */
function RulesSection() {
  const { t } = useI18n();
  const m = t.measures;
  return (
    <section aria-labelledby="rules-heading" className="panel">
      <h2 id="rules-heading">{m.rulesTitle}</h2>
      <p>{m.rulesRuns}</p>
      <p>{m.rulesSpc}</p>
      <p>{m.rulesDirection}</p>
      <p>{m.rulesPhases}</p>
    </section>
  );
}
