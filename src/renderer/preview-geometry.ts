// The arithmetic of the layout preview: where nodes land on screen, and which one is under a point.

/** A rectangle of graph coordinates: its x and y extents. */
export interface Box {
  x: [number, number];
  y: [number, number];
}

/** A 2-D affine map: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export interface Affine {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
}

interface Point {
  x: number;
  y: number;
}

/**
 * The affine map that sends (0,0), (1,0) and (0,1) where `project` sends them: a camera without
 * perspective is one, so three calls of a costly projection give a map for thousands of nodes.
 */
export function affineOf(project: (point: Point) => Point): Affine {
  const o = project({ x: 0, y: 0 });
  const ux = project({ x: 1, y: 0 });
  const uy = project({ x: 0, y: 1 });
  return { a: ux.x - o.x, b: ux.y - o.y, c: uy.x - o.x, d: uy.y - o.y, e: o.x, f: o.y };
}

/** Nodes on screen, index-aligned with `keys`. */
export interface ScreenNodes {
  keys: string[];
  x: Float64Array;
  y: Float64Array;
  /** Drawn radius in pixels. */
  r: Float64Array;
}

/**
 * Projects graph positions (`x`, `y`) and radii (graph units times `sizeScale` pixels) to screen.
 * A node without a finite position is put at NaN, which nothing draws and nothing hits.
 */
export function projectNodes(
  keys: string[],
  position: (index: number) => Point,
  radius: (index: number) => number,
  map: Affine,
  sizeScale: number,
): ScreenNodes {
  const n = keys.length;
  const out: ScreenNodes = {
    keys,
    x: new Float64Array(n),
    y: new Float64Array(n),
    r: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const p = position(i);
    const ok = Number.isFinite(p.x) && Number.isFinite(p.y);
    out.x[i] = ok ? map.a * p.x + map.c * p.y + map.e : NaN;
    out.y[i] = ok ? map.b * p.x + map.d * p.y + map.f : NaN;
    out.r[i] = Math.max(0, radius(i) * sizeScale);
  }
  return out;
}

/**
 * Index of the node under (`x`, `y`): the one whose centre is nearest among those whose disc,
 * widened by `slack` pixels (tiny nodes stay hittable), contains the point; -1 when none does.
 * Later nodes win ties, as they are drawn on top.
 */
export function nodeAt(nodes: ScreenNodes, x: number, y: number, slack = 3): number {
  let best = -1;
  let bestDistance = Infinity;
  for (let i = 0; i < nodes.keys.length; i++) {
    const dx = nodes.x[i]! - x;
    const dy = nodes.y[i]! - y;
    const distance = Math.hypot(dx, dy);
    if (distance <= nodes.r[i]! + slack && distance <= bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  return best;
}

/** The smallest box holding every finite position, or null when there is none. */
export function extentOf(positions: Iterable<Point>): Box | null {
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const { x, y } of positions) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  if (minX === Infinity) return null;
  return { x: [minX, maxX], y: [minY, maxY] };
}

/**
 * Where sigma's normalization puts a graph point when it frames `box` (its camera's coordinates:
 * the box's longer side spans 0..1, centred on 0.5), as sigma's createNormalizationFunction does.
 */
export function framedPoint(box: Box, point: Point): Point {
  let ratio = Math.max(box.x[1] - box.x[0], box.y[1] - box.y[0]);
  if (ratio === 0 || !Number.isFinite(ratio)) ratio = 1;
  const [dx, dy] = [(box.x[0] + box.x[1]) / 2, (box.y[0] + box.y[1]) / 2];
  return { x: 0.5 + (point.x - dx) / ratio, y: 0.5 + (point.y - dy) / ratio };
}

/** The graph dimensions sigma reads from a framed box (1 where a side is empty). */
export function boxDimensions(box: Box): { width: number; height: number } {
  return { width: box.x[1] - box.x[0] || 1, height: box.y[1] - box.y[0] || 1 };
}
