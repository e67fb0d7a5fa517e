import Graph from 'graphology';
import { describe, expect, test } from 'vitest';
import { createCoauthorGraph, placeFromCoauthors } from '../../src/layout/coauthor-start';

/** Papers p1 (by a, b, c) and p2 (by a, b), authors at made-up places. */
function network(): Graph {
  const work = new Graph({ type: 'undirected' });
  const at: Record<string, [number, number]> = { a: [0, 0], b: [10, 0], c: [0, 10] };
  for (const [key, [x, y]] of Object.entries(at)) work.addNode(key, { x, y, size: 4 });
  for (const paper of ['p1', 'p2']) work.addNode(paper, { x: 99, y: 99, size: 3 });
  for (const author of ['a', 'b', 'c']) work.addEdge('p1', author);
  for (const author of ['a', 'b']) work.addEdge('p2', author);
  return work;
}
const isPaper = (key: string): boolean => key.startsWith('p');

describe('createCoauthorGraph()', () => {
  test('links the authors who share papers, weighted by how many', () => {
    const coauthors = createCoauthorGraph(network(), isPaper)!;
    expect(coauthors.nodes().sort()).toEqual(['a', 'b', 'c']);
    const weight = (x: string, y: string) =>
      coauthors.getEdgeAttribute(coauthors.edge(x, y)!, 'weight');
    expect([weight('a', 'b'), weight('a', 'c'), weight('b', 'c')]).toEqual([2, 1, 1]);
    expect(coauthors.getNodeAttributes('b')).toEqual({ x: 10, y: 0, size: 4 });
  });

  test('null when no two authors share a paper', () => {
    const work = new Graph({ type: 'undirected' });
    work.addNode('a', { x: 0, y: 0, size: 4 });
    work.addNode('p1', { x: 0, y: 0, size: 3 });
    work.addEdge('p1', 'a');
    expect(createCoauthorGraph(work, isPaper)).toBeNull();
  });
});

describe('placeFromCoauthors()', () => {
  test('authors where the coauthor layout has them, papers a radius from their authors’ centre', () => {
    const work = network();
    const coauthors = createCoauthorGraph(work, isPaper)!;
    coauthors.mergeNodeAttributes('c', { x: 0, y: 30 });
    placeFromCoauthors(work, coauthors, isPaper, 1);
    expect(work.getNodeAttributes('c')).toMatchObject({ x: 0, y: 30 });
    const centre = { x: 10 / 3, y: 10 };
    const p1 = work.getNodeAttributes('p1') as { x: number; y: number };
    expect(Math.hypot(p1.x - centre.x, p1.y - centre.y)).toBeCloseTo(3, 9);
    const p2 = work.getNodeAttributes('p2') as { x: number; y: number };
    expect(Math.hypot(p2.x - 5, p2.y)).toBeCloseTo(3, 9);
    // Seeded: the same seed gives the same places.
    const again = network();
    placeFromCoauthors(again, coauthors, isPaper, 1);
    expect(again.getNodeAttributes('p1')).toEqual(work.getNodeAttributes('p1'));
  });
});
