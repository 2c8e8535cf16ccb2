/**
 * The table view: the same information as the map, for everyone who cannot or would rather not use
 * it. Sorted and filtered by the API, a page at a time; the sort, filters and page live in the address.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { AnalysisLevel } from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Loading, RequestFailed } from '../ui/feedback.tsx';
import { analysisKeys, listNodes, type NodeQuery } from './analysis.api.ts';
import type { AnalysisNode, Anonymity, BandedMeasure, NodeSort } from './analysis.types.ts';
import { measureText } from './bands.ts';
import type { ParamChanges } from './selection.ts';
import { TableFilters } from './TableFilters.tsx';

interface Props {
  analysisId: string;
  level: AnalysisLevel;
  query: NodeQuery;
  communityCount: number;
  onChange: (changes: ParamChanges) => void;
  onClearFilters: () => void;
  /** Changes when a link elsewhere on the page asks for the table: its heading then takes focus. */
  focusRequest: number;
}

const SORTABLE: {
  sort: NodeSort;
  label: 'degree' | 'betweenness' | 'constraint' | 'effectiveSize' | 'core' | 'community';
}[] = [
  { sort: 'degree', label: 'degree' },
  { sort: 'betweenness', label: 'betweenness' },
  { sort: 'constraint', label: 'constraint' },
  { sort: 'effectiveSize', label: 'effectiveSize' },
  { sort: 'core', label: 'core' },
  { sort: 'community', label: 'community' },
];

export function NodeTable(props: Props) {
  const { analysisId, level, query, communityCount, onChange, onClearFilters, focusRequest } = props;
  const { t, fill, plural } = useI18n();
  const texts = t.analysis.table;
  const heading = useRef<HTMLHeadingElement>(null);
  const nodes = useQuery({
    queryKey: analysisKeys.nodes(analysisId, query),
    queryFn: ({ signal }) => listNodes(analysisId, query, signal),
    placeholderData: keepPreviousData,
  });
  useEffect(() => {
    if (focusRequest > 0) heading.current?.focus();
  }, [focusRequest]);

  const sortBy = (sort: NodeSort) =>
    onChange({ sort, order: query.sort === sort && query.order === 'desc' ? 'asc' : 'desc', page: null });
  const page = Math.floor(query.offset / query.limit) + 1;
  const total = nodes.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / query.limit));
  const sortedLabel = texts[SORTABLE.find((column) => column.sort === query.sort)?.label ?? 'betweenness'];

  return (
    <section aria-labelledby="node-table-heading" className="node-table">
      <h3 id="node-table-heading" ref={heading} tabIndex={-1}>
        {texts.heading}
      </h3>
      <TableFilters
        query={query}
        communityCount={communityCount}
        onChange={onChange}
        onClear={onClearFilters}
      />
      {nodes.isPending ? <Loading /> : null}
      {nodes.isError ? <RequestFailed error={nodes.error} onRetry={() => void nodes.refetch()} /> : null}
      {nodes.data ? (
        <>
          {nodes.data.anonymity ? (
            <p className="hint">{fill(texts.anonymised, { k: nodes.data.anonymity.k })}</p>
          ) : null}
          <p className="results-count" aria-live="polite">
            {plural(texts.count, total)}
          </p>
          {total === 0 ? (
            <p>{texts.empty}</p>
          ) : (
            <div className="table-scroll" role="region" aria-labelledby="node-table-caption" tabIndex={0}>
              <table className="data-table" aria-busy={nodes.isPlaceholderData}>
                <caption id="node-table-caption">
                  {fill(texts.caption, {
                    level: t.analysis.levels[level],
                    column: sortedLabel,
                    order: query.order === 'asc' ? texts.ascending : texts.descending,
                  })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{texts.name}</th>
                    {level === 'people' ? <th scope="col">{t.analysisLoop.organisation}</th> : null}
                    {SORTABLE.map((column) => (
                      <th
                        key={column.sort}
                        scope="col"
                        className="numeric"
                        aria-sort={
                          query.sort === column.sort
                            ? query.order === 'asc'
                              ? 'ascending'
                              : 'descending'
                            : undefined
                        }
                      >
                        <button type="button" className="sort-button" onClick={() => sortBy(column.sort)}>
                          {texts[column.label]}
                          <span aria-hidden="true" className="sort-mark">
                            {query.sort === column.sort ? (query.order === 'asc' ? '▲' : '▼') : '↕'}
                          </span>
                        </button>
                      </th>
                    ))}
                    <th scope="col">{texts.role}</th>
                    <th scope="col">{texts.notes}</th>
                  </tr>
                </thead>
                <tbody>
                  {nodes.data.items.map((node) => (
                    <NodeRow
                      key={node.index}
                      node={node}
                      showOrganisation={level === 'people'}
                      named={nodes.data.named}
                      anonymity={nodes.data.anonymity}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <nav className="pager" aria-label={fill(texts.page, { page, pages })}>
            <button
              type="button"
              className="button-secondary"
              disabled={page <= 1}
              onClick={() => onChange({ page: page - 1 })}
            >
              {texts.previous}
            </button>
            <span>{fill(texts.page, { page, pages })}</span>
            <button
              type="button"
              className="button-secondary"
              disabled={page >= pages}
              onClick={() => onChange({ page: page + 1 })}
            >
              {texts.next}
            </button>
          </nav>
        </>
      ) : null}
    </section>
  );
}

function NodeRow({
  node,
  showOrganisation,
  named,
  anonymity,
}: {
  node: AnalysisNode;
  showOrganisation: boolean;
  named: boolean;
  anonymity: Anonymity | null;
}) {
  const { t, fill, number } = useI18n();
  const texts = t.analysis.table;
  // A value as sent, or on an anonymised table its band; "–" where not shown or not available.
  const measure = (name: BandedMeasure) => measureText(anonymity, name, node[name], number) ?? '–';
  // Names only as the API gives them; an anonymised row is numbered, never labelled with an id.
  const name = named ? node.label : fill(texts.anonymous, { index: String(node.index) });
  const notes = [
    node.isolate ? texts.isolate : '',
    node.cutPoint ? texts.cutPoint : '',
    node.inNetwork === false ? texts.outside : '',
  ].filter(Boolean);
  return (
    <tr>
      <th scope="row">
        {node.person ? (
          <Link to={`/people/${node.person.id}`}>{name}</Link>
        ) : node.organisation ? (
          <Link to={`/organisations/${node.organisation.id}`}>{name}</Link>
        ) : (
          name
        )}
      </th>
      {/* The organisation an isolate works in is what a coordinator acts on. */}
      {showOrganisation ? <td>{node.affiliation?.name ?? '–'}</td> : null}
      <td className="numeric">{measure('degree')}</td>
      <td className="numeric">{measure('betweenness')}</td>
      <td className="numeric">{measure('constraint')}</td>
      <td className="numeric">{measure('effectiveSize')}</td>
      <td className="numeric">{measure('core')}</td>
      <td className="numeric">{node.community === null ? '–' : number(node.community + 1)}</td>
      <td>{node.brokerageRole ? t.analysis.roles[node.brokerageRole] : ''}</td>
      <td>{notes.join(', ')}</td>
    </tr>
  );
}
