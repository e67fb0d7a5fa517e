// The graph's items as the pipeline worker posts them: nodes as graphology serialises them, edges as
// columns in typed arrays, which are moved to the main thread instead of copied item by item.
import type { EdgeColumns, NodeItem } from '../graph/graph-items';

/**
 * Nodes or edges per message. The main thread reads each message in a task of its own, so parts
 * keep every task short (a 30,000-paper graph is ~135,000 items).
 */
export const PART_SIZE = 10_000;

export interface NodesPart {
  type: 'nodes';
  nodes: NodeItem[];
}

/** Edges `from` to `to` of a graph's edge columns; their ends index all the graph's nodes. */
export interface EdgesPart extends EdgeColumns {
  type: 'edges';
}

/**
 * Edges `from` to `to` (exclusive; past the end: to the end) of `edges` as a part of their own,
 * with arrays of their own.
 */
export function edgesPart(edges: EdgeColumns, from: number, to: number): EdgesPart {
  return {
    type: 'edges',
    keys: edges.keys.slice(from, to),
    ends: edges.ends.slice(2 * from, 2 * to),
    implied: edges.implied.slice(from, to),
    positions: edges.positions.slice(from, to),
  };
}
