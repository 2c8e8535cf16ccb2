/**
 * The driver diagram drawn as four columns (aim → primary → secondary → change ideas) with
 * connector lines between the boxes, measured after layout and redrawn on resize. The lines are
 * decoration (aria-hidden): each box says in words what it connects to, and below 40em the
 * columns stack into an outline, with the lines gone. A change idea links to the practices and
 * resources of the bank it tests.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { DriverDiagram, InquiryDetail } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';

interface Line {
  from: string;
  to: string;
}
interface Drawn {
  d: string;
  key: string;
}

/** The aim in one line, its date in the reader's format (the diagram's own `aim` carries it as ISO). */
function useAimLine(aim: InquiryDetail['aim']) {
  const { date } = useI18n();
  return [aim.what, aim.howMuch, aim.forWhom, aim.byWhen ? date(aim.byWhen) : '']
    .filter((part) => part.trim() !== '')
    .join(' · ');
}

export function DiagramView({ diagram, inquiry }: { diagram: DriverDiagram; inquiry: InquiryDetail }) {
  const { t, fill } = useI18n();
  const aim = useAimLine(inquiry.aim);
  const q = t.inquiries;
  const box = useRef<HTMLDivElement>(null);
  const [paths, setPaths] = useState<Drawn[]>([]);
  const nameOf = new Map<string, string>();
  for (const primary of diagram.primary) {
    nameOf.set(primary.id, primary.text);
    for (const node of primary.secondary) nameOf.set(node.id, node.text);
  }
  const lines: Line[] = [
    ...diagram.primary.map((primary) => ({ from: 'aim', to: primary.id })),
    ...diagram.primary.flatMap((primary) =>
      primary.secondary.map((node) => ({ from: primary.id, to: node.id })),
    ),
    ...diagram.changeIdeas.flatMap((idea) => idea.driverIds.map((id) => ({ from: id, to: idea.id }))),
  ];
  const linesKey = JSON.stringify(lines);
  useLayoutEffect(() => {
    const container = box.current;
    if (!container) return;
    const draw = () => {
      const origin = container.getBoundingClientRect();
      const rect = (id: string) =>
        container.querySelector<HTMLElement>(`[data-node="${id}"]`)?.getBoundingClientRect() ?? null;
      const drawn: Drawn[] = [];
      for (const line of JSON.parse(linesKey) as Line[]) {
        const a = rect(line.from);
        const b = rect(line.to);
        // Stacked (narrow) layout: a box below rather than beside the other; no lines then.
        if (!a || !b || b.left <= a.right) continue;
        const x1 = a.right - origin.left;
        const y1 = a.top + a.height / 2 - origin.top;
        const x2 = b.left - origin.left;
        const y2 = b.top + b.height / 2 - origin.top;
        const mid = (x1 + x2) / 2;
        drawn.push({
          key: `${line.from}-${line.to}`,
          d: `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`,
        });
      }
      setPaths(drawn);
    };
    draw();
    const observer = new ResizeObserver(draw);
    observer.observe(container);
    return () => observer.disconnect();
  }, [linesKey]);
  const secondary = diagram.primary.flatMap((primary) =>
    primary.secondary.map((node) => ({ ...node, parent: primary.text })),
  );
  return (
    <figure className="driver-diagram" aria-labelledby="diagram-caption">
      <figcaption id="diagram-caption" className="visually-hidden">
        {fill(q.diagramFigure, { title: inquiry.title })}
      </figcaption>
      <div className="diagram-columns" ref={box}>
        <svg className="diagram-lines" aria-hidden="true" focusable="false">
          {paths.map((path) => (
            <path key={path.key} d={path.d} />
          ))}
        </svg>
        <section className="diagram-column" aria-labelledby="diagram-aim">
          <h3 id="diagram-aim">{q.aim}</h3>
          <p className="diagram-node diagram-aim" data-node="aim">
            {aim || diagram.aim}
          </p>
        </section>
        <section className="diagram-column" aria-labelledby="diagram-primary">
          <h3 id="diagram-primary">{q.primary}</h3>
          <ul className="plain-list">
            {diagram.primary.map((primary) => (
              <li key={primary.id} className="diagram-node diagram-primary" data-node={primary.id}>
                {primary.text}
              </li>
            ))}
          </ul>
        </section>
        <section className="diagram-column" aria-labelledby="diagram-secondary">
          <h3 id="diagram-secondary">{q.secondary}</h3>
          <ul className="plain-list">
            {secondary.map((node) => (
              <li key={node.id} className="diagram-node diagram-secondary" data-node={node.id}>
                {node.text}
                <span className="diagram-links">{fill(q.actsOn, { drivers: node.parent })}</span>
              </li>
            ))}
          </ul>
        </section>
        <section className="diagram-column" aria-labelledby="diagram-ideas">
          <h3 id="diagram-ideas">{q.changeIdeas}</h3>
          <ul className="plain-list">
            {diagram.changeIdeas.map((idea) => (
              <li key={idea.id} className="diagram-node diagram-idea" data-node={idea.id}>
                {idea.text}
                {idea.driverIds.length > 0 ? (
                  <span className="diagram-links">
                    {fill(q.actsOn, {
                      drivers: idea.driverIds
                        .map((id) => nameOf.get(id) ?? '')
                        .filter(Boolean)
                        .join('; '),
                    })}
                  </span>
                ) : null}
                <BankLinks label={q.ideaPractices} items={idea.practices} path="/practices" />
                <BankLinks label={q.ideaResources} items={idea.resources} path="/resources" />
              </li>
            ))}
          </ul>
        </section>
      </div>
    </figure>
  );
}

/** The practices or resources of the bank a change idea tests, each a link to its page. */
function BankLinks({
  label,
  items,
  path,
}: {
  label: string;
  items: { id: string; title: string }[];
  path: string;
}) {
  if (items.length === 0) return null;
  return (
    <span className="diagram-links">
      {label}:{' '}
      {items.map((item, index) => (
        <span key={item.id}>
          {index > 0 ? '; ' : null}
          <Link to={`${path}/${item.id}`}>{item.title}</Link>
        </span>
      ))}
    </span>
  );
}
