// The neighbourhood a focused node lights up: the node, its neighbours and the edges that touch it.
import type { AbstractGraph } from 'graphology-types';

export interface Neighbourhood {
  /** The focused node and its neighbours. */
  nodes: ReadonlySet<string>;
  /** The edges incident to the focused node. */
  edges: ReadonlySet<string>;
}

/** The neighbourhood of `key` in `graph`, or null when there is no focus (or the node is not there). */
export function neighbourhood(graph: AbstractGraph, key: string | null): Neighbourhood | null {
  if (key === null || !graph.hasNode(key)) return null;
  const nodes = new Set<string>([key]);
  const edges = new Set<string>();
  graph.forEachEdge(key, (edge, _attributes, source, target) => {
    edges.add(edge);
    nodes.add(source === key ? target : source);
  });
  return { nodes, edges };
}

/** The node the picture is centred on: what the pointer is over wins over the selection. */
export function focusOf(hover: string | null, selection: string | null): string | null {
  return hover ?? selection;
}
