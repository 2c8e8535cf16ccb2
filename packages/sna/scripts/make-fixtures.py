#!/usr/bin/env python3
"""Writes NetworkX reference values for @trellis/sna's fixture tests.

Run from the repository root:  python3 packages/sna/scripts/make-fixtures.py
Needs networkx 3.6 (and numpy/scipy, which NetworkX uses for PageRank and structural holes).

Each fixture holds the graph (node order, edges, a 'group' attribute) and every measure that
NetworkX has, computed with the definitions documented in packages/sna/docs/measures.md.
Where Trellis deliberately differs from a NetworkX function (self-loops in core number and
structural holes, transitivity of directed graphs), the graph handed to NetworkX is adjusted
here in the same way, so that the test compares like with like.
"""
import json
import math
import os
import random

import networkx as nx

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures")
PAGERANK_TOL = 1e-13
EIGEN_TOL = 1e-13


class FixedSample(random.Random):
    """A Random whose sample() returns given pivots, so sampled betweenness can be checked exactly."""

    def __init__(self, pivots):
        super().__init__(0)
        self.pivots = pivots

    def sample(self, population, k, **_):
        return list(self.pivots)


def clean(x):
    if isinstance(x, float) and (math.isnan(x) or math.isinf(x)):
        return None
    return x


def per_node(G, d):
    return [clean(float(d[v])) for v in G.nodes()]


def largest(components, order):
    return max(components, key=lambda c: (len(c), -min(order[v] for v in c)))


def measures(G, weighted, attr):
    order = {v: i for i, v in enumerate(G.nodes())}
    w = "weight" if weighted else None
    directed = G.is_directed()
    n = G.number_of_nodes()
    out = {"n": n, "m": G.number_of_edges(), "density": nx.density(G)}
    noloops = G.copy()
    noloops.remove_edges_from(list(nx.selfloop_edges(noloops)))
    if directed:
        out["reciprocity"] = nx.overall_reciprocity(G) if G.number_of_edges() else None
        und = G.to_undirected()
    else:
        und = G
    out["transitivity"] = nx.transitivity(und)
    clustering = nx.clustering(G, weight=w)
    out["clustering"] = per_node(G, clustering)
    out["averageClustering"] = sum(clustering.values()) / n
    wcc = list(nx.weakly_connected_components(G) if directed else nx.connected_components(G))
    out["weakComponentSizes"] = sorted((len(c) for c in wcc), reverse=True)
    if directed:
        scc = list(nx.strongly_connected_components(G))
        out["strongComponentSizes"] = sorted((len(c) for c in scc), reverse=True)
        big = largest(scc, order)
    else:
        big = largest(wcc, order)
    H = G.subgraph(big)
    out["largestComponentSize"] = len(big)
    out["diameter"] = nx.diameter(H) if len(big) > 1 else 0
    out["averageShortestPath"] = nx.average_shortest_path_length(H) if len(big) > 1 else 0
    if weighted:
        out["diameterWeighted"] = nx.diameter(H, weight="weight") if len(big) > 1 else 0
        out["averageShortestPathWeighted"] = (
            nx.average_shortest_path_length(H, weight="weight") if len(big) > 1 else 0
        )
    if directed:
        out["inDegree"] = [G.in_degree(v) for v in G]
        out["outDegree"] = [G.out_degree(v) for v in G]
    out["degree"] = [G.degree(v) for v in G]
    if weighted:
        out["strength"] = [float(G.degree(v, weight="weight")) for v in G]
    out["betweenness"] = per_node(G, nx.betweenness_centrality(G))
    if weighted:
        out["betweennessWeighted"] = per_node(G, nx.betweenness_centrality(G, weight="weight"))
    nodes = list(G.nodes())
    pivots = [nodes[i] for i in range(0, n, 3)]
    out["samplePivots"] = [order[v] for v in pivots]
    out["betweennessSampled"] = per_node(G, nx.betweenness_centrality(G, k=len(pivots), seed=FixedSample(pivots)))
    out["closeness"] = per_node(G, nx.closeness_centrality(G))
    out["harmonic"] = per_node(G, nx.harmonic_centrality(G))
    if weighted:
        out["closenessWeighted"] = per_node(G, nx.closeness_centrality(G, distance="weight"))
        out["harmonicWeighted"] = per_node(G, nx.harmonic_centrality(G, distance="weight"))
    try:
        ev = nx.eigenvector_centrality(G, max_iter=100000, tol=EIGEN_TOL, weight=w)
        out["eigenvector"] = per_node(G, ev)
    except nx.PowerIterationFailedConvergence:
        out["eigenvector"] = None
    out["pagerank"] = per_node(G, nx.pagerank(G, tol=PAGERANK_TOL, max_iter=10000, weight=w))
    out["core"] = [nx.core_number(noloops)[v] for v in G]
    out["constraint"] = per_node(G, nx.constraint(noloops, weight=w))
    # nodes=list(...) selects NetworkX's per-node code, which follows its documented formula;
    # its vectorised path (nodes=None) scales m_vw by w's largest tie instead of v's.
    out["effectiveSize"] = per_node(G, nx.effective_size(noloops, nodes=list(noloops), weight=w))
    out["isolates"] = sorted(order[v] for v in nx.isolates(G))
    groups = {}
    for v in G:
        groups.setdefault(G.nodes[v][attr], set()).add(v)
    out["modularityOfGroups"] = nx.community.modularity(G, list(groups.values()), weight=w)
    out["assortativity"] = clean(float(nx.attribute_assortativity_coefficient(G, attr)))
    internal = external = 0
    for u, v in G.edges():
        if u == v:
            continue
        if G.nodes[u][attr] == G.nodes[v][attr]:
            internal += 1
        else:
            external += 1
    out["eiIndex"] = (external - internal) / (external + internal) if external + internal else None
    best = -1.0
    for seed in range(8):
        parts = nx.community.louvain_communities(G, weight=w, seed=seed)
        best = max(best, nx.community.modularity(G, parts, weight=w))
    out["louvainBestModularity"] = best
    return out


def dump(name, G, weighted, attr="group"):
    edges = []
    for u, v, d in G.edges(data=True):
        e = {"source": str(u), "target": str(v)}
        if weighted:
            e["weight"] = d.get("weight", 1)
        edges.append(e)
    data = {
        "name": name,
        "directed": G.is_directed(),
        "weighted": weighted,
        "nodes": [str(v) for v in G.nodes()],
        "groups": [str(G.nodes[v][attr]) for v in G.nodes()],
        "edges": edges,
        "expected": measures(G, weighted, attr),
    }
    with open(os.path.join(OUT, f"{name}.json"), "w") as f:
        json.dump(data, f, separators=(",", ":"))
    print(name, G.number_of_nodes(), G.number_of_edges())


def with_groups(G, k=3):
    for i, v in enumerate(G.nodes()):
        G.nodes[v].setdefault("group", i % k)
    return G


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = random.Random(42)

    karate = nx.karate_club_graph()
    for v in karate:
        karate.nodes[v]["group"] = karate.nodes[v]["club"]
    dump("karate", strip_weights(karate), False)
    dump("karate-weighted", karate, True)
    dump("path", with_groups(nx.path_graph(6)), False)
    dump("star", with_groups(nx.star_graph(7)), False)
    dump("complete", with_groups(nx.complete_graph(6)), False)
    dump("florentine", with_groups(nx.florentine_families_graph()), False)
    les = nx.les_miserables_graph()
    dump("les-miserables", with_groups(les, 4), True)

    g = nx.Graph()
    g.add_edges_from([(0, 1), (1, 2), (2, 0), (2, 3), (4, 5), (5, 6), (3, 3), (6, 6)])
    g.add_nodes_from([7, 8])
    dump("disconnected-loops", with_groups(g, 2), False)

    pp = nx.planted_partition_graph(2, 20, 0.5, 0.03, seed=7)
    for v in pp:
        pp.nodes[v]["group"] = pp.nodes[v]["block"]
    dump("two-communities", pp, False)

    dump("gnp-300", with_groups(nx.gnp_random_graph(300, 0.015, seed=1)), False)
    dump("ba-400", with_groups(nx.barabasi_albert_graph(400, 2, seed=5), 4), False)

    d = nx.gnp_random_graph(200, 0.03, seed=2, directed=True)
    dump("directed-gnp-200", with_groups(d), False)

    wg = nx.gnp_random_graph(200, 0.04, seed=3)
    for u, v in wg.edges():
        wg[u][v]["weight"] = rng.randint(1, 5)
    dump("weighted-gnp-200", with_groups(wg), True)

    wd = nx.gnp_random_graph(150, 0.04, seed=4, directed=True)
    for u, v in wd.edges():
        wd[u][v]["weight"] = round(rng.uniform(0.5, 4.0), 3)
    for v in (3, 17, 40):
        wd.add_edge(v, v, weight=1.5)
    wd.add_node(150)
    dump("weighted-directed-150", with_groups(wd), True)

    small = nx.DiGraph([(0, 1), (1, 0), (1, 2), (2, 3), (3, 1), (3, 4), (4, 5), (5, 3), (2, 2)])
    small.add_node(6)
    dump("directed-small", with_groups(small, 2), False)


def strip_weights(G):
    H = nx.Graph()
    H.add_nodes_from(G.nodes(data=True))
    H.add_edges_from(G.edges())
    return H


if __name__ == "__main__":
    main()
