"""Times NetworkX or python-igraph on one edge-list file, inside Python, and prints JSON.

Process start-up and imports are outside the timings: each measure is timed with
time.perf_counter() around the library call only. The repeat rules are those of
src/bench/timing.ts: a first run under WARM_UP_BELOW seconds starts an untimed warm-up
(further runs until WARM_UP_SPEND seconds have passed), after which the measure repeats until about FAST_SPEND seconds of runs or FAST_MAX_RUNS runs (and at
least --max-repeats runs when the budget allows); a slower first run is kept, and the measure
runs until it has --max-repeats runs or has used --budget seconds. The median is reported.
A measure still running after --cap seconds is stopped (SIGALRM; this interrupts pure-Python
NetworkX code, not igraph's C) and reported as a timeout, never as a number.

Usage: python3 python-bench.py --tool networkx|igraph --file PATH --measures a,b,...
       [--cap 60] [--budget 20] [--max-repeats 5] [--k 256] [--seed 1]
"""
import argparse
import gc
import json
import platform
import random
import signal
import statistics
import sys
import time


class Timeout(Exception):
    pass


def on_alarm(_signum, _frame):
    raise Timeout()


def networkx_suite(path, k, seed):
    import networkx as nx

    state = {}

    def load():
        state["g"] = nx.read_edgelist(path, nodetype=str, create_using=nx.Graph)

    def g():
        return state["g"]

    return nx.__version__, load, g, {
        "degree": lambda: dict(g().degree()),
        "pagerank": lambda: nx.pagerank(g(), alpha=0.85),
        "betweenness": lambda: nx.betweenness_centrality(g()),
        "betweenness_sampled": lambda: nx.betweenness_centrality(g(), k=k, seed=seed),
        "closeness": lambda: nx.closeness_centrality(g()),
        "clustering": lambda: nx.clustering(g()),
        "components": lambda: list(nx.connected_components(g())),
        "louvain": lambda: nx.community.louvain_communities(g(), seed=seed),
        "core": lambda: nx.core_number(g()),
        "constraint": lambda: nx.constraint(g()),
    }


def igraph_suite(path, k, seed):
    import igraph as ig

    state = {}

    def load():
        state["g"] = ig.Graph.Read_Ncol(path, names=True, weights=False, directed=False)

    def g():
        return state["g"]

    def sampled():
        sources = random.Random(seed).sample(range(g().vcount()), min(k, g().vcount()))
        return g().betweenness(sources=sources)

    return ig.__version__, load, g, {
        "degree": lambda: g().degree(),
        "pagerank": lambda: g().pagerank(damping=0.85),
        "betweenness": lambda: g().betweenness(),
        "betweenness_sampled": sampled,
        "closeness": lambda: g().closeness(),
        "clustering": lambda: g().transitivity_local_undirected(mode="zero"),
        "components": lambda: g().connected_components(),
        "louvain": lambda: g().community_multilevel(),
        "core": lambda: g().coreness(),
        "constraint": lambda: g().constraint(),
    }


# Cheap-measure rules, the same as FAST_RULES in src/bench/timing.ts.
WARM_UP_BELOW = 1.0
WARM_UP_SPEND = 0.25
FAST_SPEND = 1.0
FAST_MAX_RUNS = 300


def wants_another_run(runs, fast, budget, max_repeats, started_at):
    if not runs:
        return True
    spent = sum(runs)
    # Collections and bookkeeping between runs are not timed; the wall clock bounds them too.
    wall = time.perf_counter() - started_at
    if spent + runs[-1] > budget or wall > budget:
        return False
    if not fast:
        return len(runs) < max_repeats
    return len(runs) < FAST_MAX_RUNS and (spent < FAST_SPEND or len(runs) < max_repeats)


def time_once(fn, cap):
    signal.setitimer(signal.ITIMER_REAL, cap)
    start = time.perf_counter()
    try:
        fn()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return time.perf_counter() - start


def time_measure(fn, cap, budget, max_repeats):
    runs = []
    try:
        gc.collect()
        warm_up_start = time.perf_counter()
        first = time_once(fn, cap)
        fast = first < WARM_UP_BELOW
        if not fast:
            runs.append(first)
        while fast and time.perf_counter() - warm_up_start < WARM_UP_SPEND:
            time_once(fn, cap)
        # Cheap runs share one collection before the batch, as in timing.ts.
        started_at = time.perf_counter()
        while wants_another_run(runs, fast, budget, max_repeats, started_at):
            if not fast:
                gc.collect()
            runs.append(time_once(fn, cap))
    except Timeout:
        return {"status": "timeout", "cap": cap, "runs": runs}
    return {"status": "ok", "runs": runs, "median": statistics.median(runs), "warmedUp": fast}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tool", required=True, choices=["networkx", "igraph"])
    parser.add_argument("--file", required=True)
    parser.add_argument("--measures", required=True)
    parser.add_argument("--cap", type=float, default=60)
    parser.add_argument("--budget", type=float, default=20)
    parser.add_argument("--max-repeats", type=int, default=5)
    parser.add_argument("--k", type=int, default=256)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    signal.signal(signal.SIGALRM, on_alarm)
    suite = networkx_suite if args.tool == "networkx" else igraph_suite
    version, load, graph, measures = suite(args.file, args.k, args.seed)
    results = {}
    # Loading is timed like any measure, and the last load is the graph the measures use.
    results["load"] = time_measure(load, max(args.cap, 600), args.budget, 3)
    g = graph()
    nodes, edges = (g.number_of_nodes(), g.number_of_edges()) if args.tool == "networkx" else (g.vcount(), g.ecount())
    for name in [m for m in args.measures.split(",") if m]:
        print(f"  {args.tool} {name} ...", file=sys.stderr, flush=True)
        results[name] = time_measure(measures[name], args.cap, args.budget, args.max_repeats)
    print(json.dumps({
        "tool": args.tool,
        "version": version,
        "python": platform.python_version(),
        "nodes": nodes,
        "edges": edges,
        "results": results,
    }))


main()
