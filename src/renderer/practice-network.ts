// A made-up network to run the layout preview's drawing code on before a real one arrives.
import Graph from 'graphology';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * `order` nodes on a sunflower spiral over the unit square (deterministic): four papers to an
 * author, authors of 1 to 40 papers, every node labelled, attributes as buildGraph() names them.
 */
export function practiceNetwork(order: number): Graph {
  const graph = new Graph();
  for (let i = 0; i < order; i++) {
    const radius = Math.sqrt((i + 0.5) / order) / 2;
    const author = i % 5 === 0;
    graph.addNode(`${i}`, {
      kind: author ? 'author' : 'paper',
      label: `${author ? 'Author' : 'Paper'} ${i}`,
      x: 0.5 + radius * Math.cos(i * GOLDEN_ANGLE),
      y: 0.5 + radius * Math.sin(i * GOLDEN_ANGLE),
      ...(author ? { paperCount: 1 + ((i / 5) % 40) } : { category: null }),
    });
  }
  return graph;
}
