#!/usr/bin/python3
"""Reference values for test/known-values/insights.test.ts (see README.md in this folder).

Run from the repository root:  /usr/bin/python3 test/known-values/insights/make-references.py

Writes karate.nodes.csv (the planted attributes) and references.json: NetworkX's
attribute_assortativity_coefficient for `type` and `region` on the subgraph of the nodes whose
value is known, degree_assortativity_coefficient on the whole graph, and SciPy's spearmanr
between rating_mean and NetworkX's PageRank over the nodes with a published rating_mean, plus
spearmanr on the tied series of spearman.csv. An undefined value (NaN) is stored as null.
"""
import csv, json, math, os, sys, warnings
import networkx as nx
import numpy, scipy
from scipy.stats import spearmanr

warnings.simplefilter('ignore')  # NaN results (one group, no edges) warn; they are stored as null
HERE = os.path.dirname(os.path.abspath(__file__))
ORACLE = os.path.join(HERE, '..', 'oracle')
MIN_GROUP_SIZE = 3  # the default --min-group-size; published means need max(2, it) ratings


def finite(x):
    x = float(x)
    return None if math.isnan(x) else x


def read_edges(path):
    G = nx.Graph()
    with open(path, encoding='utf-8') as f:
        for row in csv.DictReader(f):
            G.add_edge(row['source'], row['target'], weight=float(row['weight']))
    return G


def read_nodes(G, path):
    with open(path, encoding='utf-8') as f:
        for row in csv.DictReader(f):
            G.add_node(row['id'])
            for key, value in row.items():
                if key != 'id':
                    G.nodes[row['id']][key] = value


def assortativity(G, attribute):
    known = [v for v in G.nodes if G.nodes[v].get(attribute, '') != '']
    S = G.subgraph(known)
    # No relation between two known values: undefined. NetworkX returns NaN when there are known
    # values but no such relation, and 0.0 for an empty subgraph (an empty mixing matrix).
    if S.number_of_edges() == 0:
        return None
    return finite(nx.attribute_assortativity_coefficient(S, attribute))


def rating_centrality(G):
    pr = nx.pagerank(G, alpha=0.85, weight='weight', tol=1e-15, max_iter=100000)
    threshold = max(2, MIN_GROUP_SIZE)
    nodes = sorted(v for v in G.nodes if G.nodes[v].get('rating_mean', '') != '' and int(G.nodes[v]['ratings']) >= threshold)
    if len(nodes) < 3:
        return {'spearman': None, 'n': len(nodes), 'nodes': nodes}
    rho = spearmanr([float(G.nodes[v]['rating_mean']) for v in nodes], [pr[v] for v in nodes]).correlation
    return {'spearman': finite(rho), 'n': len(nodes), 'nodes': nodes}


def insights(G):
    return {
        'nodes': G.number_of_nodes(),
        'edges': G.number_of_edges(),
        'assortativity': {
            'type': assortativity(G, 'type'),
            'region': assortativity(G, 'region'),
            'degree': finite(nx.degree_assortativity_coefficient(G)),
        },
        'rating_centrality': rating_centrality(G),
    }


def plant_karate():
    """Karate's `club` (as NetworkX ships it) as the type; a region planted by node number,
    with every seventh node unknown, so that the subgraph rule matters."""
    club = {}
    with open(os.path.join(ORACLE, 'karate.nodes.csv'), encoding='utf-8') as f:
        for row in csv.DictReader(f):
            club[row['id']] = row['club']
    with open(os.path.join(HERE, 'karate.nodes.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['id', 'type', 'region'])
        for v in sorted(club, key=int):
            i = int(v)
            t = 'government' if club[v] == 'Mr. Hi' else 'civil_society'
            region = '' if i % 7 == 3 else ('North' if i % 3 == 0 else 'South' if i % 3 == 1 else 'East')
            w.writerow([v, t, region])


def main():
    plant_karate()
    out = {'networks': {}}
    karate = read_edges(os.path.join(ORACLE, 'karate.edges.csv'))
    read_nodes(karate, os.path.join(HERE, 'karate.nodes.csv'))
    out['networks']['karate'] = insights(karate)
    florentine = read_edges(os.path.join(ORACLE, 'florentine.edges.csv'))
    out['networks']['florentine'] = insights(florentine)
    cycle = nx.relabel_nodes(nx.cycle_graph(6), lambda v: f'r{v}')
    for v in cycle.nodes:
        cycle.nodes[v]['type'] = 'government'  # one group: undefined
        cycle.nodes[v]['region'] = 'North' if v in ('r0', 'r1', 'r2') else 'South'
    out['networks']['cycle6'] = insights(cycle)
    small = read_edges(os.path.join(HERE, 'small.edges.csv'))
    read_nodes(small, os.path.join(HERE, 'small.nodes.csv'))
    out['networks']['small'] = insights(small)
    series = []
    with open(os.path.join(HERE, 'spearman.csv'), encoding='utf-8') as f:
        rows = list(csv.DictReader(f))
    for name in sorted({r['series'] for r in rows}):
        xs = [float(r['x']) for r in rows if r['series'] == name]
        ys = [float(r['y']) for r in rows if r['series'] == name]
        series.append({'series': name, 'spearman': finite(spearmanr(xs, ys).correlation)})
    out['spearman'] = series
    out['conventions'] = {
        'assortativity.type, assortativity.region': "networkx.attribute_assortativity_coefficient(G.subgraph(nodes with a non-empty value), attribute)",
        'assortativity.degree': 'networkx.degree_assortativity_coefficient(G) (unweighted)',
        'rating_centrality': "scipy.stats.spearmanr(rating_mean, networkx.pagerank(G, alpha=0.85, weight='weight', tol=1e-15)) over the nodes with a rating_mean and at least max(2, 3) ratings; null below 3 nodes",
        'spearman': 'scipy.stats.spearmanr(x, y).correlation per series of spearman.csv (ties get their mean rank)',
        'null': 'NaN (undefined: one group, a regular graph, a constant series), or no relation between two organisations with a known value',
    }
    out['computed_with'] = {
        'python': sys.version.split()[0],
        'networkx': nx.__version__,
        'numpy': numpy.__version__,
        'scipy': scipy.__version__,
    }
    with open(os.path.join(HERE, 'references.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, indent=2, sort_keys=False)
        f.write('\n')


if __name__ == '__main__':
    main()
