/**
 * The graph file for a caller who may not see names: the newest finished analysis of the
 * selection in its anonymised view — the map's keyed order (`n<position>`, so a file and the map
 * agree), attributes shown only where at least k nodes share them, measures as bands — never the
 * live graph in stored order with exact measures.
 */
import type { Principal } from '../authz/policy.js';
import type { GraphData } from '@trellis/sna/io';
import type { Executor } from '../db/database.js';
import { conflict } from '../shared/errors.js';
import { latestDoneAnalysis } from './analyses.queries.js';
import type { Band } from './anonymity.js';
import { graphFile, type ExportRequest } from './export.js';
import {
  BANDED_MEASURES,
  edgesByPosition,
  loadAnonymisedNodes,
  type AnonymisedNodes,
} from './map.anonymise.js';
import { mapEdges } from './map.layout.js';
import { snapshotIdentities } from './map.queries.js';
import { graphOfLevel, nodeIdentity } from './network-graph.js';
import { ANALYTICS_TEXTS } from './analytics.texts.js';

/** What a file says of an attribute that the privacy rule does not show on a node. */
export const NOT_SHOWN = 'not shown';

/** The anonymised graph file of the newest finished analysis of the selection. */
export async function exportAnonymisedGraph(
  db: Executor,
  request: Omit<ExportRequest, 'named'>,
  k: number,
  viewer: Principal,
): Promise<{ body: string; contentType: string; extension: string }> {
  const analysis = await latestDoneAnalysis(db, request);
  if (!analysis) {
    throw conflict(ANALYTICS_TEXTS.noAnalysisForAnonymousFile);
  }
  const [view, stored, graph] = await Promise.all([
    loadAnonymisedNodes(db, analysis, k, viewer),
    snapshotIdentities(db, analysis.id),
    graphOfLevel(request.level)(db, request),
  ]);
  // The ties as the map draws them: matched to the snapshot's nodes, then to their positions.
  const keyOf = new Map(graph.nodes.map((node) => [nodeIdentity(node), node.key]));
  const keys = stored.map((node, index) => keyOf.get(nodeIdentity(node)) ?? `#missing:${index}`);
  const storedEdges = mapEdges(keys, graph.edges);
  const edges = edgesByPosition(view.order, {
    source: storedEdges.sources,
    target: storedEdges.targets,
    weight: storedEdges.weights,
  });
  const ids = Array.from(view.order.order, (_, position) => `n${position}`);
  const data: GraphData = {
    directed: true,
    weighted: true,
    nodes: ids,
    edges: edges.source.map((source, e) => ({
      source: ids[source]!,
      target: ids[edges.target[e]!]!,
      weight: edges.weight[e]!,
    })),
    nodeAttributes: anonymisedAttributes(view, ids),
  };
  // Every attribute is text here (bands, "not shown"): none goes out as a number.
  return graphFile(data, request, []);
}

/** A band as a file shows it: "3–5" (measures are never negative), or "0" when it holds one value. */
const bandText = (band: Band | undefined) =>
  !band ? NOT_SHOWN : band.min === band.max ? String(band.min) : `${band.min}–${band.max}`;

/** Attribute name → node id → value, each as the anonymised map shows it. */
function anonymisedAttributes(view: AnonymisedNodes, ids: readonly string[]) {
  const { columns, groups, networks, bands } = view;
  const text = <T>(values: readonly (T | null)[], show: (value: T) => string | null) =>
    values.map((value) => (value === null ? NOT_SHOWN : show(value)));
  const named = (items: readonly { name: string }[]) => (index: number) =>
    index < 0 ? null : items[index]!.name;
  const attributes: [string, (string | null)[]][] = [
    ['in_network', text(columns.inNetwork, String)],
    ['organisation', text(columns.group, named(groups))],
    ['network', text(columns.network, named(networks))],
    ['community', text(columns.community, String)],
    ['brokerageRole', columns.brokerageRole],
    ['isolate', text(columns.isolate, String)],
    ['cut_point', text(columns.cutPoint, String)],
    ...BANDED_MEASURES.map(
      (measure) =>
        [
          `${measure}_band`,
          columns[measure].map((band) => (band === null ? NOT_SHOWN : bandText(bands[measure][band]))),
        ] as [string, (string | null)[]],
    ),
  ];
  return new Map(
    attributes.map(([name, values]) => [
      name,
      new Map(values.flatMap((value, position) => (value === null ? [] : [[ids[position]!, value]]))),
    ]),
  );
}
