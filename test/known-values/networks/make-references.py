#!/usr/bin/python3
"""Reference values for test/known-values/networks.test.ts (see README.md in this folder).

Run from the repository root:  /usr/bin/python3 test/known-values/networks/make-references.py

Writes <name>.edges.csv (source,target,weight) and references.json: for every network the
NetworkX eigenvector (eigenvector_centrality_numpy), PageRank, the modularity of NetworkX's
Louvain over 20 seeds, igraph's Leiden and multilevel over 20 seeds, and (where igraph's exact
integer-programming search finishes quickly) the optimum modularity. Edge lists are stored
because random generators differ across library versions.
"""
import csv, json, os, sys, time
import networkx as nx
import igraph as ig
import numpy, scipy

HERE = os.path.dirname(os.path.abspath(__file__))
ORACLE = os.path.join(HERE, '..', 'oracle')


def padded(G, prefix):
    """Relabel 0..n-1 to zero-padded ids, so the id order follows the generator's order."""
    width = len(str(G.number_of_nodes() - 1))
    return nx.relabel_nodes(G, {v: f'{prefix}{v:0{width}d}' for v in G.nodes()})


def networks():
    out = {}
    for n in (10, 100, 300, 1000):
        out[f'chain{n}'] = padded(nx.path_graph(n), 'c')
    for n in (10, 100):
        out[f'star{n}'] = padded(nx.star_graph(n - 1), 's')
    out['ws1000'] = padded(nx.watts_strogatz_graph(1000, 4, 0.05, seed=1), 'w')
    out['ws600'] = padded(nx.watts_strogatz_graph(600, 6, 0.05, seed=2), 'w')
    out['frucht'] = padded(nx.frucht_graph(), 'f')
    for name in ('Meredith', 'Thomassen'):
        g = ig.Graph.Famous(name)
        out[name.lower()] = padded(nx.Graph(g.get_edgelist()), name[0].lower())
    karate = nx.Graph()
    with open(os.path.join(ORACLE, 'karate.edges.csv'), encoding='utf-8') as f:
        for r in csv.DictReader(f):
            karate.add_edge(r['source'], r['target'], weight=float(r['weight']))
    out['karate'] = karate
    for G in out.values():
        for u, v, d in G.edges(data=True):
            d.setdefault('weight', 1.0)
    return out


def to_igraph(G):
    nodes = sorted(G.nodes())
    index = {v: i for i, v in enumerate(nodes)}
    g = ig.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in G.edges()])
    g.es['weight'] = [d['weight'] for _, _, d in G.edges(data=True)]
    return g


def optimum(g, name):
    # igraph's exact search (GLPK) is practical only on small graphs.
    if g.vcount() > 40:
        return None
    t = time.time()
    q = g.community_optimal_modularity(weights='weight').modularity
    print(f'  optimum {name}: {q:.6f} in {time.time() - t:.1f} s', file=sys.stderr)
    return q


def main():
    refs = {
        'computed_with': {
            'python': sys.version.split()[0],
            'networkx': nx.__version__,
            'igraph': ig.__version__,
            'numpy': numpy.__version__,
            'scipy': scipy.__version__,
        },
        'conventions': {
            'eigenvector': 'networkx.eigenvector_centrality_numpy(G, max_iter=100000) (unweighted; the default max_iter=50 fails on chain300), sign made non-negative; checked against numpy.linalg.eigh of the dense adjacency',
            'pagerank': "networkx.pagerank(G, alpha=0.85, weight='weight', tol=1e-15, max_iter=100000)",
            'networkx_louvain': "networkx.algorithms.community.louvain_communities(G, weight='weight', resolution=1, seed=s) for s in 0..19; modularity by networkx.algorithms.community.modularity(G, C, weight='weight')",
            'igraph_leiden': "igraph Graph.community_leiden(objective_function='modularity', weights='weight', n_iterations=-1) after random.seed(s), s in 0..19",
            'igraph_multilevel': "igraph Graph.community_multilevel(weights='weight') after random.seed(s), s in 0..19",
            'optimum': "igraph Graph.community_optimal_modularity(weights='weight') (GLPK), graphs of at most 40 nodes",
        },
        'networks': {},
    }
    import random
    for name, G in networks().items():
        print(name, G.number_of_nodes(), G.number_of_edges(), file=sys.stderr)
        with open(os.path.join(HERE, f'{name}.edges.csv'), 'w', encoding='utf-8', newline='') as f:
            w = csv.writer(f, lineterminator='\n')
            w.writerow(['source', 'target', 'weight'])
            for u, v, d in sorted((min(u, v), max(u, v), d) for u, v, d in G.edges(data=True)):
                w.writerow([u, v, f"{d['weight']:g}"])
        # NetworkX's default max_iter=50 makes ARPACK give up on long chains; raise it.
        ev = nx.eigenvector_centrality_numpy(G, max_iter=100000)
        sign = 1 if sum(ev.values()) >= 0 else -1
        # Cross-check with a dense symmetric eigensolver (numpy.linalg.eigh).
        order = list(G.nodes())
        _, vecs = numpy.linalg.eigh(nx.to_numpy_array(G, nodelist=order, weight=None))
        dense = vecs[:, -1] * (1 if vecs[:, -1].sum() >= 0 else -1)
        eigh_diff = max(abs(sign * ev[v] - dense[i]) for i, v in enumerate(order))
        pr = nx.pagerank(G, alpha=0.85, weight='weight', tol=1e-15, max_iter=100000)
        lv = [nx.algorithms.community.modularity(G, nx.algorithms.community.louvain_communities(G, weight='weight', resolution=1, seed=s), weight='weight') for s in range(20)]
        g = to_igraph(G)
        ld, ml = [], []
        for s in range(20):
            random.seed(s)
            ld.append(g.modularity(g.community_leiden(objective_function='modularity', weights='weight', n_iterations=-1).membership, weights='weight'))
            random.seed(s)
            ml.append(g.community_multilevel(weights='weight').modularity)
        refs['networks'][name] = {
            'nodes': G.number_of_nodes(),
            'edges': G.number_of_edges(),
            'eigenvector_vs_numpy_eigh_maxabsdiff': eigh_diff,
            'eigenvector': {k: sign * v for k, v in sorted(ev.items())},
            'pagerank': dict(sorted(pr.items())),
            'modularity': {
                'networkx_louvain_best': max(lv),
                'networkx_louvain_mean': sum(lv) / len(lv),
                'networkx_louvain_worst': min(lv),
                'igraph_leiden_best': max(ld),
                'igraph_leiden_mean': sum(ld) / len(ld),
                'igraph_multilevel_best': max(ml),
                'optimum': optimum(g, name),
            },
        }
    with open(os.path.join(HERE, 'references.json'), 'w', encoding='utf-8') as f:
        json.dump(refs, f, indent=1, sort_keys=False)
        f.write('\n')


main()
