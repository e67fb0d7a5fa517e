// The seeded, synchronous layout: seeded disc, ForceAtlas2 for fixed counts, then no overlaps.
import Graph from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { createCoauthorGraph, placeFromCoauthors } from './coauthor-start';
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
  /** ForceAtlas2 iterations run on the whole graph (main and anti-collision phases together). */
  iterations: number;
  /** ForceAtlas2 iterations run first on the coauthor network alone (0: it started from the disc). */
  coauthorIterations: number;
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

/**
 * From this many nodes, a graph of authors and papers starts from its coauthor network: the
 * authors laid out among themselves (a few thousand nodes at most where the whole graph has tens
 * of thousands), each paper at its authors' centre. ForceAtlas2 then needs far fewer iterations
 * of the whole graph to reach what 300 from a random disc reach.
 */
export const COAUTHOR_START_FROM = 1000;
/** Iterations of the coauthor network, then of the whole graph, in a layout that starts so. */
export const COAUTHOR_ITERATIONS = 150;
export const FROM_COAUTHORS_ITERATIONS = 60;

/** ForceAtlas2 iterations for a graph of `order` nodes: many for small graphs, fewer for big ones. */
export function layoutIterations(order: number): number {
  return Math.max(50, Math.min(500, Math.round(5000 / Math.sqrt(Math.max(order, 1)))));
}

/** One run of ForceAtlas2 in a layout: on which graph, how long, how. */
export interface LayoutPhase {
  graph: AbstractGraph;
  iterations: number;
  settings: ForceAtlas2Settings;
  /**
   * Writes this phase's graph into the layout graph (the coauthor phase: authors where it has
   * them, papers at their authors' centre). Called when the phase ends, and by a viewer that
   * shows the layout while the phase runs. Phases on the layout graph itself have none.
   */
  apply?(): void;
}

/** What a layout runs: its layout graph (see createLayoutGraph) and its phases in order. */
export interface LayoutPlan {
  work: AbstractGraph;
  phases: LayoutPhase[];
}

/**
 * The phases of the layout of `graph` (its nodes' `kind` tells papers from authors), shared by
 * runLayout() and the worker layout so that both give the same positions: from
 * COAUTHOR_START_FROM nodes, the coauthor network first; then the whole graph, its last
 * ANTI_COLLISION_SHARE with `adjustSizes`. `iterations` (else automatic) sets the whole graph's.
 */
export function planLayout(
  graph: AbstractGraph,
  seed: number,
  iterations: number | 'auto' = 'auto',
): LayoutPlan {
  const work = createLayoutGraph(graph, seed);
  const isPaper = (key: string): boolean => graph.getNodeAttribute(key, 'kind') === 'paper';
  const coauthors = graph.order >= COAUTHOR_START_FROM ? createCoauthorGraph(work, isPaper) : null;
  const total =
    iterations !== 'auto'
      ? iterations
      : coauthors
        ? FROM_COAUTHORS_ITERATIONS
        : layoutIterations(graph.order);
  const closing = Math.floor(total * ANTI_COLLISION_SHARE);
  const phases: LayoutPhase[] = [];
  if (coauthors) {
    phases.push({
      graph: coauthors,
      iterations: COAUTHOR_ITERATIONS,
      settings: layoutSettings(coauthors),
      apply: () => placeFromCoauthors(work, coauthors, isPaper, seed),
    });
  }
  phases.push({ graph: work, iterations: total - closing, settings: layoutSettings(work) });
  if (closing > 0) {
    phases.push({
      graph: work,
      iterations: closing,
      settings: layoutSettings(work, { adjustSizes: true }),
    });
  }
  return { work, phases };
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
  const { seed, iterations, noverlap: separate } = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
  if (iterations !== 'auto' && (!Number.isInteger(iterations) || iterations < 1)) {
    throw new RangeError(`runLayout: iterations must be a positive integer, not ${iterations}`);
  }
  if (graph.order === 0)
    return { positions: {}, iterations: 0, coauthorIterations: 0, overlaps: 0 };

  const { work, phases } = planLayout(graph, seed, iterations);
  let [ran, coauthorIterations] = [0, 0];
  for (const phase of phases) {
    forceAtlas2.assign(phase.graph, { iterations: phase.iterations, settings: phase.settings });
    phase.apply?.();
    if (phase.graph === work) ran += phase.iterations;
    else coauthorIterations += phase.iterations;
  }

  const overlaps = separate ? removeOverlaps(work, seed) : countLayoutOverlaps(work);
  const positions: Positions = {};
  work.forEachNode((node, { x, y }) => {
    positions[node] = { x, y };
  });
  return { positions, iterations: ran, coauthorIterations, overlaps };
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
