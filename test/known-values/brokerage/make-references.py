#!/usr/bin/python3
"""Reference values for test/known-values/brokerage.test.ts (see README.md in this folder).

Run from the repository root:  /usr/bin/python3 test/known-values/brokerage/make-references.py

For karate and florentine (../oracle/<name>.edges.csv) and typed (typed.edges.csv with the
stakeholder types of typed.nodes.csv) writes references.json with NetworkX's effective size
(networkx.effective_size(G), unweighted) and, for typed, the Gould-Fernandez brokerage counts by
stakeholder type, counted by brute force over every pair of neighbours.
"""
import csv, itertools, json, math, os, sys
import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
ORACLE = os.path.join(HERE, '..', 'oracle')


def read_edges(path):
    G = nx.Graph()
    with open(path, encoding='utf-8') as f:
        for r in csv.DictReader(f):
            G.add_edge(r['source'], r['target'], weight=float(r['weight']))
    return G


def brute_brokerage(G, group):
    """Every unordered pair {a, c} of b's neighbours, not adjacent, all three with a known group."""
    out = {}
    for b in G:
        if not group.get(b):
            out[b] = None
            continue
        counts = {'coordinator': 0, 'itinerant': 0, 'gatekeeper': 0, 'liaison': 0}
        for a, c in itertools.combinations(sorted(G[b]), 2):
            if G.has_edge(a, c) or not group.get(a) or not group.get(c):
                continue
            ga, gb, gc = group[a], group[b], group[c]
            if ga == gb == gc:
                counts['coordinator'] += 1
            elif ga == gc:
                counts['itinerant'] += 1
            elif ga == gb or gc == gb:
                counts['gatekeeper'] += 1
            else:
                counts['liaison'] += 1
        out[b] = counts
    return out


def main():
    refs = {
        'computed_with': {'python': sys.version.split()[0], 'networkx': nx.__version__},
        'conventions': {
            'effective_size': 'networkx.effective_size(G) (weight=None: unweighted); null where NetworkX gives NaN (isolates)',
            'brokerage': 'brute force over itertools.combinations of each node b\'s neighbours: pairs {a, c} not adjacent, all three with a non-empty type; all equal -> coordinator, a = c != b -> itinerant, b equal to exactly one -> gatekeeper, all different -> liaison; null for b of unknown type',
        },
        'networks': {},
    }
    nets = {
        'karate': (read_edges(os.path.join(ORACLE, 'karate.edges.csv')), None),
        'florentine': (read_edges(os.path.join(ORACLE, 'florentine.edges.csv')), None),
    }
    typed = read_edges(os.path.join(HERE, 'typed.edges.csv'))
    group = {}
    with open(os.path.join(HERE, 'typed.nodes.csv'), encoding='utf-8') as f:
        for r in csv.DictReader(f):
            typed.add_node(r['id'])
            group[r['id']] = r['type']
    typed.add_node('Zelfstandig Adviseur')  # an isolate: effective size NaN
    nets['typed'] = (typed, group)
    for name, (G, grp) in nets.items():
        es = nx.effective_size(G)
        entry = {
            'nodes': G.number_of_nodes(),
            'edges': G.number_of_edges(),
            'effective_size': {k: (None if math.isnan(v) else v) for k, v in sorted(es.items())},
        }
        if grp is not None:
            entry['brokerage'] = dict(sorted(brute_brokerage(G, grp).items()))
        refs['networks'][name] = entry
    with open(os.path.join(HERE, 'references.json'), 'w', encoding='utf-8') as f:
        json.dump(refs, f, indent=1, ensure_ascii=False)
        f.write('\n')


main()
