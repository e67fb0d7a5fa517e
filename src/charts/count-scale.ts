// A linear scale for paper counts (0..max), with d3's nice() and ticks() arithmetic. d3-scale's
// scaleLinear would do the same but brings d3-interpolate, d3-color and d3-format into the library
// file (about 8 KB gzipped) for interpolating colours and formatting numbers the charts never use;
// d3-array's bundle keeps bisectors it runs at load time.

/** d3-array's tickSpec(): the integer range and increment of round ticks in [start, stop]. */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor =
    error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.SQRT2 ? 2 : 1;
  let i1: number;
  let i2: number;
  let inc: number;
  if (power < 0) {
    inc = 10 ** -power / factor;
    [i1, i2] = [Math.round(start * inc), Math.round(stop * inc)];
    if (i1 / inc < start) ++i1;
    if (i2 / inc > stop) --i2;
    inc = -inc;
  } else {
    inc = 10 ** power * factor;
    [i1, i2] = [Math.round(start / inc), Math.round(stop / inc)];
    if (i1 * inc < start) ++i1;
    if (i2 * inc > stop) --i2;
  }
  if (i2 < i1 && count >= 0.5 && count < 2) return tickSpec(start, stop, count * 2);
  return [i1, i2, inc];
}

/** d3-array's ticks() for start ≤ stop. */
export function ticks(start: number, stop: number, count: number): number[] {
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const [i1, i2, inc] = tickSpec(start, stop, count);
  if (!(i2 >= i1)) return [];
  return Array.from({ length: i2 - i1 + 1 }, (_, i) =>
    inc < 0 ? (i1 + i) / -inc : (i1 + i) * inc,
  );
}

/** d3-array's nice() for 0 ≤ start ≤ stop: the domain widened to round ends. */
export function nice(start: number, stop: number, count: number): [number, number] {
  let previous: number | undefined;
  for (;;) {
    const step = tickSpec(start, stop, count)[2];
    if (step === previous || step === 0 || !Number.isFinite(step)) return [start, stop];
    if (step > 0) {
      const [i, j] = [Math.ceil(start / step), Math.floor(stop / step)];
      start = (i * step > start ? i - 1 : i) * step;
      stop = (j * step < stop ? j + 1 : j) * step;
    } else {
      const s = -step;
      const [i, j] = [Math.ceil(start * s), Math.floor(stop * s)];
      start = (i / s > start ? i - 1 : i) / s;
      stop = (j / s < stop ? j + 1 : j) / s;
    }
    previous = step;
  }
}

/** What d3-axis and the charts call on a scale: a function with domain, range, copy and ticks. */
export interface CountScale {
  (count: number): number;
  domain(): [number, number];
  range(): [number, number];
  copy(): CountScale;
  /** About `count` round values across the domain, as d3's linear scale gives them. */
  ticks(count?: number): number[];
}

export interface CountScaleOptions {
  /** Extend the top of the domain to a round value, as d3's `scale.nice()` (10 ticks) does. */
  nice?: boolean;
}

/**
 * Maps 0..`max` linearly onto `range` (a reversed range, e.g. `[height, 0]`, works). A `max` of 0
 * maps everything to the range's start.
 */
export function countScale(
  max: number,
  range: [number, number],
  options: CountScaleOptions = {},
): CountScale {
  const top = options.nice && max > 0 ? nice(0, max, 10)[1] : max;
  const [r0, r1] = range;
  const scale = ((count: number): number =>
    top === 0 ? r0 : r0 + (count / top) * (r1 - r0)) as CountScale;
  scale.domain = () => [0, top];
  scale.range = () => [r0, r1];
  scale.copy = () => countScale(top, [r0, r1]);
  scale.ticks = (count = 10) => ticks(0, top, count);
  return scale;
}
