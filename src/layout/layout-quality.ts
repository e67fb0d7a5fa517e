// How well a layout shows a graph's structure: its mean edge length over the mean distance of random node pairs.
import type { AbstractGraph } from 'graphology-types';
import { createRandom } from './random';

/** Random node pairs sampled (with a fixed seed, so the figure is repeatable). */
export const QUALITY_PAIRS = 20_000;

/** Where a node is: its x/y attributes unless told otherwise. */
export type PositionOf = (key: string) => { x: number; y: number };

/**
 * The mean length of the graph's edges over the mean distance between random pairs of its
 * nodes (QUALITY_PAIRS of them, drawn with a fixed seed): lower is better, and scale does not
 * matter. Linked nodes drawn close together against a spread-out whole give a low figure; a
 * random scatter gives about 1. NaN for a graph with no edge or fewer than two nodes.
 */
export function layoutQuality(
  graph: AbstractGraph,
  positionOf: PositionOf = (key) => graph.getNodeAttributes(key) as { x: number; y: number },
): number {
  if (graph.size === 0 || graph.order < 2) return NaN;
  let edges = 0;
  graph.forEachEdge((_edge, _a, source, target) => {
    const [a, b] = [positionOf(source), positionOf(target)];
    edges += Math.hypot(a.x - b.x, a.y - b.y);
  });
  const keys = graph.nodes();
  const random = createRandom(0x51ed);
  let pairs = 0;
  for (let i = 0; i < QUALITY_PAIRS; i++) {
    const a = positionOf(keys[Math.floor(random() * keys.length)]!);
    const b = positionOf(keys[Math.floor(random() * keys.length)]!);
    pairs += Math.hypot(a.x - b.x, a.y - b.y);
  }
  return pairs === 0 ? NaN : edges / graph.size / (pairs / QUALITY_PAIRS);
}
