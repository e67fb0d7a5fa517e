// The quality of a page's final layout, judged in Node by layoutQuality on the bench's own graph of the input.
import type { AbstractGraph } from 'graphology-types';
import { layoutQuality } from '../../src/layout/layout-quality';

/** Every node's final position as a page reports it: key, x, y. */
export type NodePositions = [string, number, number][];

/**
 * layoutQuality of `graph` at `positions` (lower is better; a random scatter gives about 1).
 * NaN, with a warning naming `what`, when the positions are not those of the graph's nodes
 * (another build may key its nodes otherwise): a figure over other nodes would mislead.
 */
export function qualityOf(graph: AbstractGraph, positions: NodePositions, what: string): number {
  const at = new Map(positions.map(([key, x, y]) => [key, { x, y }]));
  const missing = graph.findNode((key) => !at.has(key));
  if (missing !== undefined || at.size !== graph.order) {
    console.warn(
      `bench: ${what}: no quality, its ${at.size.toLocaleString('en')} positions are not the graph's ${graph.order.toLocaleString('en')} nodes` +
        (missing === undefined ? '' : ` (none for ${JSON.stringify(missing)})`),
    );
    return NaN;
  }
  return layoutQuality(graph, (key) => at.get(key)!);
}
