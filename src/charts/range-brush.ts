// A horizontal brush over a chart's plot, with Pointer Events and d3-selection only: drag to pick a range, click to pick a point.
import { pointer, select } from 'd3-selection';
import { layer } from './layer';

/** A horizontal pixel range [left, right] in the brush's coordinates. */
export type PixelRange = readonly [number, number];

/** What a drag does: draw a new range, move the shown one, or move one of its edges. */
export type BrushMode = 'new' | 'move' | 'w' | 'e';

export interface RangeBrushOptions {
  width: number;
  height: number;
  /** The range to show (null: none); a drag under way keeps showing its own. */
  selection: PixelRange | null;
  /** A drag ended: the range it made, clamped to [0, width]. */
  onBrush?: (selection: [number, number]) => void;
  /** A press that moved less than CLICK_DISTANCE pixels was released at `x`. */
  onClick?: (x: number) => void;
}

/** Pixels a press must travel to count as a drag rather than a click (touch jitters). */
export const CLICK_DISTANCE = 3;
/** Width of the grips on the edges of the shown range. */
const HANDLE_WIDTH = 6;

const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, v));

/**
 * Slots [first, last] that a pixel range picks among `count` slots of `step` pixels: the slots
 * whose centre is inside; a range too narrow to hold a centre picks the slot under its middle.
 */
export function snapToSlots(selection: PixelRange, step: number, count: number): [number, number] {
  if (!(step > 0) || count < 1) {
    throw new RangeError(`range-brush: no slots to snap to (${count} of ${step} px)`);
  }
  const [a, b] = selection[0] <= selection[1] ? selection : [selection[1], selection[0]];
  let first = Math.ceil(a / step - 0.5);
  let last = Math.floor(b / step - 0.5);
  if (last < first) {
    first = Math.floor((a + b) / 2 / step);
    last = first;
  }
  return [clamp(first, 0, count - 1), clamp(last, 0, count - 1)];
}

/**
 * The range a drag from `from` to `to` makes in a brush `width` pixels wide, given the range
 * shown when it started (`origin`, needed by every mode but 'new'). An edge dragged past the
 * other one swaps sides; a moved range keeps its width and stays inside.
 */
export function brushGesture(
  mode: BrushMode,
  origin: PixelRange | null,
  from: number,
  to: number,
  width: number,
): [number, number] {
  if (mode === 'new' || !origin) {
    const a = clamp(from, 0, width);
    const b = clamp(to, 0, width);
    return a <= b ? [a, b] : [b, a];
  }
  const [s0, s1] = origin;
  if (mode === 'move') {
    const dx = clamp(to - from, -s0, width - s1);
    return [s0 + dx, s1 + dx];
  }
  const moved = clamp((mode === 'w' ? s0 : s1) + to - from, 0, width);
  const fixed = mode === 'w' ? s1 : s0;
  return moved <= fixed ? [moved, fixed] : [fixed, moved];
}

interface Drag {
  pointerId: number;
  mode: BrushMode;
  origin: PixelRange | null;
  from: number;
  selection: [number, number] | null;
}

// Per brush element: the options of its latest draw, and the drag under way (so a redraw
// in the middle of a drag neither loses it nor jumps the range back).
const latest = new WeakMap<SVGGElement, RangeBrushOptions>();
const drags = new WeakMap<SVGGElement, Drag>();

function show(g: SVGGElement, selection: PixelRange | null): void {
  const root = select(g);
  const display = selection ? null : 'none';
  const [s0, s1] = selection ?? [0, 0];
  root
    .select('.selection')
    .attr('display', display)
    .attr('x', s0)
    .attr('width', s1 - s0);
  root
    .select('.handle--w')
    .attr('display', display)
    .attr('x', s0 - HANDLE_WIDTH / 2);
  root
    .select('.handle--e')
    .attr('display', display)
    .attr('x', s1 - HANDLE_WIDTH / 2);
}

function modeOf(target: EventTarget | null, origin: PixelRange | null): BrushMode {
  const classes = (target as Element | null)?.classList;
  if (!origin || !classes) return 'new';
  if (classes.contains('handle--w')) return 'w';
  if (classes.contains('handle--e')) return 'e';
  return classes.contains('selection') ? 'move' : 'new';
}

function started(this: SVGGElement, event: PointerEvent): void {
  const options = latest.get(this);
  if (!options || event.button !== 0 || event.ctrlKey || drags.has(this)) return;
  const origin = options.selection;
  drags.set(this, {
    pointerId: event.pointerId,
    mode: modeOf(event.target, origin),
    origin,
    from: pointer(event, this)[0],
    selection: null,
  });
  this.setPointerCapture(event.pointerId);
  event.preventDefault(); // no text selection, no emulated mouse events
}

/** Follows the pointer of the drag under way; returns the drag and the pointer's x, or null. */
function follow(g: SVGGElement, event: PointerEvent): [Drag, number] | null {
  const drag = drags.get(g);
  const options = latest.get(g);
  if (!drag || !options || drag.pointerId !== event.pointerId) return null;
  const x = pointer(event, g)[0];
  if (drag.selection || Math.abs(x - drag.from) >= CLICK_DISTANCE) {
    drag.selection = brushGesture(drag.mode, drag.origin, drag.from, x, options.width);
  }
  return [drag, x];
}

function moved(this: SVGGElement, event: PointerEvent): void {
  const followed = follow(this, event);
  if (followed?.[0].selection) show(this, followed[0].selection);
}

function ended(this: SVGGElement, event: PointerEvent): void {
  const followed = follow(this, event);
  if (!followed) return;
  const [drag, x] = followed;
  drags.delete(this);
  const options = latest.get(this) as RangeBrushOptions;
  // Back to the range drawn last: the callback's redraw shows what the drag snaps to.
  show(this, options.selection);
  if (drag.selection) options.onBrush?.(drag.selection);
  else options.onClick?.(x);
}

// `touch-action: none` on the brush's shapes does not keep Chromium from turning a touch drag
// into a scroll (and a pointercancel; see tests/e2e/charts.test.ts): cancelling its touchmoves does.
function touchMoved(this: SVGGElement, event: TouchEvent): void {
  if (drags.has(this) && event.cancelable) event.preventDefault();
}

function cancelled(this: SVGGElement, event: PointerEvent): void {
  const drag = drags.get(this);
  if (!drag || drag.pointerId !== event.pointerId) return;
  drags.delete(this);
  show(this, latest.get(this)?.selection ?? null);
}

/**
 * Draws (or redraws) the brush into `g`: an `.overlay` to drag on, the shown range as
 * `.selection` with a `.handle--w` and a `.handle--e` grip. The DOM mirrors d3-brush's.
 */
export function drawRangeBrush(g: SVGGElement, options: RangeBrushOptions): void {
  latest.set(g, options);
  const { width, height } = options;
  select(g)
    .attr('fill', 'none')
    .attr('pointer-events', 'all')
    .style('touch-action', 'none')
    .style('-webkit-tap-highlight-color', 'transparent')
    .on('pointerdown.brush', started)
    .on('pointermove.brush', moved)
    .on('pointerup.brush', ended)
    .on('pointercancel.brush lostpointercapture.brush', cancelled)
    .on('touchmove.brush', touchMoved, { passive: false });
  layer<SVGRectElement>(g, 'rect', 'overlay')
    .attr('x', 0)
    .attr('y', 0)
    .attr('width', width)
    .attr('height', height)
    .attr('cursor', 'crosshair')
    .style('touch-action', 'none');
  layer<SVGRectElement>(g, 'rect', 'selection')
    .attr('y', 0)
    .attr('height', height)
    .attr('cursor', 'move');
  for (const side of ['w', 'e'] as const) {
    layer<SVGRectElement>(g, 'rect', `handle--${side}`)
      .classed('handle', true)
      .attr('y', 0)
      .attr('width', HANDLE_WIDTH)
      .attr('height', height)
      .attr('cursor', 'ew-resize');
  }
  show(g, drags.get(g)?.selection ?? options.selection);
}
