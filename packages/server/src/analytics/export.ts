import type { GraphData } from '@trellis/sna/io';
import { writeGexf, writeGraphml } from '@trellis/sna/io';
import type { Executor } from '../db/database.js';
import { organisationNamesOf } from '../organisations/organisations.queries.js';
import { displayNamesOf } from '../people/people.queries.js';
import type { AnalysisLevel, RelationType } from '../shared/vocabulary.js';
import { latestDoneAnalysis, nodesOfAnalysis } from './analyses.queries.js';
import { edgesCsv, nodesCsv } from './export-csv.js';
import type { analysisNodes } from './analyses.table.js';
import { computeInWorker, storedNodeMeasures } from './compute.js';
import { graphOfLevel, nodeIdentity, type NetworkGraph } from './network-graph.js';
import { NODE_MEASURES } from './node-measures.js';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRequest {
  networkId: string;
  level: AnalysisLevel;
  waveId: string | null;
  relation: RelationType | null;
  format: ExportFormat;
  /** CSV holds one table: the edges (default) or the nodes with their attributes. */
  table: 'edges' | 'nodes';
  /** Always true here: callers who may not see names get `exportAnonymisedGraph` instead. */
  named: boolean;
}

/** The measures each node carries (from a finished analysis of the same selection, or computed for the file). */
export { NODE_MEASURES };

const MEASURES = [...NODE_MEASURES, 'brokerageRole'] as const;

/** The network's graph as a file: GraphML, GEXF or CSV, with attributes and measures. */
export async function exportNetworkGraph(
  db: Executor,
  request: ExportRequest,
): Promise<{ body: string; contentType: string; extension: string }> {
  // Nodes in stored (person id) order with exact measures would undo the anonymisation.
  if (!request.named) throw new Error('an anonymised export is made by exportAnonymisedGraph');
  const selection = { networkId: request.networkId, waveId: request.waveId, relation: request.relation };
  const graph = await graphOfLevel(request.level)(db, selection);
  const attributes = await nodeAttributes(db, request, graph);
  const ids = new Map(graph.nodes.map((node, index) => [node.key, request.named ? node.key : `n${index}`]));
  const data: GraphData = {
    directed: true,
    weighted: true,
    nodes: graph.nodes.map((node) => ids.get(node.key)!),
    edges: graph.edges.map((edge) => ({
      source: ids.get(edge.source)!,
      target: ids.get(edge.target)!,
      weight: edge.weight,
    })),
    nodeAttributes: new Map(
      [...attributes].map(([name, values]) => [
        name,
        new Map([...values].map(([key, value]) => [ids.get(key)!, value])),
      ]),
    ),
  };
  return graphFile(data, request);
}

/**
 * A graph written in the requested format (for CSV, its edge or its node table, where the
 * `numeric` attributes go out as numbers and the rest as neutralised text).
 */
export function graphFile(
  data: GraphData,
  { format, table }: Pick<ExportRequest, 'format' | 'table'>,
  numeric: readonly string[] = NODE_MEASURES,
): { body: string; contentType: string; extension: string } {
  if (format === 'graphml')
    return {
      body: writeGraphml(data),
      contentType: 'application/graphml+xml; charset=utf-8',
      extension: 'graphml',
    };
  if (format === 'gexf')
    return { body: writeGexf(data), contentType: 'application/gexf+xml; charset=utf-8', extension: 'gexf' };
  const body = table === 'nodes' ? nodesCsv(data, numeric) : edgesCsv(data);
  return { body, contentType: 'text/csv; charset=utf-8', extension: `${table}.csv` };
}

/** Attribute name → node key → value: kind, membership, label, organisation and measures. */
async function nodeAttributes(db: Executor, request: ExportRequest, graph: NetworkGraph) {
  const personIds = graph.nodes.flatMap((n) => (n.personId === null ? [] : [n.personId]));
  const organisationIds = [
    ...new Set(graph.nodes.flatMap((n) => [n.organisationId, n.affiliationId]).filter((id) => id !== null)),
  ];
  const [names, organisationNames, measures] = await Promise.all([
    request.named ? displayNamesOf(db, personIds) : [],
    organisationNamesOf(db, organisationIds),
    latestMeasures(db, request, graph),
  ]);
  const nameOf = new Map([...names, ...organisationNames].map((row) => [row.id, row.name]));
  // Columns in a fixed order, whichever node first has a value; empty ones are dropped at the end.
  const attributes = new Map<string, Map<string, string>>(
    ['kind', 'in_network', 'label', 'organisation', ...MEASURES].map((name) => [name, new Map()]),
  );
  const set = (name: string, key: string, value: string | null | undefined) => {
    if (value !== null && value !== undefined) attributes.get(name)!.set(key, value);
  };
  for (const node of graph.nodes) {
    set('kind', node.key, node.personId ? 'person' : node.organisationId ? 'organisation' : 'outside');
    set('in_network', node.key, String(node.inNetwork));
    if (request.named) set('label', node.key, nameOf.get(nodeIdentity(node)) ?? node.outsideLabel);
    if (node.affiliationId) set('organisation', node.key, nameOf.get(node.affiliationId));
    const row = measures.get(nodeIdentity(node));
    if (row)
      for (const measure of MEASURES)
        set(measure, node.key, row[measure] === null ? null : String(row[measure]));
  }
  for (const [name, values] of attributes) if (values.size === 0) attributes.delete(name);
  return attributes;
}

type Measures = Pick<typeof analysisNodes.$inferSelect, (typeof MEASURES)[number]>;

/**
 * The node measures by person, organisation or outsider: those of the newest finished analysis of
 * the same selection when it holds every node of the graph, computed on the spot otherwise (none
 * has finished yet, or the ties changed since), so that a file always carries them.
 */
async function latestMeasures(db: Executor, request: ExportRequest, graph: NetworkGraph) {
  const latest = await latestDoneAnalysis(db, request);
  if (latest) {
    const rows = await nodesOfAnalysis(db, latest.id);
    const stored = new Map<string, Measures>(rows.map((row) => [nodeIdentity(row), row]));
    if (graph.nodes.every((node) => stored.has(nodeIdentity(node)))) return stored;
  }
  if (graph.nodes.length === 0) return new Map<string, Measures>();
  const result = await computeInWorker(graph);
  return new Map<string, Measures>(
    result.nodes.map((measures, index) => [
      nodeIdentity(graph.nodes[index]!),
      storedNodeMeasures(measures, result.cutPoints[index] === 1),
    ]),
  );
}
