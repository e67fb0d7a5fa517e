// Counts of the author–paper graph: the figures a summary line or a test checks.
import type { CoauthorGraph } from './types';

export interface GraphStats {
  /** Author nodes. */
  authors: number;
  /** Paper nodes. */
  papers: number;
  /** Author–paper edges (including the owner's implied ones). */
  authorships: number;
  /** Distinct pairs of authors who share at least one paper. */
  coauthorPairs: number;
}

export function graphStats(graph: CoauthorGraph): GraphStats {
  let authors = 0;
  let papers = 0;
  const pairs = new Set<string>();
  graph.forEachNode((node, attributes) => {
    if (attributes.kind === 'author') {
      authors += 1;
      return;
    }
    papers += 1;
    const coauthors = graph.neighbors(node);
    for (let i = 0; i < coauthors.length; i++) {
      for (let j = i + 1; j < coauthors.length; j++) {
        const a = coauthors[i] as string;
        const b = coauthors[j] as string;
        pairs.add(a < b ? `${a}\n${b}` : `${b}\n${a}`);
      }
    }
  });
  return { authors, papers, authorships: graph.size, coauthorPairs: pairs.size };
}
