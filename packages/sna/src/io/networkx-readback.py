"""Reads graph files written by Trellis with NetworkX and prints what NetworkX sees, as JSON.

Used by networkx-readback.test.ts. Usage: python3 networkx-readback.py FORMAT PATH DIRECTED WEIGHTED
"""
import csv
import json
import sys

import networkx as nx


def read(fmt, path, directed, weighted):
    create = nx.DiGraph if directed else nx.Graph
    if fmt == "graphml":
        return nx.read_graphml(path)
    if fmt == "gexf":
        return nx.read_gexf(path, version="1.3")
    if fmt == "edgelist":
        data = [("weight", float)] if weighted else False
        return nx.read_edgelist(path, nodetype=str, data=data, create_using=create)
    if fmt == "csv":
        graph = create()
        with open(path, newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                if row["target"] == "":
                    graph.add_node(row["source"])
                elif weighted:
                    graph.add_edge(row["source"], row["target"], weight=float(row["weight"]))
                else:
                    graph.add_edge(row["source"], row["target"])
        return graph
    raise SystemExit(f"unknown format {fmt}")


def main():
    fmt, path, directed, weighted = sys.argv[1], sys.argv[2], sys.argv[3] == "true", sys.argv[4] == "true"
    graph = read(fmt, path, directed, weighted)
    attributes = {}
    for node, values in graph.nodes(data=True):
        for name, value in values.items():
            if name != "label":
                attributes.setdefault(name, {})[node] = value
    print(json.dumps({
        "directed": graph.is_directed(),
        "multigraph": graph.is_multigraph(),
        "nodes": sorted(graph.nodes()),
        "edges": [[u, v, d.get("weight")] for u, v, d in graph.edges(data=True)],
        "attributes": attributes,
    }))


main()
