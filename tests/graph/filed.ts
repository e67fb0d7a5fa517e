// A laid-out graph as a graph file gives it back: every position rounded as serializeGraph() writes it.
import { filePosition } from '../../src/graph/graph-json';
import type { CoauthorGraph } from '../../src/graph/types';

/** A copy of `graph` with every x and y as filePosition() rounds them. */
export function filed(graph: CoauthorGraph): CoauthorGraph {
  const copy = graph.copy();
  copy.updateEachNodeAttributes((_key, a) => ({
    ...a,
    x: filePosition(a.x!),
    y: filePosition(a.y!),
  }));
  return copy;
}
