#!/usr/bin/env node
// Reads a kgraph GraphML or GEXF file with graphology's readers (the parsers sigma.js and
// Gephi Lite use) and prints what they got, in the line format of
// tests/export/readers/dump_graph.py:
//
//   nodes N
//   edges M
//   node n0 <label as UTF-8 hex> <aliases as UTF-8 hex, or -> PERSON <mentions> <r>,<g>,<b> <size>
//   edge e0 n0 n1 <relation> <weight> <label as UTF-8 hex>
//
// For GEXF the relation printed is the edge's `kind`, which is what Gephi keeps parallel
// relations apart by. usage: node dump_graph.js graphology-graphml|graphology-gexf FILE
'use strict';
const fs = require('fs');
const Graph = require('graphology');

const hexed = (text) => Buffer.from(text, 'utf8').toString('hex');
const byId = (a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1));

// graphology-graphml turns integer r, g, b into color "#rrggbb"; graphology-gexf turns
// viz:color into "rgb(r,g,b)".
function rgb(color) {
  if (/^#[0-9a-f]{6}$/i.test(color))
    return [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)).join(',');
  const match = /^rgb\((\d+),(\d+),(\d+)\)$/.exec(color);
  if (!match) throw new Error('unexpected colour ' + color);
  return match.slice(1).join(',');
}

function dump(graph, relationOf) {
  const lines = ['nodes ' + graph.order, 'edges ' + graph.size];
  const nodes = graph.mapNodes((id, a) => ({id, a})).sort(byId);
  for (const {id, a} of nodes)
    lines.push(['node', id, hexed(a.label), hexed(a.aliases || '') || '-', a.type, String(a.mentions), rgb(a.color),
      String(a.size)].join(' '));
  const edges = graph.mapEdges((id, a, source, target) => ({id, a, source, target})).sort(byId);
  for (const {id, a, source, target} of edges) {
    // graphology-gexf makes a graph without edges 'mixed', so each edge is checked instead.
    if (!graph.isDirected(id)) throw new Error('edge ' + id + ' is undirected');
    lines.push(['edge', id, source, target, relationOf(a), String(a.weight), hexed(a.label)].join(' '));
  }
  process.stdout.write(lines.join('\n') + '\n');
}

const READERS = {
  'graphology-graphml': (text) => dump(require('graphology-graphml').parse(Graph, text), (a) => a.relation),
  'graphology-gexf': (text) => dump(require('graphology-gexf').parse(Graph, text), (a) => a.kind),
};

const [reader, file] = process.argv.slice(2);
if (!READERS[reader] || !file) {
  process.stderr.write('usage: node dump_graph.js graphology-graphml|graphology-gexf FILE\n');
  process.exit(2);
}
READERS[reader](fs.readFileSync(file, 'utf8'));
