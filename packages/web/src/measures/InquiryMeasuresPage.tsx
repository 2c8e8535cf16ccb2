/**
 * An inquiry's measures, grouped outcome / process / balancing: each with a small run chart per
 * school (never pooled) and its latest signals in one sentence, and the form to add a measure.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { InquiryDetail, Measure } from '../api/types.ts';
import { MEASURE_KINDS } from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InquiryHeader } from '../ui/inquiry-header.tsx';
import { isMissing, QueryState } from '../ui/page-states.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { MeasureForm } from './MeasureForm.tsx';
import { createMeasure, getChart, getInquiry, listMeasures, measureKeys } from './measures.api.ts';
import { SeriesChart } from './SeriesChart.tsx';
import { seriesSummary } from './signal-summary.ts';
import { useSay } from './use-say.ts';
import './measures.css';

export function InquiryMeasuresPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const inquiry = useQuery({
    queryKey: measureKeys.inquiry(id),
    queryFn: ({ signal }) => getInquiry(id, signal),
  });
  const measures = useQuery({
    queryKey: measureKeys.ofInquiry(id),
    queryFn: ({ signal }) => listMeasures(id, signal),
  });
  if (!inquiry.isSuccess || !measures.isSuccess)
    return (
      <QueryState
        queries={[inquiry, measures]}
        notFound={{ title: t.measures.inquiryNotFound, body: t.measures.notFoundBody }}
        missing={isMissing}
      />
    );
  return <MeasuresOfInquiry inquiry={inquiry.data} measures={measures.data} />;
}

function MeasuresOfInquiry({ inquiry, measures }: { inquiry: InquiryDetail; measures: Measure[] }) {
  const { t } = useI18n();
  const m = t.measures;
  return (
    <article className="measures">
      <InquiryHeader inquiry={inquiry} title={t.inquiries.measures} />
      <p className="hint">{m.intro}</p>
      {measures.length === 0 ? <p>{m.none}</p> : null}
      {MEASURE_KINDS.map((kind) => {
        const ofKind = measures.filter((measure) => measure.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`}>{m.vocab.kindPlural[kind]}</h2>
            <ul className="measure-cards">
              {ofKind.map((measure) => (
                <li key={measure.id}>
                  <MeasureCard measure={measure} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {inquiry.permissions.edit ? <AddMeasure inquiryId={inquiry.id} /> : null}
    </article>
  );
}

function MeasureCard({ measure }: { measure: Measure }) {
  const { t, fill, plural } = useI18n();
  const m = t.measures;
  const say = useSay();
  const chart = useQuery({
    queryKey: measureKeys.chart(measure.id),
    queryFn: ({ signal }) => getChart(measure.id, signal),
    enabled: measure.pointCount > 0,
  });
  return (
    <div className="panel measure-card">
      <h3>
        <Link to={`/measures/${measure.id}`}>{measure.name}</Link>
      </h3>
      <p className="hint">
        {fill(m.meta, {
          type: m.vocab.type[measure.type],
          direction: m.vocab.direction[measure.direction],
          points: plural(m.points, measure.pointCount),
          schools: plural(m.schools, measure.schoolCount),
        })}
      </p>
      {measure.schoolsBetter > 0 ? <p>{plural(m.better, measure.schoolsBetter)}</p> : null}
      {measure.schoolsWorse > 0 ? <p>{plural(m.worse, measure.schoolsWorse)}</p> : null}
      {measure.pointCount === 0 ? <p>{m.noData}</p> : null}
      {chart.data ? (
        <ul className="small-multiples">
          {chart.data.series.map((series) => {
            const run = series.run.phases.at(-1);
            const summary = seriesSummary(run, series.spc.phases.at(-1), measure.direction, say);
            return (
              <li key={series.school.id}>
                <h4>{series.school.name}</h4>
                <SeriesChart
                  phases={series.run.phases}
                  kind="run"
                  annotations={chart.data.annotations}
                  target={measure.target}
                  height={130}
                  label={fill(m.chartLabel, {
                    chart: m.runChart,
                    measure: measure.name,
                    school: series.school.name,
                    summary,
                  })}
                />
                <p className="chart-summary">{summary}</p>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

function AddMeasure({ inquiryId }: { inquiryId: string }) {
  const { t, fill } = useI18n();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  // A fresh, empty form after each measure added.
  const [added, setAdded] = useState(0);
  const create = useMutation({
    mutationFn: (input: Parameters<typeof createMeasure>[1]) => createMeasure(inquiryId, input),
    onSuccess: async (measure) => {
      announce(fill(t.measures.added, { name: measure.name }));
      await queryClient.invalidateQueries({ queryKey: measureKeys.ofInquiry(inquiryId) });
      setAdded((count) => count + 1);
      create.reset();
    },
  });
  return (
    <section aria-labelledby="add-measure-heading" className="panel">
      <h2 id="add-measure-heading">{t.measures.add}</h2>
      <MeasureForm
        key={added}
        idPrefix="new-measure"
        inquiryId={inquiryId}
        submitLabel={t.measures.add}
        busy={create.isPending}
        error={create.error}
        onSubmit={(input) => create.mutate(input)}
      />
    </section>
  );
}
