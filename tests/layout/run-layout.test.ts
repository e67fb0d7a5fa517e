import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import { projectCoauthors } from '../../src/graph/project-coauthors';
import { createRandom } from '../../src/layout/random';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { layoutQuality } from '../../src/layout/layout-quality';
import { parseProfile } from '../../src/profile/parse-profile';
import { generateProfile } from '../../src/synth/generate-profile';
import {
  COAUTHOR_ITERATIONS,
  createLayoutGraph,
  DEFAULT_LAYOUT_OPTIONS,
  FROM_COAUTHORS_ITERATIONS,
  layoutIterations,
  planLayout,
  layoutSettings,
  nodeSize,
  runLayout,
  seedPositions,
  type Positions,
} from '../../src/layout/run-layout';
import { SAMPLE_PROFILE } from '../graph/sample-profile';

/** The smallest gap between two nodes' circles (negative when two overlap). */
function smallestGap(graph: Graph, positions: Positions): number {
  const nodes = graph.nodes();
  let smallest = Infinity;
  nodes.forEach((a, i) => {
    for (const b of nodes.slice(i + 1)) {
      const [p, q] = [positions[a] as Positions[string], positions[b] as Positions[string]];
      const distance = Math.hypot(p.x - q.x, p.y - q.y);
      const radii = nodeSize(graph.getNodeAttributes(a)) + nodeSize(graph.getNodeAttributes(b));
      smallest = Math.min(smallest, distance - radii);
    }
  });
  return smallest;
}

/** A random graph of `order` nodes, one third authors, about two edges a node. */
function randomGraph(order: number, seed: number): Graph {
  const random = createRandom(seed);
  const graph = new Graph({ type: 'undirected' });
  for (let i = 0; i < order; i++) {
    graph.addNode(`n${i}`, i % 3 ? { kind: 'paper' } : { kind: 'author', paperCount: 1 + (i % 7) });
  }
  for (let i = 1; i < order; i++) {
    graph.mergeEdge(`n${i}`, `n${Math.floor(random() * i)}`);
    const other = Math.floor(random() * order);
    if (other !== i) graph.mergeEdge(`n${i}`, `n${other}`);
  }
  return graph;
}

describe('runLayout()', () => {
  const sample = buildGraph(SAMPLE_PROFILE);

  it('gives the same positions for the same graph and seed, others for another seed', () => {
    const first = runLayout(sample);
    expect(runLayout(sample)).toEqual(first);
    expect(first.iterations).toBe(500);
    const other = runLayout(sample, { seed: 2 });
    expect(other.positions).not.toEqual(first.positions);
    expect(Object.keys(other.positions)).toEqual(sample.nodes());
  });

  it('leaves the graph alone, and assign() writes exactly the positions it returns', () => {
    const graph = buildGraph(SAMPLE_PROFILE);
    const { positions } = runLayout(graph, { seed: 3 });
    expect(graph.getNodeAttributes('p:zyda')).not.toHaveProperty('x');

    const result = runLayout.assign(graph, { seed: 3 });
    expect(result.positions).toEqual(positions);
    graph.forEachNode((node, attributes) => {
      expect({ x: attributes.x, y: attributes.y }).toEqual(positions[node]);
    });
    expect(graph.getNodeAttributes('a:yury tokpanov')).toMatchObject({ paperCount: 4 });
    expect(graph.getNodeAttributes('a:yury tokpanov')).not.toHaveProperty('size');
  });

  it('keeps every two nodes of the sample apart by at least their radii', () => {
    for (const seed of [1, 2, 3]) {
      const { positions, overlaps } = runLayout(sample, { seed });
      expect(overlaps).toBe(0);
      expect(smallestGap(sample, positions)).toBeGreaterThanOrEqual(-1e-9);
    }
  });

  it('puts the owner nearest the centre of mass of the sample', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const { positions } = runLayout(sample, { seed });
      const points = Object.values(positions);
      const cx = points.reduce((sum, p) => sum + p.x, 0) / points.length;
      const cy = points.reduce((sum, p) => sum + p.y, 0) / points.length;
      const distances = Object.entries(positions)
        .map(([node, p]) => [node, Math.hypot(p.x - cx, p.y - cy)] as const)
        .sort((a, b) => a[1] - b[1]);
      const median = (distances[7] as readonly [string, number])[1];
      expect(distances[0]?.[0]).toBe('a:paolo glorioso');
      expect(distances[0]?.[1]).toBeLessThan(median / 2);
    }
  });

  it('lays out the coauthor projection too, its weights included', () => {
    const projection = projectCoauthors(sample);
    const { positions, overlaps } = runLayout(projection, { seed: 5, iterations: 200 });
    expect(overlaps).toBe(0);
    expect(smallestGap(projection, positions)).toBeGreaterThanOrEqual(-1e-9);
  });

  it('lays out 1,200 nodes with Barnes-Hut, deterministically and without overlaps', () => {
    const graph = randomGraph(1200, 11);
    const first = runLayout(graph, { seed: 4, iterations: 20 });
    expect(first.overlaps).toBe(0);
    expect(runLayout(graph, { seed: 4, iterations: 20 }).positions).toEqual(first.positions);
  }, 30_000);

  it('can skip the overlap removal and then counts what overlaps', () => {
    const graph = new Graph();
    graph.addNode('a', { kind: 'paper' });
    graph.addNode('b', { kind: 'paper' });
    graph.addEdge('a', 'b');
    const result = runLayout(graph, { noverlap: false, iterations: 1 });
    expect(result.overlaps).toBe(
      smallestGap(graph, result.positions) < 2 * 1 /* margin each side */ ? 1 : 0,
    );
  });

  it('returns nothing for an empty graph and refuses a bad iteration count', () => {
    expect(runLayout(new Graph())).toEqual({
      positions: {},
      iterations: 0,
      coauthorIterations: 0,
      overlaps: 0,
    });
    for (const iterations of [0, -3, 2.5, Number.NaN]) {
      expect(() => runLayout(sample, { iterations })).toThrow(RangeError);
    }
  });
});

describe('layout pieces', () => {
  it('DEFAULT_LAYOUT_OPTIONS: seed 1, iterations from the size, overlaps removed', () => {
    expect(DEFAULT_LAYOUT_OPTIONS).toEqual({ seed: 1, iterations: 'auto', noverlap: true });
  });

  const iterationCases = [
    { name: 'one node', input: 1, expected: 500 },
    { name: 'the sample', input: 15, expected: 500 },
    { name: '100 nodes', input: 100, expected: 500 },
    { name: '1,000 nodes', input: 1000, expected: 158 },
    { name: '10,000 nodes', input: 10_000, expected: 50 },
    { name: '100,000 nodes', input: 100_000, expected: 50 },
  ];
  for (const { name, input, expected } of iterationCases) {
    it(`layoutIterations() gives ${expected} iterations to ${name}`, () => {
      expect(layoutIterations(input)).toBe(expected);
    });
  }

  it('layoutSettings() turns Barnes-Hut on above 1,000 nodes and adjustSizes on request', () => {
    expect(layoutSettings(randomGraph(1000, 1))).toEqual({
      barnesHutOptimize: false,
      strongGravityMode: true,
      gravity: 0.05,
      scalingRatio: 10,
      slowDown: 1 + Math.log(1000),
      adjustSizes: false,
    });
    expect(layoutSettings(randomGraph(1001, 1), { adjustSizes: true })).toMatchObject({
      barnesHutOptimize: true,
      adjustSizes: true,
    });
  });

  it('seedPositions() spreads the nodes on a disc of radius 10·√n, the same for the same seed', () => {
    const graph = randomGraph(400, 2);
    const positions = seedPositions(graph, 9);
    expect(seedPositions(graph, 9)).toEqual(positions);
    expect(seedPositions(graph, 10)).not.toEqual(positions);
    const radii = Object.values(positions).map(({ x, y }) => Math.hypot(x, y));
    expect(Math.max(...radii)).toBeLessThanOrEqual(200);
    expect(Math.max(...radii)).toBeGreaterThan(190);
  });

  const sizeCases = [
    { name: 'a paper', input: { kind: 'paper' }, expected: 3 },
    { name: 'an author of one paper', input: { kind: 'author', paperCount: 1 }, expected: 6 },
    { name: 'an author of four papers', input: { kind: 'author', paperCount: 4 }, expected: 8 },
    { name: 'an author of no paper', input: { kind: 'author', paperCount: 0 }, expected: 4 },
    { name: 'a node of another graph', input: {}, expected: 3 },
  ];
  for (const { name, input, expected } of sizeCases) {
    it(`nodeSize() of ${name} is ${expected}`, () => expect(nodeSize(input)).toBe(expected));
  }

  it('createRandom() is mulberry32', () => {
    const random = createRandom(1);
    expect([random(), random(), random()]).toEqual([
      0.6270739405881613, 0.002735721180215478, 0.5274470399599522,
    ]);
  });
});

describe('planLayout() and large graphs', () => {
  const large = buildGraph(parseProfile(generateProfile({ papers: 1000, seed: 1 })));

  it('starts a graph of authors and papers of 1,000 nodes or more from its coauthor network', () => {
    expect(large.order).toBeGreaterThanOrEqual(1000);
    const { work, phases } = planLayout(large, 1);
    expect(phases.map((p) => [p.graph === work ? 'whole' : 'coauthors', p.iterations])).toEqual([
      ['coauthors', COAUTHOR_ITERATIONS],
      ['whole', FROM_COAUTHORS_ITERATIONS - 6],
      ['whole', 6],
    ]);
    expect(phases[2]!.settings.adjustSizes).toBe(true);
    // The coauthor network: the authors only.
    const authors = large.filterNodes((_k, a) => a.kind === 'author');
    expect(phases[0]!.graph.order).toBe(authors.length);
  });

  it('lays smaller graphs, and graphs of authors only, out from the disc', () => {
    expect(planLayout(buildGraph(SAMPLE_PROFILE), 1).phases.map((p) => p.iterations)).toEqual([
      450, 50,
    ]);
    const coauthors = projectCoauthors(large);
    const { work, phases } = planLayout(coauthors, 1);
    expect(phases.every((p) => p.graph === work)).toBe(true);
  });

  it('gives the same positions twice, and reaches what 300 iterations from the disc reach', () => {
    const first = runLayout(large, { seed: 1 });
    expect(runLayout(large, { seed: 1 })).toEqual(first);
    expect(first).toMatchObject({
      iterations: FROM_COAUTHORS_ITERATIONS,
      coauthorIterations: COAUTHOR_ITERATIONS,
      overlaps: 0,
    });
    const reference = createLayoutGraph(large, 1);
    forceAtlas2.assign(reference, {
      iterations: 300,
      settings: forceAtlas2.inferSettings(reference),
    });
    const ours = layoutQuality(large, (key) => first.positions[key]!);
    // Lower is better: within 2 % of the reference, or better.
    expect(ours).toBeLessThan(layoutQuality(reference) * 1.02);
  }, 60_000);
});
