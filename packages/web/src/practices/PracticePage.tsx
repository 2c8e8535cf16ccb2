/**
 * A practice's page: its claim, components and resources, the balance of evidence (counts by level
 * and direction, never one score), the evidence items, where it has travelled (a layered graph of
 * schools with a table alternative, and the reach figures), and the forms and changes the server
 * allows (edit or delete the practice, add, change or delete evidence and adoptions).
 */
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import type { PracticeDetail } from '../api/types.ts';
import { EVIDENCE_DIRECTIONS } from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session/session-context.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { isMissing, QueryState } from '../ui/page-states.tsx';
import { AdoptionList } from './AdoptionList.tsx';
import { EvidenceList } from './EvidenceList.tsx';
import { PracticeActions } from './PracticeActions.tsx';
import { offeredEvidence } from './evidence-offer.ts';
import { AddEvidenceForm, RecordAdoptionForm } from './PracticeForms.tsx';
import { getPractice, practiceKeys } from './practices.api.ts';
import { TravelSection } from './TravelSection.tsx';
import { EvidenceFromUse } from '../what-works/EvidenceFromUse.tsx';
import './practices.css';

export function PracticePage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const query = useQuery({
    queryKey: practiceKeys.detail(id),
    queryFn: ({ signal }) => getPractice(id, signal),
  });
  if (!query.isSuccess)
    return (
      <QueryState
        queries={query}
        notFound={{ title: t.practices.notFound, body: t.practices.notFoundBody }}
        missing={isMissing}
      />
    );
  return <PracticeArticle practice={query.data} />;
}

function PracticeArticle({ practice }: { practice: PracticeDetail }) {
  const { t, fill } = useI18n();
  const p = t.practices;
  const { session } = useSession();
  // Someone who may not add evidence can still follow a cycle's offer here: say who may.
  const [params] = useSearchParams();
  const offered = offeredEvidence(params) !== null;
  return (
    <article className="practice">
      <p>
        <Link to="/practices">← {p.backToList}</Link>
      </p>
      <header className="page-header">
        <p className="eyebrow">
          {fill(p.origin, { school: practice.school.name, network: practice.network.name })}
        </p>
        <div lang={practice.language}>
          <PageHeading title={practice.title}>{practice.title}</PageHeading>
        </div>
        {session && practice.permissions.edit ? <PracticeActions practice={practice} /> : null}
      </header>
      <div className="practice-layout">
        <div lang={practice.language}>
          <section aria-labelledby="claim-heading">
            <h2 id="claim-heading">{p.claim}</h2>
            <p className="prose">{practice.claim}</p>
          </section>
          {practice.components.length > 0 ? (
            <section aria-labelledby="components-heading">
              <h2 id="components-heading">{p.components}</h2>
              <ol className="practice-components">
                {practice.components.map((component, index) => (
                  <li key={index}>{component}</li>
                ))}
              </ol>
            </section>
          ) : null}
        </div>
        {practice.resources.length > 0 ? (
          <section aria-labelledby="practice-resources-heading" className="panel">
            <h2 id="practice-resources-heading">{p.resources}</h2>
            <ul className="plain-list">
              {practice.resources.map((resource) => (
                <li key={resource.id}>
                  <Link to={`/resources/${resource.id}`} lang={resource.language}>
                    {resource.title}
                  </Link>{' '}
                  <span className="hint">· {t.resources.vocab.type[resource.type]}</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
      <EvidenceBalance practice={practice} />
      <EvidenceList practice={practice} />
      <TravelSection practice={practice} />
      <EvidenceFromUse kind="practices" id={practice.id} />
      {session ? <AdoptionList practice={practice} /> : null}
      {!session ? <p className="hint">{p.signInToContribute}</p> : null}
      {session && practice.permissions.addEvidence ? <AddEvidenceForm practice={practice} /> : null}
      {session && !practice.permissions.addEvidence && offered ? (
        <p className="notice">{fill(p.offerNotYours, { school: practice.school.name })}</p>
      ) : null}
      {session && practice.permissions.recordAdoption ? <RecordAdoptionForm practice={practice} /> : null}
    </article>
  );
}

/** Counts by level × direction as a table, with a bar per level drawn from the same numbers. */
function EvidenceBalance({ practice }: { practice: PracticeDetail }) {
  const { t, number } = useI18n();
  const p = t.practices;
  const rows = practice.balance.toSorted((a, b) => b.level - a.level);
  const totals = Object.fromEntries(
    EVIDENCE_DIRECTIONS.map((direction) => [direction, rows.reduce((sum, row) => sum + row[direction], 0)]),
  ) as Record<(typeof EVIDENCE_DIRECTIONS)[number], number>;
  const all = EVIDENCE_DIRECTIONS.reduce((sum, direction) => sum + totals[direction], 0);
  const widest = Math.max(1, ...rows.map((row) => row.supports + row.contrasts + row.mixed));
  return (
    <section aria-labelledby="balance-heading" className="panel">
      <h2 id="balance-heading">{p.balance}</h2>
      <p className="hint">{p.balanceIntro}</p>
      {all === 0 ? <p>{p.noEvidence}</p> : null}
      <table className="balance-table">
        <caption className="visually-hidden">{p.balanceCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{p.level}</th>
            {EVIDENCE_DIRECTIONS.map((direction) => (
              <th scope="col" className="number" key={direction}>
                {p.vocab.direction[direction]}
              </th>
            ))}
            <th scope="col" className="number">
              {p.total}
            </th>
            <td aria-hidden="true" />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const sum = row.supports + row.contrasts + row.mixed;
            return (
              <tr key={row.level}>
                <th scope="row">{p.vocab.level[row.level as 1 | 2 | 3 | 4 | 5]}</th>
                {EVIDENCE_DIRECTIONS.map((direction) => (
                  <td className="number" key={direction}>
                    {number(row[direction])}
                  </td>
                ))}
                <td className="number">{number(sum)}</td>
                <td aria-hidden="true" className="balance-bar-cell">
                  <span className="balance-bar">
                    {EVIDENCE_DIRECTIONS.map((direction) =>
                      row[direction] > 0 ? (
                        <span
                          key={direction}
                          className={`balance-bar-${direction}`}
                          style={{ width: `${(100 * row[direction]) / widest}%` }}
                        />
                      ) : null,
                    )}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{p.total}</th>
            {EVIDENCE_DIRECTIONS.map((direction) => (
              <td className="number" key={direction}>
                {number(totals[direction])}
              </td>
            ))}
            <td className="number">{number(all)}</td>
            <td aria-hidden="true" />
          </tr>
        </tfoot>
      </table>
      <p className="balance-legend" aria-hidden="true">
        {EVIDENCE_DIRECTIONS.map((direction) => (
          <span key={direction}>
            <span className={`balance-swatch balance-bar-${direction}`} /> {p.vocab.direction[direction]}
          </span>
        ))}
      </p>
    </section>
  );
}
