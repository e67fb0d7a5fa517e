import Graph from 'graphology';
import { describe, expect, test } from 'vitest';
import { focusOf, neighbourhood } from '../../src/renderer/highlight';

function star(): Graph {
  const graph = new Graph({ type: 'undirected' });
  for (const n of ['a', 'b', 'c', 'd']) graph.addNode(n);
  graph.addEdgeWithKey('ab', 'a', 'b');
  graph.addEdgeWithKey('ac', 'a', 'c');
  graph.addEdgeWithKey('cd', 'c', 'd');
  return graph;
}

describe('neighbourhood()', () => {
  test('is the node, its neighbours and the edges touching it', () => {
    const around = neighbourhood(star(), 'a');
    expect([...(around?.nodes ?? [])].sort()).toEqual(['a', 'b', 'c']);
    expect([...(around?.edges ?? [])].sort()).toEqual(['ab', 'ac']);
  });

  test('leaves out edges between two neighbours', () => {
    const around = neighbourhood(star(), 'c');
    expect([...(around?.nodes ?? [])].sort()).toEqual(['a', 'c', 'd']);
    expect([...(around?.edges ?? [])].sort()).toEqual(['ac', 'cd']);
  });

  test('is null without focus or for a node that is not in the graph', () => {
    expect(neighbourhood(star(), null)).toBeNull();
    expect(neighbourhood(star(), 'z')).toBeNull();
  });
});

describe('focusOf()', () => {
  test.each([
    { hover: 'a', selection: 'b', focus: 'a' },
    { hover: null, selection: 'b', focus: 'b' },
    { hover: null, selection: null, focus: null },
  ])('hover $hover, selection $selection → $focus', ({ hover, selection, focus }) => {
    expect(focusOf(hover, selection)).toBe(focus);
  });
});
