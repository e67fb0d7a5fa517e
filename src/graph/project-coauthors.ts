// Projects the author–paper graph onto authors: two authors are linked when they share a paper.
import Graph from 'graphology';
import { coauthorEdgeKey } from './keys';
import type {
  AuthorNodeAttributes,
  CoauthorEdgeAttributes,
  CoauthorGraph,
  ProjectionGraph,
} from './types';

/**
 * The coauthor graph: the same author nodes (same keys and attributes, without positions), and one
 * edge per pair of authors with `weight` = the number of papers they share.
 */
export function projectCoauthors(graph: CoauthorGraph): ProjectionGraph {
  const projection: ProjectionGraph = new Graph<
    AuthorNodeAttributes & { x?: number; y?: number },
    CoauthorEdgeAttributes
  >({ type: 'undirected', multi: false, allowSelfLoops: false });

  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== 'author') return;
    projection.addNode(key, {
      kind: 'author',
      label: attributes.label,
      paperCount: attributes.paperCount,
      isOwner: attributes.isOwner,
      firstYear: attributes.firstYear,
      lastYear: attributes.lastYear,
    });
  });

  graph.forEachNode((paper, attributes) => {
    if (attributes.kind !== 'paper') return;
    const authors = graph.neighbors(paper);
    for (let i = 0; i < authors.length; i++) {
      for (let j = i + 1; j < authors.length; j++) {
        const a = authors[i] as string;
        const b = authors[j] as string;
        const edge = projection.edge(a, b);
        if (edge !== undefined) {
          projection.updateEdgeAttribute(edge, 'weight', (weight) => (weight ?? 0) + 1);
        } else {
          const [source, target] = a < b ? [a, b] : [b, a];
          projection.addUndirectedEdgeWithKey(coauthorEdgeKey(a, b), source, target, { weight: 1 });
        }
      }
    }
  });
  return projection;
}
