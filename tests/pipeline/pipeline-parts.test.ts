// edgesPart(): a range of edge columns as a part of its own, as the pipeline worker posts them.
import Graph from 'graphology';
import { describe, expect, test } from 'vitest';
import { edgesPart } from '../../src/pipeline/pipeline-parts';
import { addEdgeColumns, type EdgeColumns } from '../../src/graph/graph-items';
import { GRAPH_OPTIONS, type CoauthorGraph } from '../../src/graph/types';

const NODES = ['a:owner', 'p:1', 'a:x', 'p:2'];
const EDGES: EdgeColumns = {
  keys: ['p:1|a:owner', 'p:1|a:x', 'p:2|a:x'],
  ends: Uint32Array.from([0, 1, 2, 1, 2, 3]),
  implied: Uint8Array.from([1, 0, 0]),
  positions: Float64Array.from([-1, 0, 2]),
};

function emptyGraph(): CoauthorGraph {
  const graph: CoauthorGraph = new Graph(GRAPH_OPTIONS);
  for (const key of NODES)
    graph.addNode(key, { kind: key[0] === 'a' ? 'author' : 'paper' } as never);
  return graph;
}

describe('edgesPart()', () => {
  test('a range of the columns, in arrays of its own', () => {
    const part = edgesPart(EDGES, 1, 3);
    expect(part.keys).toEqual(['p:1|a:x', 'p:2|a:x']);
    expect([...part.ends]).toEqual([2, 1, 2, 3]);
    expect([...part.implied]).toEqual([0, 0]);
    expect([...part.positions]).toEqual([0, 2]);
    // Its own buffers, so moving them leaves the columns whole.
    expect(part.ends.buffer).not.toBe(EDGES.ends.buffer);
    expect(part.ends.buffer.byteLength).toBe(4 * 4);
  });

  test('parts, cloned with their arrays moved, give back every edge', () => {
    const graph = emptyGraph();
    for (const [from, to] of [
      [0, 1],
      [1, 3],
    ] as const) {
      const part = edgesPart(EDGES, from, to);
      const received = structuredClone(part, {
        transfer: [part.ends.buffer, part.implied.buffer, part.positions.buffer],
      });
      addEdgeColumns(graph, NODES, received);
    }
    expect(graph.export().edges).toEqual([
      {
        key: 'p:1|a:owner',
        source: 'a:owner',
        target: 'p:1',
        attributes: { implied: true, position: -1 },
      },
      { key: 'p:1|a:x', source: 'a:x', target: 'p:1', attributes: { implied: false, position: 0 } },
      { key: 'p:2|a:x', source: 'a:x', target: 'p:2', attributes: { implied: false, position: 2 } },
    ]);
  });
});
