// practiceNetwork(): the made-up network the layout preview warms its drawing code up on.
import { describe, expect, test } from 'vitest';
import { nodeSize } from '../../src/layout/node-size';
import { practiceNetwork } from '../../src/renderer/practice-network';

describe('practiceNetwork', () => {
  test('has the order asked, inside the unit square, the same each time', () => {
    const graph = practiceNetwork(1000);
    expect(graph.order).toBe(1000);
    expect(graph.size).toBe(0);
    graph.forEachNode((_key, a) => {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.x).toBeLessThanOrEqual(1);
      expect(a.y).toBeGreaterThanOrEqual(0);
      expect(a.y).toBeLessThanOrEqual(1);
    });
    expect(practiceNetwork(1000).export()).toEqual(graph.export());
  });

  test('spreads its nodes out: no two share a place', () => {
    const places = new Set(practiceNetwork(1000).mapNodes((_key, a) => `${a.x},${a.y}`));
    expect(places.size).toBe(1000);
  });

  test('mixes papers and authors of many sizes, all labelled, as a real network does', () => {
    const graph = practiceNetwork(1000);
    const kinds = graph.mapNodes((_key, a) => a.kind as string);
    expect(kinds.filter((k) => k === 'author')).toHaveLength(200);
    expect(kinds.filter((k) => k === 'paper')).toHaveLength(800);
    const authorSizes = new Set(
      graph
        .filterNodes((_key, a) => a.kind === 'author')
        .map((key) => nodeSize(graph.getNodeAttributes(key))),
    );
    expect(authorSizes.size).toBe(40);
    graph.forEachNode((_key, a) => expect(a.label).toMatch(/^(Author|Paper) \d+$/));
  });
});
