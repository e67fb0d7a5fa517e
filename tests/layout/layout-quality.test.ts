import Graph from 'graphology';
import { describe, expect, test } from 'vitest';
import { layoutQuality } from '../../src/layout/layout-quality';
import { createRandom } from '../../src/layout/random';

/** Two groups of 50 nodes far apart, each a chain, at positions `place` gives. */
function twoGroups(place: (i: number) => { x: number; y: number }): Graph {
  const graph = new Graph({ type: 'undirected' });
  for (let i = 0; i < 100; i++) graph.addNode(`n${i}`, place(i));
  for (let i = 1; i < 100; i++) if (i !== 50) graph.addEdge(`n${i - 1}`, `n${i}`);
  return graph;
}

describe('layoutQuality()', () => {
  const random = createRandom(1);
  const clustered = (i: number) => ({
    x: (i < 50 ? 0 : 1000) + random() * 10,
    y: random() * 10,
  });
  const scattered = () => ({ x: random() * 1000, y: random() * 1000 });

  test('low where linked nodes lie close and the whole is spread out, about 1 for a scatter', () => {
    expect(layoutQuality(twoGroups(clustered))).toBeLessThan(0.02);
    const scatter = layoutQuality(twoGroups(scattered));
    expect(scatter).toBeGreaterThan(0.8);
    expect(scatter).toBeLessThan(1.25);
  });

  test('does not depend on scale or on where the drawing sits', () => {
    const graph = twoGroups(scattered);
    const moved = (key: string) => {
      const { x, y } = graph.getNodeAttributes(key) as { x: number; y: number };
      return { x: 7 * x + 300, y: 7 * y - 50 };
    };
    expect(layoutQuality(graph, moved)).toBeCloseTo(layoutQuality(graph), 12);
  });

  test('is the same figure every time (its random pairs are seeded)', () => {
    const graph = twoGroups(scattered);
    expect(layoutQuality(graph)).toBe(layoutQuality(graph));
  });

  test('NaN without an edge or with one node', () => {
    const single = new Graph();
    single.addNode('a', { x: 0, y: 0 });
    expect(layoutQuality(single)).toBeNaN();
    const apart = new Graph();
    apart.addNode('a', { x: 0, y: 0 });
    apart.addNode('b', { x: 1, y: 1 });
    expect(layoutQuality(apart)).toBeNaN();
  });
});
