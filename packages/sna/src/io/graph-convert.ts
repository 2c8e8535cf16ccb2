/** Bridges between file content (GraphData) and the graph model (Graph). */
import { Graph } from '../graph/graph.js';
import type { GraphOptions } from '../graph/graph.js';
import type { EdgeRecord, GraphData } from './graph-data.js';

/** How to build a graph from file content; `directed` defaults to what the file says, else false. */
export type GraphFromDataOptions = Omit<GraphOptions, 'directed'> & { directed?: boolean };

/** Builds a Graph from file content, keeping isolated nodes, node order and node attributes. */
export function graphFromData(data: GraphData, options: GraphFromDataOptions = {}): Graph {
  const graph = Graph.fromEdges(data.edges, {
    ...options,
    directed: options.directed ?? data.directed ?? false,
    weighted: options.weighted ?? data.weighted,
    nodes: data.nodes,
  });
  for (const [name, values] of data.nodeAttributes) graph.setNodeAttribute(name, values);
  return graph;
}

/** Turns a Graph back into file content: merged edges, each undirected edge once, attributes as strings. */
export function dataFromGraph(graph: Graph): GraphData {
  const nodes: string[] = [];
  for (let i = 0; i < graph.nodeCount; i++) nodes.push(graph.nodeId(i));
  const edges: EdgeRecord[] = [];
  graph.forEachEdge((source, target, weight) => {
    const edge: EdgeRecord = { source: nodes[source] as string, target: nodes[target] as string };
    if (graph.weighted) edge.weight = weight;
    edges.push(edge);
  });
  const nodeAttributes = new Map<string, Map<string, string>>();
  for (const name of graph.nodeAttributeNames()) {
    const values = new Map<string, string>();
    for (let i = 0; i < graph.nodeCount; i++) {
      const value = graph.getNodeAttribute(name, i);
      if (value !== undefined) values.set(nodes[i] as string, value);
    }
    nodeAttributes.set(name, values);
  }
  return { directed: graph.directed, weighted: graph.weighted, nodes, edges, nodeAttributes };
}
