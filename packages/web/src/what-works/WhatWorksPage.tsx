/**
 * The network's "what works here": what its inquiries tried, by change (a practice, a resource or
 * an idea) and by outcome area, in how many schools and cycles, with what decisions and signals —
 * and each school's series as its own sparkline with its sentence, never averaged into one line.
 */
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import type { WhatWorks, WhatWorksChange, WhatWorksResult } from '../api/types.ts';
import { PDSA_DECISIONS } from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { SeriesChart } from '../measures/SeriesChart.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { QueryState } from '../ui/page-states.tsx';
import { getWhatWorks, whatWorksKeys } from './what-works.api.ts';
import '../measures/measures.css';

export function WhatWorksPage() {
  const { slug = '' } = useParams();
  const query = useQuery({
    queryKey: whatWorksKeys.network(slug),
    queryFn: ({ signal }) => getWhatWorks(slug, signal),
  });
  if (!query.isSuccess) return <QueryState queries={query} notFound={{}} />;
  return <WhatWorksArticle data={query.data} />;
}

const changeLink = (change: WhatWorksChange) =>
  change.kind === 'practice'
    ? `/practices/${change.id}`
    : change.kind === 'resource'
      ? `/resources/${change.id}`
      : null;

function WhatWorksArticle({ data }: { data: WhatWorks }) {
  const { t, fill, plural, number } = useI18n();
  const m = t.measures;
  const title = fill(m.whatWorksOf, { network: data.network.name });
  return (
    <article className="measures">
      <p>
        <Link to={`/networks/${data.network.slug}`}>← {data.network.name}</Link>
      </p>
      <header className="page-header">
        <PageHeading title={title}>{title}</PageHeading>
        <p className="hint">{fill(m.whatWorksIntro, { count: data.inquiries })}</p>
      </header>
      <section aria-labelledby="by-change-heading">
        <h2 id="by-change-heading">{m.byChange}</h2>
        {data.byChange.length === 0 ? <p>{m.nothingTried}</p> : null}
        {data.byChange.map((change) => {
          const link = changeLink(change);
          const headingId = `change-${change.kind}-${change.id}`;
          return (
            <section key={`${change.kind}-${change.id}`} aria-labelledby={headingId} className="panel">
              <p className="eyebrow">{m.changeKind[change.kind]}</p>
              <h3 id={headingId}>{link ? <Link to={link}>{change.title}</Link> : change.title}</h3>
              <p>
                {fill(m.changeFacts, {
                  inquiries: plural(m.inquiries, change.inquiries),
                  schools: plural(m.schools, change.schools),
                  cycles: plural(m.cycles, change.cycles),
                })}
                {change.outcomes.length > 0
                  ? ` · ${change.outcomes.map((o) => m.vocab.outcome[o]).join(', ')}`
                  : ''}
              </p>
              <p>
                {m.decisions}:{' '}
                {PDSA_DECISIONS.map((d) => `${m.vocab.decision[d]} ${number(change.decisions[d])}`).join(
                  ' · ',
                )}
              </p>
              <p>
                {fill(m.signalsFacts, {
                  better: plural(m.schools, change.schoolsBetter),
                  worse: plural(m.schools, change.schoolsWorse),
                })}
              </p>
              {change.results.length > 0 ? (
                <>
                  <h4>{m.resultsOf}</h4>
                  <ul className="small-multiples">
                    {change.results.map((result) => (
                      <li key={`${result.measure.id}-${result.school.id}`}>
                        <ResultSparkline result={result} />
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </section>
          );
        })}
      </section>
      <section aria-labelledby="by-outcome-heading">
        <h2 id="by-outcome-heading">{m.byOutcome}</h2>
        {data.byOutcome.length === 0 ? (
          <p>{m.nothingTried}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{m.outcomeArea}</th>
                <th scope="col" className="number">
                  {t.measures.title}
                </th>
                <th scope="col" className="number">
                  {m.inquiries.other.replace('{count} ', '')}
                </th>
                <th scope="col" className="number">
                  {m.schools.other.replace('{count} ', '')}
                </th>
                <th scope="col" className="number">
                  {m.cycles.other.replace('{count} ', '')}
                </th>
                <th scope="col" className="number">
                  {m.schoolsBetter}
                </th>
                <th scope="col" className="number">
                  {m.schoolsWorse}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.byOutcome.map((row) => (
                <tr key={row.outcome}>
                  <th scope="row">{m.vocab.outcome[row.outcome]}</th>
                  <td className="number">{number(row.measures)}</td>
                  <td className="number">{number(row.inquiries)}</td>
                  <td className="number">{number(row.schools)}</td>
                  <td className="number">{number(row.cycles)}</td>
                  <td className="number">{number(row.schoolsBetter)}</td>
                  <td className="number">{number(row.schoolsWorse)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </article>
  );
}

/** One school's recent points as a small line, with the sentence that says the same. */
function ResultSparkline({ result }: { result: WhatWorksResult }) {
  const { t, fill, date, number } = useI18n();
  const m = t.measures;
  const last = result.recent.at(-1);
  const sentence = fill(m.resultText, {
    school: result.school.name,
    measure: result.measure.name,
    inquiry: result.inquiry.title,
    signal: m.resultSignal[result.signal],
    value: last ? number(Math.round(last.value * 100) / 100) : '—',
    period: last ? date(last.period) : '—',
  });
  const values = result.recent.map((p) => p.value).sort((a, b) => a - b);
  const median =
    values.length === 0
      ? 0
      : (values[Math.floor((values.length - 1) / 2)]! + values[Math.ceil((values.length - 1) / 2)]!) / 2;
  const phase = {
    label: '',
    startsOn: result.recent[0]?.period ?? '',
    frozenPoints: null,
    centre: median,
    lower: null,
    upper: null,
    points: result.recent.map((p) => ({ ...p, lower: null, upper: null, outside: false })),
    runs: { useful: 0, longestRun: 0, longestRunLimit: null, crossings: 0, crossingsLimit: null },
    signals: [],
  };
  return (
    <div className={`sparkline sparkline-${result.signal}`}>
      <h5>
        <Link to={`/measures/${result.measure.id}`}>{result.school.name}</Link>
      </h5>
      <SeriesChart phases={[phase]} kind="run" annotations={[]} target={null} height={90} label={sentence} />
      <p className="chart-summary">{sentence}</p>
    </div>
  );
}
