#!/usr/bin/env python3
"""Reads a kgraph GraphML or GEXF file with a real Python reader and prints what the reader
got, in the line format tests/export/reader_dump.h expects (the same as js/dump_graph.js):

    nodes N
    edges M
    node n0 <label as UTF-8 hex> <aliases as UTF-8 hex, or -> PERSON <mentions> <r>,<g>,<b> <size>
    edge e0 n0 n1 <relation> <weight> <label as UTF-8 hex>

Nodes and edges are sorted by their numeric id; numbers are printed in their shortest form
("2", "21.2") so every reader prints the same text for the same values.

usage: dump_graph.py networkx-graphml|networkx-gexf|igraph-graphml FILE
"""
import sys


def hexed(text):
    return text.encode('utf-8').hex()


def number(value):
    value = float(value)
    return str(int(value)) if value.is_integer() else repr(value)


def by_id(item):
    return int(item[0][1:])


def dump(nodes, edges):
    """nodes: (id, label, aliases, type, mentions, (r, g, b), size); edges: (id, source,
    target, relation, weight, label). Empty or missing aliases print as -."""
    print('nodes', len(nodes))
    print('edges', len(edges))
    for n, label, aliases, type_, mentions, rgb, size in sorted(nodes, key=by_id):
        color = ','.join(str(int(c)) for c in rgb)
        print('node', n, hexed(label), hexed(aliases or '') or '-', type_, number(mentions), color, number(size))
    for e, u, v, relation, weight, label in sorted(edges, key=by_id):
        print('edge', e, u, v, relation, number(weight), hexed(label))


def networkx_edges(g):
    # NetworkX returns a MultiDiGraph keyed by our edge ids as soon as two edges share a
    # pair, and a DiGraph with the id as data otherwise.
    if g.is_multigraph():
        return [(k, u, v, d) for u, v, k, d in g.edges(keys=True, data=True)]
    return [(d['id'], u, v, d) for u, v, d in g.edges(data=True)]


def networkx_graphml(path):
    import networkx as nx
    g = nx.read_graphml(path)
    nodes = [(n, d['label'], d.get('aliases'), d['type'], d['mentions'], (d['r'], d['g'], d['b']), d['size'])
             for n, d in g.nodes(data=True)]
    edges = [(k, u, v, d['relation'], d['weight'], d['label']) for k, u, v, d in networkx_edges(g)]
    dump(nodes, edges)


def networkx_gexf(path):
    import networkx as nx
    from networkx.readwrite.gexf import GEXF
    # NetworkX 2.8 knows GEXF 1.1draft and 1.2draft; 1.3 differs in the namespaces and in
    # attributes NetworkX ignores (such as `kind`), so registering them is enough.
    GEXF.versions.setdefault('1.3', {
        'NS_GEXF': 'http://gexf.net/1.3', 'NS_VIZ': 'http://gexf.net/1.3/viz',
        'NS_XSI': 'http://www.w3.org/2001/XMLSchema-instance',
        'SCHEMALOCATION': 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd', 'VERSION': '1.3'})
    g = nx.read_gexf(path, version='1.3')
    nodes = []
    for n, d in g.nodes(data=True):
        c = d['viz']['color']
        rgb = (c['r'], c['g'], c['b'])
        nodes.append((n, d['label'], d.get('aliases'), d['type'], d['mentions'], rgb, d['viz']['size']))
    edges = [(k, u, v, d['relation'], d['weight'], d['label']) for k, u, v, d in networkx_edges(g)]
    dump(nodes, edges)


def igraph_graphml(path):
    import igraph
    g = igraph.Graph.Read_GraphML(path)
    if not g.is_directed():
        sys.exit('igraph read an undirected graph')
    nodes = [(v['id'], v['label'], v['aliases'], v['type'], v['mentions'], (v['r'], v['g'], v['b']), v['size'])
             for v in g.vs]
    edges = [(e['id'], g.vs[e.source]['id'], g.vs[e.target]['id'], e['relation'], e['weight'], e['label'])
             for e in g.es]
    dump(nodes, edges)


READERS = {'networkx-graphml': networkx_graphml, 'networkx-gexf': networkx_gexf, 'igraph-graphml': igraph_graphml}

if __name__ == '__main__':
    if len(sys.argv) != 3 or sys.argv[1] not in READERS:
        sys.exit(__doc__)
    READERS[sys.argv[1]](sys.argv[2])
