/**
 * The positions of an analysis's map: ForceAtlas2 (Jacomy, Venturini, Heymann & Bastian 2014,
 * "ForceAtlas2, a continuous graph layout algorithm for handy network visualization designed for
 * the Gephi software", PLoS ONE 9(6): e98679) through graphology-layout-forceatlas2, with the
 * settings its authors infer from the graph's size (Barnes–Hut above 2,000 nodes).
 *
 * Deterministic: the start depends only on each node's start slot and the edges come sorted, so
 * the same snapshot always gives the same map (ForceAtlas2 itself draws no random numbers). The
 * slots are the analysis's keyed order, not the stored index: nodes are stored in person id
 * order, and isolates and small components end up close to where they start, so a start by
 * index would let anyone line positions up with sorted ids.
 */
import { DirectedGraph } from 'graphology';
import forceAtlas2Import from 'graphology-layout-forceatlas2';

// The package is CommonJS typed with `export default`: NodeNext types the import as the whole
// module (the function under `default`), a bundler's resolution (the web's typecheck) as the
// function. At run time in Node.js the default import is the function itself.
type ForceAtlas2 = typeof forceAtlas2Import extends { default: infer F } ? F : typeof forceAtlas2Import;
const forceAtlas2 = ((forceAtlas2Import as { default?: ForceAtlas2 }).default ??
  forceAtlas2Import) as ForceAtlas2;

/** The ties of a map by node index, one per directed pair, as parallel arrays. */
export interface MapEdges {
  sources: number[];
  targets: number[];
  weights: number[];
}

/** What the layout needs: how many nodes, the ties between them, and where each starts. */
export interface LayoutInput {
  nodeCount: number;
  edges: MapEdges;
  /** Each node's slot in the start spiral (a permutation of 0…n−1); by index when left out. */
  startSlots?: ArrayLike<number> | undefined;
}

export interface LayoutOutput {
  x: Float32Array;
  y: Float32Array;
}

/**
 * Iterations by size. Small maps can afford many and settle fully; past a few thousand nodes each
 * Barnes–Hut iteration costs O(n log n + m), so the count falls to keep the largest map in the
 * demo region (20,000 people, 100,000 ties) to about the time its measures take (figures in
 * docs/relationship-mapping.md).
 */
export function iterationsFor(nodeCount: number): number {
  if (nodeCount <= 500) return 500;
  if (nodeCount <= 5_000) return 200;
  return 100;
}

// Gephi's own default. Against the library's 0.5, on a 20,000-node map it gave the same
// clustering (mean edge length over mean distance, 0.314 against 0.315 after 100 iterations) in
// two thirds of the time.
const BARNES_HUT_THETA = 1.2;

// The golden angle spreads indices evenly over a disc (a sunflower's seeds): a start with no
// overlapping nodes and no structure of its own, taken from nothing but the index.
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** The sunflower start for slot `index`: radius grows with √index so that density is even. */
function startPosition(index: number) {
  const radius = 10 * Math.sqrt(index + 0.5);
  return { x: radius * Math.cos(index * GOLDEN_ANGLE), y: radius * Math.sin(index * GOLDEN_ANGLE) };
}

/** ForceAtlas2 positions by node index, from the sunflower start in the given slots. */
export function layOut({ nodeCount, edges, startSlots }: LayoutInput): LayoutOutput {
  const graph = new DirectedGraph({ multi: false, allowSelfLoops: false });
  for (let i = 0; i < nodeCount; i++) graph.addNode(i, startPosition(startSlots?.[i] ?? i));
  for (let e = 0; e < edges.sources.length; e++) {
    const source = edges.sources[e]!;
    const target = edges.targets[e]!;
    if (source !== target) graph.addEdge(source, target, { weight: edges.weights[e]! });
  }
  const x = new Float32Array(nodeCount);
  const y = new Float32Array(nodeCount);
  if (nodeCount === 0) return { x, y };
  const positions = forceAtlas2(graph, {
    iterations: iterationsFor(nodeCount),
    settings: { ...forceAtlas2.inferSettings(graph), barnesHutTheta: BARNES_HUT_THETA },
  });
  for (let i = 0; i < nodeCount; i++) {
    const position = positions[String(i)]!;
    x[i] = position.x;
    y[i] = position.y;
  }
  return { x, y };
}

/**
 * A graph's ties as map edges by node index: one per directed pair (the weights of several ties
 * between the same two people, of different relations or waves, add up, as the measures count
 * them), sorted by source then target so that the layout never depends on the order rows came in.
 */
export function mapEdges(
  keys: readonly string[],
  ties: readonly { source: string; target: string; weight: number }[],
): MapEdges {
  const indexOf = new Map(keys.map((key, index) => [key, index]));
  const weights = new Map<number, number>();
  const n = keys.length;
  for (const tie of ties) {
    const source = indexOf.get(tie.source);
    const target = indexOf.get(tie.target);
    if (source === undefined || target === undefined) continue;
    const pair = source * n + target;
    weights.set(pair, (weights.get(pair) ?? 0) + tie.weight);
  }
  const pairs = [...weights.keys()].sort((a, b) => a - b);
  return {
    sources: pairs.map((pair) => Math.floor(pair / n)),
    targets: pairs.map((pair) => pair % n),
    weights: pairs.map((pair) => weights.get(pair)!),
  };
}
