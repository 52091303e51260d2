#!/usr/bin/python3
"""The job of `kis-network analyse`, scripted in igraph: the reference `npm run bench` compares with.

    /usr/bin/python3 scripts/bench-igraph.py DATA_DIR OUT_DIR

Reads the three CSV files of a bench data set (scripts/generate-bench.mjs: contacts.csv,
interviews.csv, survey.csv), builds the weighted undirected organisation network the way
docs/contract.md section 3 says (organisation key = NFKC, trimmed, whitespace collapsed,
case-folded, accents removed; weight = sum of interview strength, 1 where empty, plus one per
survey partner mention; self-relations dropped; register entries without relations are
isolates), computes the section 4 metrics with igraph (Csardi & Nepusz 2006) and writes
OUT_DIR/nodes.csv. Louvain is igraph's community_multilevel (Blondel et al. 2008), weighted.

Times per step go to stderr as one JSON line (`igraph-timings {...}`); the caller measures the
wall time of the whole process. Debian's python3-igraph 0.10.2 is what this was written for.
"""

import csv
import json
import math
import os
import re
import resource
import sys
import time
import unicodedata

import igraph as ig

APOSTROPHES = re.compile("[\u2019\u2018\u02bc\u00b4\u0060\u2032]")
SPACES = re.compile(r"\s+")
LIST_SPLIT = re.compile(r"[|;\r\n]")

_keys = {}


def org_key(name):
    hit = _keys.get(name)
    if hit is not None:
        return hit
    k = APOSTROPHES.sub("'", name)
    k = SPACES.sub(" ", unicodedata.normalize("NFKC", k).strip()).casefold()
    k = "".join(c for c in unicodedata.normalize("NFKD", k) if not unicodedata.combining(c))
    k = unicodedata.normalize("NFC", k)
    _keys[name] = k
    return k


def read_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        yield from csv.DictReader(f)


def main():
    data_dir, out_dir = sys.argv[1], sys.argv[2]
    steps = {}
    t = time.perf_counter()

    index = {}  # key -> vertex id
    labels = []
    weight = {}  # (a, b) with a < b -> weight

    def node(name):
        k = org_key(name)
        i = index.get(k)
        if i is None:
            i = index[k] = len(labels)
            labels.append(k)
        return i

    def relate(a, b, w):
        if a == b:
            return
        pair = (a, b) if a < b else (b, a)
        weight[pair] = weight.get(pair, 0.0) + w

    for row in read_rows(os.path.join(data_dir, "contacts.csv")):
        name = (row.get("organisation") or "").strip()
        if name:
            node(name)
    for row in read_rows(os.path.join(data_dir, "interviews.csv")):
        s, d = (row.get("source") or "").strip(), (row.get("target") or "").strip()
        if not s or not d:
            continue
        strength = (row.get("strength") or "").strip()
        relate(node(s), node(d), float(strength) if strength else 1.0)
    for row in read_rows(os.path.join(data_dir, "survey.csv")):
        name = (row.get("organisation") or "").strip()
        if not name:
            continue
        o = node(name)
        for p in LIST_SPLIT.split(row.get("partners") or ""):
            p = p.strip()
            if p:
                relate(o, node(p), 1.0)
    steps["read"] = time.perf_counter() - t

    t = time.perf_counter()
    n = len(labels)
    g = ig.Graph(n=n, edges=list(weight.keys()), directed=False)
    g.es["weight"] = list(weight.values())
    steps["graph"] = time.perf_counter() - t

    t = time.perf_counter()
    degree = g.degree()
    strength = g.strength(weights="weight")
    steps["degree"] = time.perf_counter() - t

    t = time.perf_counter()
    betweenness = g.betweenness(directed=False)
    scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 1.0
    betweenness = [b * scale for b in betweenness]
    steps["betweenness"] = time.perf_counter() - t

    t = time.perf_counter()
    # igraph's closeness counts only the reachable vertices; Wasserman-Faust scales by the
    # reachable share, as NetworkX does.
    closeness = g.closeness()
    sizes = g.connected_components().sizes()
    membership = g.connected_components().membership
    closeness = [
        0.0 if c != c or sizes[membership[v]] < 2 else c * (sizes[membership[v]] - 1) / (n - 1)
        for v, c in enumerate(closeness)
    ]
    harmonic = g.harmonic_centrality(normalized=False)
    steps["closeness+harmonic"] = time.perf_counter() - t

    t = time.perf_counter()
    eigenvector = g.eigenvector_centrality(scale=False)
    norm = math.sqrt(sum(x * x for x in eigenvector)) or 1.0
    eigenvector = [x / norm for x in eigenvector]
    pagerank = g.pagerank(damping=0.85, weights="weight")
    steps["eigenvector+pagerank"] = time.perf_counter() - t

    t = time.perf_counter()
    core = g.coreness()
    constraint = g.constraint()
    clustering = g.transitivity_local_undirected(mode="zero")
    steps["core+constraint+clustering"] = time.perf_counter() - t

    t = time.perf_counter()
    community = g.community_multilevel(weights="weight").membership
    steps["louvain"] = time.perf_counter() - t

    t = time.perf_counter()
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "nodes.csv"), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(
            ["id", "community", "degree", "strength", "betweenness", "closeness", "harmonic",
             "eigenvector", "pagerank", "core", "constraint", "clustering"]
        )
        for v in sorted(range(n), key=labels.__getitem__):
            c = constraint[v]
            w.writerow(
                [labels[v], community[v], degree[v], repr(strength[v]), repr(betweenness[v]),
                 repr(closeness[v]), repr(harmonic[v]), repr(eigenvector[v]), repr(pagerank[v]),
                 core[v], "" if degree[v] == 0 or c != c else repr(c), repr(clustering[v])]
            )
    steps["write"] = time.perf_counter() - t

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    sys.stderr.write(
        "igraph-timings "
        + json.dumps(
            {
                "igraph": ig.__version__,
                "nodes": n,
                "edges": g.ecount(),
                "steps_s": {k: round(v, 3) for k, v in steps.items()},
                "peak_rss_mb": round(peak_mb),
            }
        )
        + "\n"
    )


if __name__ == "__main__":
    main()
