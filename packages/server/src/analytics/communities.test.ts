import { describe, expect, it } from 'vitest';
import { withoutSingletonCommunities, type AnalysisOutput } from './compute.js';

/** An engine output with only what the renumbering reads: each node's community and the summary. */
const output = (communities: number[]) =>
  ({
    nodes: communities.map((community) => ({ community })),
    graph: {
      communities: {
        method: 'louvain',
        count: new Set(communities).size,
        modularity: 0.4,
        resolution: 1,
        seed: 1,
      },
    },
    cutPoints: [],
    organisationEiIndex: null,
  }) as unknown as AnalysisOutput;

describe('communities without isolates', () => {
  it('does not count a node alone in its community, and numbers the real ones first, largest first', () => {
    // Engine labels by first node: 0 = {0}, 1 = {1, 2}, 2 = {3}, 3 = {4, 5, 6}.
    const result = withoutSingletonCommunities(output([0, 1, 1, 2, 3, 3, 3]));
    expect(result.graph.communities).toMatchObject({ count: 2, singletons: 2, modularity: 0.4 });
    expect(result.nodes.map((node) => node.community)).toEqual([2, 1, 1, 3, 0, 0, 0]);
  });

  it('leaves a map without isolates as it was counted', () => {
    const result = withoutSingletonCommunities(output([0, 0, 1, 1]));
    expect(result.graph.communities).toMatchObject({ count: 2, singletons: 0 });
    expect(result.nodes.map((node) => node.community)).toEqual([0, 0, 1, 1]);
  });
});
