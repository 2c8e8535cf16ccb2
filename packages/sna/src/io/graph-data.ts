/**
 * GraphData: what every reader returns and every writer takes.
 *
 * It is deliberately the raw content of a file — nodes in order of first appearance, edges as
 * written (repeated edges and self-loops included) and string node attributes — so that the
 * policy for self-loops and repeated edges lives in one place, `Graph.fromEdges`, and not in
 * each reader.
 */

/** One edge as read from a file; structurally the same as the graph model's `EdgeInput`. */
export interface EdgeRecord {
  source: string;
  target: string;
  weight?: number;
}

/** The content of a graph file. */
export interface GraphData {
  /** Set when the file itself says (GraphML `edgedefault`); undefined for edge lists and CSV. */
  directed: boolean | undefined;
  /** True when at least one edge carried an explicit weight. */
  weighted: boolean;
  /** Every node id, in order of first appearance (isolated nodes included). */
  nodes: string[];
  edges: EdgeRecord[];
  /** Attribute name → (node id → value). */
  nodeAttributes: Map<string, Map<string, string>>;
}

/** Collects nodes and edges in order of first appearance while a reader walks a file. */
export class GraphDataBuilder {
  private readonly seen = new Set<string>();
  private readonly data: GraphData = {
    directed: undefined,
    weighted: false,
    nodes: [],
    edges: [],
    nodeAttributes: new Map(),
  };

  /** Records a node id if it is new. */
  addNode(id: string): void {
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.data.nodes.push(id);
  }

  /** Records an edge and both of its endpoints. */
  addEdge(source: string, target: string, weight?: number): void {
    this.addNode(source);
    this.addNode(target);
    if (weight === undefined) {
      this.data.edges.push({ source, target });
    } else {
      this.data.weighted = true;
      this.data.edges.push({ source, target, weight });
    }
  }

  /** Sets one node attribute value. */
  setAttribute(name: string, node: string, value: string): void {
    let values = this.data.nodeAttributes.get(name);
    if (values === undefined) {
      values = new Map();
      this.data.nodeAttributes.set(name, values);
    }
    values.set(node, value);
  }

  /** Records whether the file declared the graph directed. */
  setDirected(directed: boolean): void {
    this.data.directed = directed;
  }

  /** Returns the collected data. */
  build(): GraphData {
    return this.data;
  }
}

/** The weight a writer should emit for an edge: its own, or 1 when the file had none. */
export function edgeWeight(edge: EdgeRecord): number {
  return edge.weight ?? 1;
}

/** Node ids that appear in no edge, in node order; edge lists and CSV must spell them out. */
export function isolatedNodes(data: GraphData): string[] {
  const touched = new Set<string>();
  for (const edge of data.edges) {
    touched.add(edge.source);
    touched.add(edge.target);
  }
  return data.nodes.filter((id) => !touched.has(id));
}

/** Formats a weight so that reading it back gives the same number. */
export function formatWeight(weight: number): string {
  // String() is the shortest text that round-trips a double, and never uses a locale.
  return String(weight);
}

/** Parses a weight field; returns undefined when it is not a finite number. */
export function parseWeight(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}
