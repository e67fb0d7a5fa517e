// The last step of every layout: no two nodes overlap (noverlap, then a symmetric finisher).
import type { AbstractGraph } from 'graphology-types';
import noverlap, { type NoverlapSettings } from 'graphology-layout-noverlap';
import { createRandom } from './random';
import { countOverlaps, type Discs, separateOverlaps } from './separate-overlaps';

/** Settings of the noverlap pass; margin is in layout units, between the nodes' circles. */
export const NOVERLAP_SETTINGS: Readonly<NoverlapSettings> = { margin: 1, ratio: 1 };
/** Iterations of noverlap at most, and again of the finisher. */
export const NOVERLAP_MAX_ITERATIONS = 200;

/**
 * Moves the nodes of a layout graph (x, y and `size` attributes, as createLayoutGraph() makes it)
 * until no two are closer than their radii plus the margin on each side. Deterministic for a seed.
 * Returns the number of pairs that still overlap (0 unless both passes gave up).
 */
export function removeOverlaps(work: AbstractGraph, seed: number): number {
  const random = createRandom(seed ^ 0x9e3779b9);
  separateCoincidentNodes(work, random);
  noverlap.assign(work, {
    maxIterations: NOVERLAP_MAX_ITERATIONS,
    // noverlap's default 20 × 20 grid makes each pass quadratic in dense cells of big graphs.
    settings: { ...NOVERLAP_SETTINGS, gridSize: Math.max(20, Math.ceil(Math.sqrt(work.order))) },
  });
  const discs = discsOf(work);
  const overlaps = separateOverlaps(discs, margin(), NOVERLAP_MAX_ITERATIONS, random);
  let i = 0;
  work.updateEachNodeAttributes(
    (_node, attributes) => {
      const moved = { ...attributes, x: discs.xs[i] as number, y: discs.ys[i] as number };
      i += 1;
      return moved;
    },
    { attributes: ['x', 'y'] },
  );
  return overlaps;
}

/** Pairs of nodes of a layout graph closer than their radii plus the margin on each side. */
export function countLayoutOverlaps(work: AbstractGraph): number {
  return countOverlaps(discsOf(work), margin());
}

function margin(): number {
  return NOVERLAP_SETTINGS.margin ?? 0;
}

function discsOf(work: AbstractGraph): Discs {
  const keys = work.nodes();
  return {
    xs: Float64Array.from(keys, (key) => work.getNodeAttribute(key, 'x') as number),
    ys: Float64Array.from(keys, (key) => work.getNodeAttribute(key, 'y') as number),
    rs: Float64Array.from(keys, (key) => work.getNodeAttribute(key, 'size') as number),
  };
}

/**
 * noverlap moves nodes that sit on the very same spot by Math.random(): nudge them apart first,
 * from the seed, so that the layout stays deterministic.
 */
function separateCoincidentNodes(work: AbstractGraph, random: () => number): void {
  const seen = new Set<string>();
  work.forEachNode((node, { x, y, size }) => {
    let spot = `${x},${y}`;
    if (!seen.has(spot)) {
      seen.add(spot);
      return;
    }
    while (seen.has(spot)) {
      const angle = 2 * Math.PI * random();
      x += size * Math.cos(angle);
      y += size * Math.sin(angle);
      spot = `${x},${y}`;
    }
    seen.add(spot);
    work.mergeNodeAttributes(node, { x, y });
  });
}
