/**
 * What an anonymised caller sees of a people analysis's nodes, the one view the map, the node
 * table and the graph export all answer from: the nodes in the analysis's keyed order, and every
 * attribute generalised so that each class of nodes showing the same values has at least k
 * members (`anonymity.ts`). Measures become quantile bands; communities are renumbered by size,
 * since the engine numbers them by first appearance in the stored (person id) order.
 */
import type { Principal } from '../authz/policy.js';
import type { Executor } from '../db/database.js';
import type { AnalysisRow } from './analyses.queries.js';
import {
  HIDDEN,
  kAnonymous,
  quantileBands,
  type AttributeValue,
  type Band,
  type Shown,
} from './anonymity.js';
import type { BROKERAGE_ROLES } from './compute.js';
import { groupsAndNetworks, type Grouping, type MapGroup, type MapNetwork } from './map.groups.js';
import { childNetworkMemberships, mapNodeColumns, type MapNodeColumns } from './map.queries.js';
import { nodeOrder, type NodeOrder } from './node-order.js';

type BrokerageRole = (typeof BROKERAGE_ROLES)[number];

/** The measures shown as bands on an anonymised node, in the order they are kept. */
export const BANDED_MEASURES = [
  'degree',
  'betweenness',
  'core',
  'pagerank',
  'closeness',
  'eigenvector',
  'constraint',
  'effectiveSize',
] as const;
export type BandedMeasure = (typeof BANDED_MEASURES)[number];

/** Each attribute of an anonymised node, by position; null where not shown. */
export interface AnonymisedColumns {
  /** Index into `groups`; −1 for no organisation. */
  group: (number | null)[];
  /** Index into `networks`; −1 for none. */
  network: (number | null)[];
  inNetwork: (boolean | null)[];
  community: (number | null)[];
  brokerageRole: (BrokerageRole | null)[];
  isolate: (boolean | null)[];
  cutPoint: (boolean | null)[];
  /** A band index into `bands[measure]`. */
  degree: (number | null)[];
  betweenness: (number | null)[];
  core: (number | null)[];
  pagerank: (number | null)[];
  closeness: (number | null)[];
  eigenvector: (number | null)[];
  constraint: (number | null)[];
  effectiveSize: (number | null)[];
}

export interface AnonymisedNodes {
  k: number;
  order: NodeOrder;
  /** The organisations and child networks shown on some node. */
  groups: MapGroup[];
  networks: MapNetwork[];
  columns: AnonymisedColumns;
  bands: Record<BandedMeasure, Band[]>;
}

/** The attributes in the order they are kept: what people outside the map know first. */
const ATTRIBUTES = [
  'inNetwork',
  'group',
  'network',
  'degree',
  'community',
  'brokerageRole',
  'cutPoint',
  'isolate',
  ...BANDED_MEASURES.slice(1),
] as const satisfies readonly (keyof AnonymisedColumns)[];

/** Loads an analysis's nodes and anonymises them for a caller who may not see names. */
export async function loadAnonymisedNodes(
  db: Executor,
  analysis: Pick<AnalysisRow, 'id' | 'networkId' | 'anonymityKey'>,
  k: number,
  viewer: Principal,
): Promise<AnonymisedNodes> {
  const [columns, children] = await Promise.all([
    mapNodeColumns(db, analysis.id),
    childNetworkMemberships(db, analysis.networkId, viewer),
  ]);
  return anonymiseNodes(columns, groupsAndNetworks(columns, children), analysis.anonymityKey, k);
}

/** The anonymised view of a map's nodes (columns in stored order) for an analysis's secret. */
export function anonymiseNodes(
  columns: MapNodeColumns,
  grouping: Grouping,
  secret: string,
  k: number,
): AnonymisedNodes {
  const count = columns.degree.length;
  const order = nodeOrder(secret, count);
  const banded = Object.fromEntries(
    BANDED_MEASURES.map((measure) => [measure, quantileBands(columns[measure], k)]),
  ) as Record<BandedMeasure, ReturnType<typeof quantileBands>>;
  const exact: Record<(typeof ATTRIBUTES)[number], readonly AttributeValue[]> = {
    inNetwork: columns.inNetwork,
    group: grouping.group,
    network: grouping.network,
    community: communitiesBySize(columns.community, order),
    brokerageRole: columns.brokerageRole,
    cutPoint: columns.cutPoint,
    isolate: columns.isolate,
    ...(Object.fromEntries(BANDED_MEASURES.map((m) => [m, banded[m].band])) as Record<
      BandedMeasure,
      (number | null)[]
    >),
  };
  const shown = kAnonymous(
    ATTRIBUTES.map((name) => exact[name]),
    k,
  );
  const column = (name: (typeof ATTRIBUTES)[number]) => shown[ATTRIBUTES.indexOf(name)]!;
  // Positions first: each output column lists the node at position p at p.
  const byPosition = <T>(values: readonly Shown[], map: (value: AttributeValue) => T) =>
    Array.from(order.order, (stored) => {
      const value = values[stored]!;
      return value === HIDDEN ? null : map(value);
    });
  const groups = shownIndex(column('group'), grouping.groups);
  const networks = shownIndex(column('network'), grouping.networks);
  const asNumber = (value: AttributeValue) => value as number | null;
  const asBoolean = (value: AttributeValue) => value as boolean | null;
  return {
    k,
    order,
    groups: groups.items,
    networks: networks.items,
    columns: {
      group: byPosition(column('group'), (value) => groups.indexOf(value as number)),
      network: byPosition(column('network'), (value) => networks.indexOf(value as number)),
      inNetwork: byPosition(column('inNetwork'), asBoolean),
      community: byPosition(column('community'), asNumber),
      brokerageRole: byPosition(column('brokerageRole'), (value) => value as BrokerageRole | null),
      isolate: byPosition(column('isolate'), asBoolean),
      cutPoint: byPosition(column('cutPoint'), asBoolean),
      ...(Object.fromEntries(BANDED_MEASURES.map((m) => [m, byPosition(column(m), asNumber)])) as Record<
        BandedMeasure,
        (number | null)[]
      >),
    },
    bands: Object.fromEntries(BANDED_MEASURES.map((m) => [m, banded[m].bands])) as Record<
      BandedMeasure,
      Band[]
    >,
  };
}

/**
 * The groups (or networks) some node shows, in their order, and each old index's new one; −1
 * (none) stays −1.
 */
function shownIndex<T>(shown: readonly Shown[], items: readonly T[]) {
  const used = new Set<number>();
  for (const value of shown) if (typeof value === 'number' && value >= 0) used.add(value);
  const kept = [...used].sort((a, b) => a - b);
  const renumber = new Map(kept.map((old, index) => [old, index]));
  return {
    items: kept.map((old) => items[old]!),
    indexOf: (old: number) => (old < 0 ? -1 : renumber.get(old)!),
  };
}

/** Communities renumbered largest first (equal sizes in the keyed order), by stored index. */
function communitiesBySize(community: readonly number[], order: NodeOrder): number[] {
  const size = new Map<number, number>();
  const first = new Map<number, number>();
  community.forEach((label, stored) => {
    size.set(label, (size.get(label) ?? 0) + 1);
    const position = order.positionOf[stored]!;
    if (position < (first.get(label) ?? Infinity)) first.set(label, position);
  });
  const ranked = [...size.keys()].sort(
    (a, b) => size.get(b)! - size.get(a)! || first.get(a)! - first.get(b)!,
  );
  const renumber = new Map(ranked.map((label, rank) => [label, rank]));
  return community.map((label) => renumber.get(label)!);
}

/** Stored-index edges as positions, sorted so that their order carries nothing of the stored one. */
export function edgesByPosition(
  order: NodeOrder,
  edges: { source: readonly number[]; target: readonly number[]; weight: readonly number[] },
) {
  const count = order.order.length;
  const pairs = edges.source.map((source, e) => ({
    key: order.positionOf[source]! * count + order.positionOf[edges.target[e]!]!,
    weight: edges.weight[e]!,
  }));
  pairs.sort((a, b) => a.key - b.key);
  return {
    source: pairs.map((pair) => Math.floor(pair.key / count)),
    target: pairs.map((pair) => pair.key % count),
    weight: pairs.map((pair) => pair.weight),
  };
}
