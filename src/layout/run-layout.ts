// The seeded, synchronous layout: seeded disc, ForceAtlas2 for a fixed count, then no overlaps.
import Graph from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { nodeSize } from './node-size';
import { createRandom } from './random';
import { countLayoutOverlaps, removeOverlaps } from './remove-overlaps';

export { nodeSize } from './node-size';
export { NOVERLAP_MAX_ITERATIONS, NOVERLAP_SETTINGS, removeOverlaps } from './remove-overlaps';

export type Positions = Record<string, { x: number; y: number }>;

export interface LayoutOptions {
  /** Seed of the initial positions: the same graph and seed give the same layout. */
  seed: number;
  /** ForceAtlas2 iterations, or `auto` to pick them from the graph's order. */
  iterations: number | 'auto';
  /** Run the noverlap pass after ForceAtlas2 so that no two nodes overlap. */
  noverlap: boolean;
}

export interface LayoutResult {
  positions: Positions;
  /** ForceAtlas2 iterations run (main and anti-collision phases together). */
  iterations: number;
  /** Pairs of nodes still overlapping at the end (0 unless `noverlap` is off or it gave up). */
  overlaps: number;
}

export const DEFAULT_LAYOUT_OPTIONS: Readonly<LayoutOptions> = {
  seed: 1,
  iterations: 'auto',
  noverlap: true,
};

/** Barnes-Hut pays from about this many nodes on (inferSettings waits until 2,000). */
export const BARNES_HUT_FROM = 1000;

/**
 * Share of the iterations run last with `adjustSizes` on. Run from the start, adjustSizes slows
 * ForceAtlas2 so much that a 1,000-node graph stays near its seeded disc; run at the end it pushes
 * touching nodes apart, as Gephi advises ("prevent overlap" once the layout has settled).
 */
export const ANTI_COLLISION_SHARE = 0.1;

/** ForceAtlas2 iterations for a graph of `order` nodes: many for small graphs, fewer for big ones. */
export function layoutIterations(order: number): number {
  return Math.max(50, Math.min(500, Math.round(5000 / Math.sqrt(Math.max(order, 1)))));
}

/**
 * ForceAtlas2 settings: inferred from the graph, Barnes-Hut from 1,000 nodes; `adjustSizes` (which
 * reads the node attribute `size`) only when asked, for the closing anti-collision phase.
 */
export function layoutSettings(
  graph: AbstractGraph,
  { adjustSizes = false }: { adjustSizes?: boolean } = {},
): ForceAtlas2Settings {
  return {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > BARNES_HUT_FROM,
    adjustSizes,
  };
}

/** Initial positions: nodes spread uniformly on a disc whose area grows with the node count. */
export function seedPositions(graph: AbstractGraph, seed: number): Positions {
  const random = createRandom(seed);
  const radius = 10 * Math.sqrt(graph.order);
  const positions: Positions = {};
  graph.forEachNode((node) => {
    const r = radius * Math.sqrt(random());
    const angle = 2 * Math.PI * random();
    positions[node] = { x: r * Math.cos(angle), y: r * Math.sin(angle) };
  });
  return positions;
}

/**
 * The graph the layout works on: the same nodes and edges with only what ForceAtlas2 and noverlap
 * read (seeded x/y, `size` from nodeSize(), edge `weight`), so the caller's graph stays untouched.
 */
export function createLayoutGraph(graph: AbstractGraph, seed: number): AbstractGraph {
  const positions = seedPositions(graph, seed);
  const work = new Graph({ type: graph.type, multi: graph.multi, allowSelfLoops: true });
  graph.forEachNode((node, attributes) => {
    const { x, y } = positions[node] as { x: number; y: number };
    work.addNode(node, { x, y, size: nodeSize(attributes) });
  });
  graph.forEachEdge((edge, attributes, source, target, _s, _t, undirected) => {
    const weight = typeof attributes.weight === 'number' ? attributes.weight : 1;
    if (undirected) work.addUndirectedEdgeWithKey(edge, source, target, { weight });
    else work.addDirectedEdgeWithKey(edge, source, target, { weight });
  });
  return work;
}

/** Lays the graph out and returns the positions; the graph is not changed. */
function layout(graph: AbstractGraph, options: Partial<LayoutOptions> = {}): LayoutResult {
  const {
    seed,
    iterations: wanted,
    noverlap: separate,
  } = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
  const iterations = wanted === 'auto' ? layoutIterations(graph.order) : wanted;
  if (!Number.isInteger(iterations) || iterations < 1) {
    throw new RangeError(`runLayout: iterations must be a positive integer, not ${iterations}`);
  }
  if (graph.order === 0) return { positions: {}, iterations: 0, overlaps: 0 };

  const work = createLayoutGraph(graph, seed);
  const closing = Math.floor(iterations * ANTI_COLLISION_SHARE);
  forceAtlas2.assign(work, { iterations: iterations - closing, settings: layoutSettings(work) });
  if (closing > 0) {
    const settings = layoutSettings(work, { adjustSizes: true });
    forceAtlas2.assign(work, { iterations: closing, settings });
  }

  const overlaps = separate ? removeOverlaps(work, seed) : countLayoutOverlaps(work);
  const positions: Positions = {};
  work.forEachNode((node, { x, y }) => {
    positions[node] = { x, y };
  });
  return { positions, iterations, overlaps };
}

/** Lays the graph out and writes `x` and `y` into its node attributes. */
function assign(graph: AbstractGraph, options: Partial<LayoutOptions> = {}): LayoutResult {
  const result = layout(graph, options);
  graph.updateEachNodeAttributes(
    (node, attributes) => ({
      ...attributes,
      ...(result.positions[node] as { x: number; y: number }),
    }),
    { attributes: ['x', 'y'] },
  );
  return result;
}

/** runLayout(graph, options) returns positions; runLayout.assign(graph, options) writes them. */
export const runLayout = Object.assign(layout, { assign });
