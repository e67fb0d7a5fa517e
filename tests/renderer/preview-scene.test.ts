// buildScene(): what the layout preview draws for each UI state, as the WebGL styles would show it.
import Graph from 'graphology';
import { describe, expect, test } from 'vitest';
import { buildScene, sceneNodes, type PreviewState } from '../../src/renderer/preview-scene';

/** The owner o wrote papers p1 (with a) and p2 (with b); a also wrote p3 alone. */
function network(): Graph {
  const graph = new Graph();
  const node = (key: string, kind: string, x: number, extra: object = {}): void => {
    graph.addNode(key, { kind, label: key.toUpperCase(), x, y: 0, ...extra });
  };
  node('o', 'author', 0, { isOwner: true });
  node('a', 'author', 1);
  node('b', 'author', 2);
  node('p1', 'paper', 3);
  node('p2', 'paper', 4);
  node('p3', 'paper', 5);
  for (const [s, t] of [
    ['o', 'p1'],
    ['a', 'p1'],
    ['o', 'p2'],
    ['b', 'p2'],
    ['a', 'p3'],
  ] as const)
    graph.addEdge(s, t);
  return graph;
}

const rest: PreviewState = {
  hover: null,
  selection: null,
  kept: null,
  marked: null,
  resting: new Set(['o']),
};

function scene(graph: Graph, state: Partial<PreviewState> = {}) {
  const built = buildScene({
    graph,
    nodes: sceneNodes(
      graph,
      (a) => (a.kind === 'paper' ? 1 : 3),
      (a) => (a.kind === 'paper' ? 'red' : 'grey'),
    ),
    state: { ...rest, ...state },
    map: { a: 10, b: 0, c: 0, d: 10, e: 0, f: 0 },
    sizeScale: 2,
  });
  const keys = built.nodes.keys;
  return {
    built,
    dimmed: keys.filter((_k, i) => built.dimmed[i]),
    edges: built.edges.map(([s, t]) => `${keys[s]}-${keys[t]}`).sort(),
    labels: built.labels.map((l) => `${keys[l.index]}${l.strong ? '!' : ''}:${l.text}`),
  };
}

describe('buildScene()', () => {
  test('at rest: every node lit, no edge, the resting labels; positions and sizes projected', () => {
    const { built, dimmed, edges, labels } = scene(network());
    expect({ dimmed, edges, labels }).toEqual({ dimmed: [], edges: [], labels: ['o:O'] });
    expect([...built.nodes.x]).toEqual([0, 10, 20, 30, 40, 50]);
    expect([...built.nodes.r]).toEqual([6, 6, 6, 2, 2, 2]);
    expect([...built.squares]).toEqual([0, 0, 0, 1, 1, 1]);
    expect(built.colors).toEqual(['grey', 'grey', 'grey', 'red', 'red', 'red']);
    expect(built.selected).toBe(-1);
  });

  test("hover: the node's neighbourhood is lit with its edges, the rest dimmed", () => {
    const { dimmed, edges, labels } = scene(network(), { hover: 'a' });
    expect(dimmed).toEqual(['o', 'b', 'p2']);
    expect(edges).toEqual(['a-p1', 'a-p3']);
    expect(labels).toEqual(['a!:A']); // the owner is dimmed: its resting label goes
  });

  test('hover wins over the selection, which keeps its ring', () => {
    const { built, edges, labels } = scene(network(), { hover: 'b', selection: 'a' });
    expect(edges).toEqual(['b-p2']);
    expect(built.selected).toBe(1);
    expect(labels).toEqual(['b!:B', 'a!:A']);
  });

  test("filters: left-out nodes are dimmed and the focus's edges to them are not drawn", () => {
    const { dimmed, edges } = scene(network(), {
      selection: 'a',
      kept: new Set(['o', 'a', 'b', 'p1', 'p2']),
    });
    expect(dimmed).toEqual(['o', 'b', 'p2', 'p3']);
    expect(edges).toEqual(['a-p1']);
  });

  test('marks (a hovered chart bar): the marked items and the edges between them, over the focus', () => {
    const { dimmed, edges } = scene(network(), { hover: 'a', marked: new Set(['p2', 'o', 'b']) });
    expect(dimmed).toEqual(['a', 'p1', 'p3']);
    expect(edges).toEqual(['b-p2', 'o-p2']);
  });

  test('all edges asked for: every edge, muted, until something is in focus or marked', () => {
    const all = scene(network(), { all: true });
    expect(all.edges).toEqual(['a-p1', 'a-p3', 'b-p2', 'o-p1', 'o-p2']);
    expect(all.built.muted).toBe(true);
    expect(scene(network()).built.muted).toBe(false);
    const hovered = scene(network(), { all: true, hover: 'a' });
    expect([hovered.edges, hovered.built.muted]).toEqual([['a-p1', 'a-p3'], false]);
    const marked = scene(network(), { all: true, marked: new Set(['p2', 'o']) });
    expect([marked.edges, marked.built.muted]).toEqual([['o-p2'], false]);
  });

  test('positions are read at every frame: a layout step moves the dots', () => {
    const graph = network();
    const nodes = sceneNodes(
      graph,
      () => 1,
      () => 'grey',
    );
    const at = () =>
      buildScene({
        graph,
        nodes,
        state: rest,
        map: { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 },
        sizeScale: 1,
      }).nodes.x[1];
    expect(at()).toBe(1);
    graph.updateEachNodeAttributes((_k, a) => ({ ...a, x: Number(a.x) + 5 }));
    expect(at()).toBe(6);
  });

  test('labels are cut to length', () => {
    const graph = network();
    graph.setNodeAttribute('o', 'label', 'An extremely long name that goes on and on for ever');
    const { labels } = scene(graph);
    expect(labels[0]!.length).toBeLessThan(40);
    expect(labels[0]!.endsWith('…')).toBe(true);
  });
});
