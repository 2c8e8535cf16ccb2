/**
 * The node table for a caller who may not see names: a page of the map's anonymised view
 * (`map.anonymise.ts`), so that the table and the map show the same nodes at the same positions
 * with the same generalised attributes. Sorting is by band (equal bands in the keyed order), so a
 * rank says no more than the band does; filters match only what is shown, so whatever they
 * combine is a union of whole classes of at least k nodes.
 */
import type { Principal } from '../authz/policy.js';
import type { Executor } from '../db/database.js';
import type { AnalysisRow } from './analyses.queries.js';
import type { NodeListFilters } from './analyses.schema.js';
import { loadAnonymisedNodes, type AnonymisedColumns } from './map.anonymise.js';

type Columns = AnonymisedColumns;

/** A page of the anonymised node table. */
export async function anonymisedNodePage(
  db: Executor,
  analysis: Pick<AnalysisRow, 'id' | 'networkId' | 'anonymityKey'>,
  filters: NodeListFilters,
  k: number,
  viewer: Principal,
) {
  const view = await loadAnonymisedNodes(db, analysis, k, viewer);
  const { columns } = view;
  const flag = (value: 'true' | 'false' | undefined) => (value === undefined ? undefined : value === 'true');
  const wanted: Partial<{ [K in keyof Columns]: Columns[K][number] }> = {
    inNetwork: flag(filters.inNetwork),
    isolate: flag(filters.isolate),
    cutPoint: flag(filters.cutPoint),
    brokerageRole: filters.brokerageRole,
    community: filters.community,
  };
  const tests = Object.entries(wanted).filter(([, value]) => value !== undefined) as [
    keyof Columns,
    unknown,
  ][];
  const positions = Array.from(view.order.order, (_, position) => position).filter((position) =>
    tests.every(([name, value]) => columns[name][position] === value),
  );
  // The clustering coefficient is not on the map: not shown, so every row ties.
  const key = filters.sort === 'clustering' ? undefined : columns[filters.sort];
  const direction = filters.order === 'asc' ? 1 : -1;
  positions.sort((a, b) => {
    const x = key?.[a] ?? null;
    const y = key?.[b] ?? null;
    if (x === y) return a - b;
    if (x === null) return 1;
    if (y === null) return -1;
    return (x - y) * direction;
  });
  const items = positions.slice(filters.offset, filters.offset + filters.limit).map((position) => ({
    index: position,
    label: `#${position}`,
    person: null,
    organisation: null,
    // The map's generalised organisation: shown only where at least k nodes share it.
    affiliation: view.groups[columns.group[position] ?? -1] ?? null,
    inNetwork: columns.inNetwork[position] ?? null,
    degree: columns.degree[position] ?? null,
    inDegree: null,
    outDegree: null,
    betweenness: columns.betweenness[position] ?? null,
    closeness: columns.closeness[position] ?? null,
    eigenvector: columns.eigenvector[position] ?? null,
    pagerank: columns.pagerank[position] ?? null,
    clustering: null,
    core: columns.core[position] ?? null,
    constraint: columns.constraint[position] ?? null,
    effectiveSize: columns.effectiveSize[position] ?? null,
    community: columns.community[position] ?? null,
    brokerageRole: columns.brokerageRole[position] ?? null,
    isolate: columns.isolate[position] ?? null,
    cutPoint: columns.cutPoint[position] ?? null,
  }));
  return {
    named: false,
    anonymity: { k, bands: view.bands },
    total: positions.length,
    items,
  };
}
