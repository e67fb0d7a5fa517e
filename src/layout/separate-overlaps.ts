// A symmetric overlap remover that finishes what noverlap leaves: it pushes both nodes of a pair apart.
//
// graphology-layout-noverlap moves only the later node of a colliding pair, so a node held between
// two earlier ones can stay stuck (seen on a 2,900-node profile). This pass moves both nodes by
// half the overlap, visiting pairs through a grid of cells as wide as the largest node, until no
// pair is closer than the sum of their radii plus twice the margin.

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

/** Counts overlapping pairs; when `push`, moves each pair apart as it is found. */
function visitOverlaps(
  { xs, ys, rs }: Discs,
  margin: number,
  random: () => number,
  push: boolean,
): number {
  const n = xs.length;
  let largest = 0;
  for (let i = 0; i < n; i++) largest = Math.max(largest, rs[i] as number);
  const cell = 2 * (largest + margin);
  const grid = new Map<string, number[]>();
  const cellOf = (i: number) => [
    Math.floor((xs[i] as number) / cell),
    Math.floor((ys[i] as number) / cell),
  ];
  for (let i = 0; i < n; i++) {
    const [cx, cy] = cellOf(i);
    const key = `${cx},${cy}`;
    const members = grid.get(key);
    if (members) members.push(i);
    else grid.set(key, [i]);
  }

  let overlaps = 0;
  for (let i = 0; i < n; i++) {
    const [cx, cy] = cellOf(i) as [number, number];
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (j <= i) continue;
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
