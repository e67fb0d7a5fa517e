// The start of a large layout: the coauthor network laid out on its own, then each paper at its authors' centre.
import Graph from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { createRandom } from './random';

/**
 * The coauthor network of a layout graph: its nodes that are not papers, at their positions and
 * sizes, two of them linked when they share papers, with `weight` = how many. Null when it has
 * no link (nothing to lay out).
 */
export function createCoauthorGraph(
  work: AbstractGraph,
  isPaper: (key: string) => boolean,
): AbstractGraph | null {
  const coauthors = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  work.forEachNode((key, a) => {
    if (!isPaper(key)) coauthors.addNode(key, { x: a.x, y: a.y, size: a.size });
  });
  work.forEachNode((key) => {
    if (!isPaper(key)) return;
    const authors = work.neighbors(key).filter((n) => !isPaper(n));
    for (let i = 0; i < authors.length; i++) {
      for (let j = i + 1; j < authors.length; j++) {
        const [a, b] = [authors[i]!, authors[j]!];
        const edge = coauthors.edge(a, b);
        if (edge === undefined) coauthors.addEdge(a, b, { weight: 1 });
        else coauthors.updateEdgeAttribute(edge, 'weight', (w: number) => w + 1);
      }
    }
  });
  return coauthors.size > 0 ? coauthors : null;
}

/**
 * Writes the coauthor layout into the layout graph: each author where the coauthor layout has
 * it, each paper at the centre of its authors, nudged its radius in a seeded direction so that papers with the
 * same authors do not start on one spot. The same inputs give the same positions.
 */
export function placeFromCoauthors(
  work: AbstractGraph,
  coauthors: AbstractGraph,
  isPaper: (key: string) => boolean,
  seed: number,
): void {
  const random = createRandom(seed ^ 0x2545f491);
  work.updateEachNodeAttributes(
    (key, a) => {
      if (!isPaper(key)) {
        const { x, y } = coauthors.getNodeAttributes(key);
        return { ...a, x, y };
      }
      let [x, y, n] = [0, 0, 0];
      work.forEachNeighbor(key, (neighbour) => {
        if (isPaper(neighbour)) return;
        const at = coauthors.getNodeAttributes(neighbour);
        [x, y, n] = [x + (at.x as number), y + (at.y as number), n + 1];
      });
      const angle = 2 * Math.PI * random();
      const radius = Number(a.size);
      return n === 0
        ? a
        : { ...a, x: x / n + radius * Math.cos(angle), y: y / n + radius * Math.sin(angle) };
    },
    { attributes: ['x', 'y'] },
  );
}
