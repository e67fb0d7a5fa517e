// A symmetric overlap remover that finishes what noverlap leaves: it pushes both nodes of a pair apart.
//
// graphology-layout-noverlap moves only the later node of a colliding pair, so a node held between
// two earlier ones can stay stuck. This pass moves both nodes by half the overlap until no pair is
// closer than the sum of their radii plus twice the margin.

export interface Discs {
  xs: Float64Array;
  ys: Float64Array;
  /** Radii. */
  rs: Float64Array;
}

/** Moves the discs apart in place; returns the number of pairs that still overlap. */
export function separateOverlaps(
  discs: Discs,
  margin: number,
  maxIterations: number,
  random: () => number,
): number {
  for (let i = 0; i < maxIterations; i++) {
    if (visitOverlaps(discs, margin, random, true) === 0) return 0;
  }
  return visitOverlaps(discs, margin, random, false);
}

/** The number of pairs of discs closer than the sum of their radii plus twice the margin. */
export function countOverlaps(discs: Discs, margin: number): number {
  return visitOverlaps(discs, margin, () => 0, false);
}

/**
 * Counts overlapping pairs; when `push`, moves each pair apart as it is found. Pairs are found
 * through a grid of cells as wide as a typical node, each node entered in every cell its disc and
 * margin reach: a few large nodes (the owner of a big profile) span many cells instead of making
 * every cell hold a crowd.
 */
function visitOverlaps(
  { xs, ys, rs }: Discs,
  margin: number,
  random: () => number,
  push: boolean,
): number {
  const n = xs.length;
  if (n < 2) return 0;
  const radii = Float64Array.from(rs).sort();
  const cell = 2 * ((radii[n >> 1] as number) + margin) || 1;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < n; i++) {
    const reach = (rs[i] as number) + margin;
    minX = Math.min(minX, (xs[i] as number) - reach);
    minY = Math.min(minY, (ys[i] as number) - reach);
    maxX = Math.max(maxX, (xs[i] as number) + reach);
    maxY = Math.max(maxY, (ys[i] as number) + reach);
  }
  const columns = Math.floor((maxX - minX) / cell) + 1;
  /** The cells node i reaches: first and last column and row. */
  const span = (i: number): [number, number, number, number] => {
    const reach = (rs[i] as number) + margin;
    return [
      Math.floor(((xs[i] as number) - reach - minX) / cell),
      Math.floor(((xs[i] as number) + reach - minX) / cell),
      Math.floor(((ys[i] as number) - reach - minY) / cell),
      Math.floor(((ys[i] as number) + reach - minY) / cell),
    ];
  };
  const grid = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const [x0, x1, y0, y1] = span(i);
    for (let cy = y0; cy <= y1; cy++) {
      for (let cx = x0; cx <= x1; cx++) {
        const key = cy * columns + cx;
        const members = grid.get(key);
        if (members) members.push(i);
        else grid.set(key, [i]);
      }
    }
  }

  let overlaps = 0;
  // The last node each was compared with: a pair that shares several cells is looked at once.
  const comparedWith = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const [x0, x1, y0, y1] = span(i);
    for (let cy = y0; cy <= y1; cy++) {
      for (let cx = x0; cx <= x1; cx++) {
        for (const j of grid.get(cy * columns + cx) ?? []) {
          if (j <= i || comparedWith[j] === i) continue;
          comparedWith[j] = i;
          let ux = (xs[j] as number) - (xs[i] as number);
          let uy = (ys[j] as number) - (ys[i] as number);
          const distance = Math.hypot(ux, uy);
          const needed = (rs[i] as number) + (rs[j] as number) + 2 * margin;
          if (distance >= needed) continue;
          overlaps += 1;
          if (!push) continue;
          if (distance > 0) {
            ux /= distance;
            uy /= distance;
          } else {
            const angle = 2 * Math.PI * random();
            ux = Math.cos(angle);
            uy = Math.sin(angle);
          }
          // A hair more than half the overlap each, so that rounding cannot leave them touching.
          const step = (needed - distance) / 2 + 1e-6 * needed;
          xs[i] = (xs[i] as number) - ux * step;
          ys[i] = (ys[i] as number) - uy * step;
          xs[j] = (xs[j] as number) + ux * step;
          ys[j] = (ys[j] as number) + uy * step;
        }
      }
    }
  }
  return overlaps;
}
