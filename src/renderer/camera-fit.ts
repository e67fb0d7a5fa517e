// Where the camera goes so that items (nodes, with their labels) fit the part of the canvas nothing covers.

/** A rectangle in canvas pixels (y down). */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * An item to keep in view: its position in pixels at a reference camera, and how far it reaches
 * around that point in pixels whatever the zoom (its radius, its label right of it).
 */
export interface FitItem {
  x: number;
  y: number;
  left: number;
  right: number;
  up: number;
  down: number;
}

/** The view found: an item at reference position p is drawn at `scale * p + offset`. */
export interface FitView {
  scale: number;
  offset: { x: number; y: number };
}

export interface FitOptions {
  /** Pixels kept free along every side of the area. */
  margin: number;
  /** The largest scale allowed (1: no closer than the reference camera). */
  maxScale: number;
}

/**
 * The free areas to try: the canvas with each covered rectangle cut away along its nearer vertical
 * or horizontal side (a toolbar in a corner costs a band of width or a band of height), every
 * combination, narrowed by `margin`. Rectangles outside the canvas are ignored.
 */
export function freeAreas(
  size: { width: number; height: number },
  covered: readonly Rect[],
  margin: number,
): Rect[] {
  const inside = covered.filter(
    (r) => r.right > 0 && r.bottom > 0 && r.left < size.width && r.top < size.height,
  );
  const areas: Rect[] = [];
  for (let choice = 0; choice < 2 ** inside.length; choice++) {
    const area = { left: 0, top: 0, right: size.width, bottom: size.height };
    inside.forEach((r, i) => {
      if ((choice >> i) & 1) {
        if ((r.top + r.bottom) / 2 < size.height / 2) area.top = Math.max(area.top, r.bottom);
        else area.bottom = Math.min(area.bottom, r.top);
      } else if ((r.left + r.right) / 2 < size.width / 2) area.left = Math.max(area.left, r.right);
      else area.right = Math.min(area.right, r.left);
    });
    const narrowed = {
      left: area.left + margin,
      top: area.top + margin,
      right: area.right - margin,
      bottom: area.bottom - margin,
    };
    if (narrowed.right > narrowed.left && narrowed.bottom > narrowed.top) areas.push(narrowed);
  }
  return areas;
}

/** One axis of the items: positions, and reaches towards lower and higher values. */
interface Axis {
  at: number[];
  low: number[];
  high: number[];
}

const axis = (items: readonly FitItem[], horizontal: boolean): Axis => ({
  at: items.map((i) => (horizontal ? i.x : i.y)),
  low: items.map((i) => (horizontal ? i.left : i.up)),
  high: items.map((i) => (horizontal ? i.right : i.down)),
});

/** Where `scale * at + offset` may start and end so that every item stays within [from, to]. */
function offsetRange(a: Axis, scale: number, from: number, to: number): [number, number] {
  let lowest = -Infinity;
  let highest = Infinity;
  for (let i = 0; i < a.at.length; i++) {
    const p = scale * a.at[i]!;
    lowest = Math.max(lowest, from + a.low[i]! - p);
    highest = Math.min(highest, to - a.high[i]! - p);
  }
  return [lowest, highest];
}

/**
 * The largest scale up to `max` at which the items fit [from, to] on this axis. The room left,
 * as a function of the scale, is concave (a minimum of lines minus a maximum of lines), so the
 * scales that fit form one interval from 0: bisection finds its end.
 */
function largestScale(a: Axis, from: number, to: number, max: number): number {
  const fits = (scale: number): boolean => {
    const [lowest, highest] = offsetRange(a, scale, from, to);
    return lowest <= highest;
  };
  if (fits(max)) return max;
  if (!fits(0)) return 0;
  let [lo, hi] = [0, max];
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * Items that can decide the fit on an axis: an item further out on a side than another and
 * reaching at least as far beyond it always binds first, so only the others are kept (a label, a
 * larger node). Keeps the bisection cheap for large graphs.
 */
function frontier(a: Axis): Axis {
  const keep = new Set<number>();
  const order = a.at.map((_v, i) => i).sort((i, j) => a.at[i]! - a.at[j]!);
  let reach = -Infinity;
  for (const i of order) {
    if (a.low[i]! > reach) keep.add(i);
    reach = Math.max(reach, a.low[i]!);
  }
  reach = -Infinity;
  for (const i of order.reverse()) {
    if (a.high[i]! > reach) keep.add(i);
    reach = Math.max(reach, a.high[i]!);
  }
  const kept = [...keep];
  return {
    at: kept.map((i) => a.at[i]!),
    low: kept.map((i) => a.low[i]!),
    high: kept.map((i) => a.high[i]!),
  };
}

/**
 * Where the items go on an axis at `scale`: as near the middle of the whole canvas (0 to `length`)
 * as the free area [from, to] allows.
 */
function centredOffset(a: Axis, scale: number, from: number, to: number, length: number): number {
  const [lowest, highest] = offsetRange(a, scale, from, to);
  if (lowest > highest) return (from + to) / 2;
  const [first, last] = offsetRange(a, scale, 0, length);
  return Math.min(highest, Math.max(lowest, (first + last) / 2));
}

/**
 * A free area off the middle of the canvas is preferred only when it shows the items this much
 * larger than the most central one does: a picture slightly smaller but centred reads better than
 * one pushed against a side.
 */
export const CENTRED_PREFERENCE = 1.25;

/**
 * The view that shows every item as large as it can (up to `maxScale`) inside a free area, as
 * near the middle of the canvas as that area allows; null when there is no item or no free area. The area is the one that allows the
 * largest scale, unless one nearer the middle allows nearly as large a one (CENTRED_PREFERENCE).
 */
export function fitView(
  items: readonly FitItem[],
  size: { width: number; height: number },
  covered: readonly Rect[],
  options: FitOptions,
): FitView | null {
  if (items.length === 0) return null;
  const [xs, ys] = [frontier(axis(items, true)), frontier(axis(items, false))];
  const candidates = freeAreas(size, covered, options.margin)
    .map((area) => ({
      area,
      scale: Math.min(
        largestScale(xs, area.left, area.right, options.maxScale),
        largestScale(ys, area.top, area.bottom, options.maxScale),
      ),
      offCentre: Math.hypot(
        (area.left + area.right - size.width) / 2,
        (area.top + area.bottom - size.height) / 2,
      ),
    }))
    .filter((c) => c.scale > 0);
  if (candidates.length === 0) return null;
  const largest = Math.max(...candidates.map((c) => c.scale));
  const { scale, area } = candidates
    .filter((c) => c.scale * CENTRED_PREFERENCE >= largest)
    .sort((a, b) => a.offCentre - b.offCentre || b.scale - a.scale)[0]!;
  return {
    scale,
    offset: {
      x: centredOffset(xs, scale, area.left, area.right, size.width),
      y: centredOffset(ys, scale, area.top, area.bottom, size.height),
    },
  };
}

/**
 * The view that puts `centre` in the middle of the free area that allows the largest scale, as
 * large as `others` allow (each within that area), between `minScale` and `maxScale`.
 */
export function focusView(
  centre: FitItem,
  others: readonly FitItem[],
  size: { width: number; height: number },
  covered: readonly Rect[],
  options: FitOptions & { minScale: number },
): FitView | null {
  let best: { scale: number; area: Rect } | null = null;
  for (const area of freeAreas(size, covered, options.margin)) {
    const [cx, cy] = [(area.left + area.right) / 2, (area.top + area.bottom) / 2];
    let scale = options.maxScale;
    // An item d pixels from the centre at scale 1 is s·d away at scale s: it must stay inside.
    const limit = (distance: number, reach: number, room: number): void => {
      if (distance > 0) scale = Math.min(scale, Math.max(0, room - reach) / distance);
    };
    for (const o of [centre, ...others]) {
      limit(o.x - centre.x, o.right, area.right - cx);
      limit(centre.x - o.x, o.left, cx - area.left);
      limit(o.y - centre.y, o.down, area.bottom - cy);
      limit(centre.y - o.y, o.up, cy - area.top);
    }
    scale = Math.max(options.minScale, scale);
    if (best === null || scale > best.scale) best = { scale, area };
  }
  if (best === null) return null;
  const { scale, area } = best;
  return {
    scale,
    offset: {
      x: (area.left + area.right) / 2 - scale * centre.x,
      y: (area.top + area.bottom) / 2 - scale * centre.y,
    },
  };
}
