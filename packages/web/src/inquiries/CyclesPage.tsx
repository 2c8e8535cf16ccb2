/** An inquiry's PDSA cycles, chained under each change idea of its driver diagram, oldest first. */
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { isMissing, QueryState } from '../ui/page-states.tsx';
import { getDiagram, inquiryKeys, listCycles } from './inquiries.api.ts';
import { InquiryHeader } from '../ui/inquiry-header.tsx';
import { useInquiry } from './use-inquiry.ts';
import './inquiries.css';

export function CyclesPage() {
  const { t, fill, date } = useI18n();
  const q = t.inquiries;
  const { id = '' } = useParams();
  const inquiry = useInquiry(id);
  const diagram = useQuery({
    queryKey: inquiryKeys.diagram(id),
    queryFn: ({ signal }) => getDiagram(id, signal),
  });
  const cycles = useQuery({
    queryKey: inquiryKeys.cycles(id),
    queryFn: ({ signal }) => listCycles(id, signal),
  });
  if (!inquiry.isSuccess || !diagram.isSuccess || !cycles.isSuccess)
    return (
      <QueryState
        queries={[inquiry, diagram, cycles]}
        notFound={{ title: q.notFound, body: q.notFoundBody }}
        missing={isMissing}
      />
    );
  const ideas = diagram.data.changeIdeas;
  return (
    <article className="inquiry">
      <InquiryHeader inquiry={inquiry.data} title={q.cycles} />
      <p className="lead">{q.cyclesIntro}</p>
      {ideas.length === 0 ? (
        <p>
          {q.noIdeas} <Link to={`/inquiries/${id}/driver-diagram`}>{q.diagram}</Link>
        </p>
      ) : null}
      {ideas.map((idea, index) => {
        const chain = cycles.data
          .filter((cycle) => cycle.changeIdea.id === idea.id)
          .toSorted((a, b) => a.startsOn.localeCompare(b.startsOn));
        const headingId = `idea-${index}-heading`;
        return (
          <section key={idea.id} aria-labelledby={headingId} className="panel cycle-chain">
            <h2 id={headingId} lang={inquiry.data.language}>
              {idea.text}
            </h2>
            {chain.length === 0 ? <p>{q.noCycles}</p> : null}
            <ol className="plain-list cycle-list">
              {chain.map((cycle) => (
                <li key={cycle.id} className="card">
                  <h3 className="card-title" lang={inquiry.data.language}>
                    <Link to={`/cycles/${cycle.id}`}>{cycle.title}</Link>
                  </h3>
                  <p className="hint">
                    {fill(q.cycleMeta, {
                      purpose: q.vocab.purpose[cycle.purpose],
                      start: date(cycle.startsOn),
                      end: date(cycle.endsOn),
                      decision: cycle.decision ? q.vocab.decision[cycle.decision] : q.undecided,
                    })}
                    {' · '}
                    {cycle.schools.map((school) => school.name).join(', ')}
                  </p>
                </li>
              ))}
            </ol>
            {diagram.data.editable ? (
              <p>
                <Link className="button-secondary" to={`/inquiries/${id}/cycles/new?idea=${idea.id}`}>
                  {q.newCycle}
                  <span className="visually-hidden"> ({idea.text})</span>
                </Link>
              </p>
            ) : null}
          </section>
        );
      })}
    </article>
  );
}
