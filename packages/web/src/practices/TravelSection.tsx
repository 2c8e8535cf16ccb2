/**
 * Where a practice has travelled: the reach figures, a small SVG graph of schools layered by
 * generation (travel-layout.ts places them) and, for every reader, a table of every adoption.
 */
import { useQuery } from '@tanstack/react-query';
import type { PracticeDetail, PracticeTravel } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Loading, RequestFailed } from '../ui/feedback.tsx';
import { getTravel, practiceKeys } from './practices.api.ts';
import { layoutTravel, TRAVEL_GEOMETRY } from './travel-layout.ts';

export function TravelSection({ practice }: { practice: PracticeDetail }) {
  const { t } = useI18n();
  const p = t.practices;
  const query = useQuery({
    queryKey: practiceKeys.travel(practice.id),
    queryFn: ({ signal }) => getTravel(practice.id, signal),
  });
  return (
    <section aria-labelledby="travel-heading">
      <h2 id="travel-heading">{p.travel}</h2>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <RequestFailed error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.isSuccess ? <Travel practice={practice} travel={query.data} /> : null}
    </section>
  );
}

function Travel({ practice, travel }: { practice: PracticeDetail; travel: PracticeTravel }) {
  const { t, fill, number, date } = useI18n();
  const p = t.practices;
  const names = new Map(travel.nodes.map((node) => [node.id, node.name]));
  const nameOf = (id: string) => names.get(id) ?? '';
  return (
    <>
      <section aria-labelledby="reach-heading" className="panel">
        <h3 id="reach-heading">{p.reachFigures}</h3>
        <dl className="reach-figures">
          <div>
            <dt>{p.generations}</dt>
            <dd>{number(travel.reach.generations)}</dd>
          </div>
          <div>
            <dt>{p.schoolsReached}</dt>
            <dd>{number(travel.reach.schools)}</dd>
          </div>
          <div>
            <dt>{p.networksReached}</dt>
            <dd>{number(travel.reach.networks)}</dd>
          </div>
        </dl>
        <p>
          {travel.edges.length === 0
            ? p.alongTiesNone
            : fill(p.alongTies, { count: travel.alongExistingTies.count, total: travel.edges.length })}
        </p>
      </section>
      {travel.edges.length > 0 ? (
        <>
          <TravelGraph title={fill(p.travelGraph, { title: practice.title })} travel={travel} />
          <div className="table-scroll">
            <table className="travel-table">
              <caption>{p.travelTable}</caption>
              <thead>
                <tr>
                  <th scope="col">{p.from}</th>
                  <th scope="col">{p.to}</th>
                  <th scope="col">{p.when}</th>
                  <th scope="col">{p.how}</th>
                  <th scope="col">{p.alongTie}</th>
                </tr>
              </thead>
              <tbody>
                {travel.edges.map((edge) => (
                  <tr key={edge.adoptionId}>
                    <td>{nameOf(edge.from)}</td>
                    <th scope="row">{nameOf(edge.to)}</th>
                    <td>{date(edge.startedOn)}</td>
                    <td>{p.vocab.mode[edge.mode]}</td>
                    <td>{edge.alongExistingTie ? p.yes : p.no}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </>
  );
}

const short = (name: string, max = 22) => (name.length > max ? `${name.slice(0, max - 1)}…` : name);

function TravelGraph({ title, travel }: { title: string; travel: PracticeTravel }) {
  const { t, fill, date } = useI18n();
  const p = t.practices;
  const layout = layoutTravel(travel);
  const { nodeWidth, nodeHeight } = TRAVEL_GEOMETRY;
  const names = new Map(travel.nodes.map((node) => [node.id, node.name]));
  const edges = new Map(travel.edges.map((edge) => [edge.adoptionId, edge]));
  return (
    <figure className="travel-figure">
      <div className="travel-graph-scroll">
        <svg
          role="img"
          aria-labelledby="travel-graph-title"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={layout.width}
          height={layout.height}
          className="travel-graph"
        >
          <title id="travel-graph-title">{title}</title>
          <defs>
            <marker
              id="travel-arrow"
              viewBox="0 0 10 10"
              refX="10"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M 0 0 L 10 5 L 0 10 z" className="travel-arrowhead" />
            </marker>
          </defs>
          {layout.arrows.map((arrow) => {
            const edge = edges.get(arrow.adoptionId);
            const midX = (arrow.x1 + arrow.x2) / 2;
            const sameColumn = arrow.x1 === arrow.x2;
            const d = sameColumn
              ? `M ${arrow.x1} ${arrow.y1} C ${arrow.x1 + 40} ${arrow.y1}, ${arrow.x2 + 40} ${arrow.y2}, ${arrow.x2} ${arrow.y2}`
              : `M ${arrow.x1} ${arrow.y1} C ${midX} ${arrow.y1}, ${midX} ${arrow.y2}, ${arrow.x2} ${arrow.y2}`;
            return (
              <g key={arrow.adoptionId}>
                <title>
                  {fill(p.arrowTitle, {
                    from: names.get(arrow.from) ?? '',
                    to: names.get(arrow.to) ?? '',
                    mode: edge ? p.vocab.mode[edge.mode] : '',
                    date: edge ? date(edge.startedOn) : '',
                  })}
                </title>
                <path
                  d={d}
                  className={[
                    'travel-edge',
                    arrow.alongExistingTie ? 'travel-edge-tie' : 'travel-edge-new',
                    arrow.abandoned ? 'travel-edge-abandoned' : '',
                  ].join(' ')}
                  markerEnd="url(#travel-arrow)"
                />
              </g>
            );
          })}
          {layout.schools.map((school) => (
            <g key={school.id} transform={`translate(${school.x} ${school.y})`}>
              <title>{school.name}</title>
              <rect
                width={nodeWidth}
                height={nodeHeight}
                rx="6"
                className={school.generation === 0 ? 'travel-node travel-origin' : 'travel-node'}
              />
              <text x={nodeWidth / 2} y={nodeHeight / 2} dominantBaseline="middle" textAnchor="middle">
                {short(school.name)}
              </text>
            </g>
          ))}
        </svg>
      </div>
      <figcaption className="hint">
        {p.legendTie}. {p.legendNoTie}.
      </figcaption>
    </figure>
  );
}
