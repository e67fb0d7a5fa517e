// The graph's items as the pipeline worker posts them: nodes as graphology serialises them, edges as
// columns in typed arrays, which are moved to the main thread instead of copied item by item.
import type { SerializedEdge, SerializedNode } from 'graphology-types';
import type { AuthorshipEdgeAttributes, CoauthorGraph, NodeAttributes } from '../graph/types';

/**
 * Nodes or edges per message. The main thread reads each message in a task of its own, so parts
 * keep every task short (a 30,000-paper graph is ~135,000 items).
 */
export const PART_SIZE = 10_000;

export interface NodesPart {
  type: 'nodes';
  nodes: SerializedNode<NodeAttributes>[];
}

/**
 * Edges as columns: an object per edge costs its copy twice (posting, then reading), 0.3 s for the
 * 97,000 edges of 30,000 papers; typed arrays are handed over whole.
 */
export interface EdgesPart {
  type: 'edges';
  keys: string[];
  /** Per edge its source's, then its target's index among all the nodes posted before. */
  ends: Uint32Array;
  /** Per edge 1 when the authorship is implied, else 0. */
  implied: Uint8Array;
  positions: Float64Array;
}

/** `edges` as a part; `index` gives each node key's index among the posted nodes. */
export function edgesPart(
  edges: SerializedEdge<AuthorshipEdgeAttributes>[],
  index: Map<string, number>,
): EdgesPart {
  const count = edges.length;
  const part: EdgesPart = {
    type: 'edges',
    keys: [],
    ends: new Uint32Array(2 * count),
    implied: new Uint8Array(count),
    positions: new Float64Array(count),
  };
  edges.forEach(({ key, source, target, attributes }, i) => {
    part.keys.push(key!);
    part.ends[2 * i] = index.get(source)!;
    part.ends[2 * i + 1] = index.get(target)!;
    part.implied[i] = attributes!.implied ? 1 : 0;
    part.positions[i] = attributes!.position;
  });
  return part;
}

/** Adds a part's edges to `graph`; `nodeKeys` are the keys of the posted nodes, in order. */
export function addEdgesPart(graph: CoauthorGraph, nodeKeys: string[], part: EdgesPart): void {
  const { keys, ends, implied, positions } = part;
  keys.forEach((key, i) =>
    graph.addEdgeWithKey(key, nodeKeys[ends[2 * i]!]!, nodeKeys[ends[2 * i + 1]!]!, {
      implied: implied[i] === 1,
      position: positions[i]!,
    }),
  );
}
