// edgesPart() and addEdgesPart(): edges as columns and back, as the pipeline worker posts them.
import Graph from 'graphology';
import { describe, expect, test } from 'vitest';
import { addEdgesPart, edgesPart } from '../../src/element/pipeline-parts';
import { GRAPH_OPTIONS, type CoauthorGraph } from '../../src/graph/types';

const NODES = ['a:owner', 'p:1', 'a:x', 'p:2'];
const EDGES = [
  {
    key: 'p:1|a:owner',
    source: 'a:owner',
    target: 'p:1',
    attributes: { implied: true, position: -1 },
  },
  { key: 'p:1|a:x', source: 'a:x', target: 'p:1', attributes: { implied: false, position: 0 } },
  // A graph file may hold any number: it comes back exactly.
  { key: 'odd', source: 'p:2', target: 'a:x', attributes: { implied: false, position: 2.5 } },
];

function emptyGraph(): CoauthorGraph {
  const graph: CoauthorGraph = new Graph(GRAPH_OPTIONS);
  for (const key of NODES)
    graph.addNode(key, { kind: key[0] === 'a' ? 'author' : 'paper' } as never);
  return graph;
}

describe('edgesPart() and addEdgesPart()', () => {
  test('edges become columns naming their nodes by index', () => {
    const part = edgesPart(EDGES, new Map(NODES.map((key, i) => [key, i])));
    expect(part.keys).toEqual(['p:1|a:owner', 'p:1|a:x', 'odd']);
    expect([...part.ends]).toEqual([0, 1, 2, 1, 3, 2]);
    expect([...part.implied]).toEqual([1, 0, 0]);
    expect([...part.positions]).toEqual([-1, 0, 2.5]);
  });

  test('the columns, cloned with their arrays moved, give back the same edges', () => {
    const part = edgesPart(EDGES, new Map(NODES.map((key, i) => [key, i])));
    const received = structuredClone(part, {
      transfer: [part.ends.buffer, part.implied.buffer, part.positions.buffer],
    });
    const graph = emptyGraph();
    addEdgesPart(graph, NODES, received);
    expect(graph.export().edges).toEqual(EDGES);
  });

  test('node indices count from the first node posted, across parts', () => {
    // The second part's edges name nodes posted in an earlier part.
    const index = new Map(NODES.map((key, i) => [key, i]));
    const graph = emptyGraph();
    addEdgesPart(graph, NODES, edgesPart(EDGES.slice(0, 1), index));
    addEdgesPart(graph, NODES, edgesPart(EDGES.slice(1), index));
    expect(graph.export().edges).toEqual(EDGES);
  });
});
