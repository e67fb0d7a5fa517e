// Builds the author–paper graph of a profile: one node per author and per paper, one edge per authorship.
import Graph from 'graphology';
import type { Profile } from '../profile/types';
import { addEdgeColumns, graphItems, type GraphItems } from './graph-items';
import {
  GRAPH_OPTIONS,
  type AuthorshipEdgeAttributes,
  type CoauthorGraph,
  type NodeAttributes,
} from './types';

/**
 * The graph of a profile: graphItems()'s nodes and edges (see there what it holds). The graph holds
 * the items' attribute objects themselves.
 * @throws Error when two papers share an id.
 */
export function buildGraph(profile: Profile): CoauthorGraph {
  try {
    return graphOf(graphItems(profile));
  } catch (error) {
    throw new Error(`buildGraph: ${(error as Error).message}`, { cause: error });
  }
}

/** A graph of `items`, holding their attribute objects. */
export function graphOf(items: GraphItems): CoauthorGraph {
  const graph: CoauthorGraph = new Graph<NodeAttributes, AuthorshipEdgeAttributes>(GRAPH_OPTIONS);
  for (const { key, attributes } of items.nodes) graph.addNode(key, attributes);
  addEdgeColumns(
    graph,
    items.nodes.map(({ key }) => key),
    items.edges,
  );
  return graph;
}
