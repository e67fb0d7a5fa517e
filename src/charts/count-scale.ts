// A linear scale for paper counts (0..max), with d3-array's nice() and ticks(). d3-scale's
// scaleLinear would do the same but brings d3-interpolate, d3-color and d3-format into the library
// file (about 8 KB gzipped) for interpolating colours and formatting numbers the charts never use.
import { nice, ticks } from 'd3-array';

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
  const top = options.nice && max > 0 ? (nice(0, max, 10)[1] as number) : max;
  const [r0, r1] = range;
  const scale = ((count: number): number =>
    top === 0 ? r0 : r0 + (count / top) * (r1 - r0)) as CountScale;
  scale.domain = () => [0, top];
  scale.range = () => [r0, r1];
  scale.copy = () => countScale(top, [r0, r1]);
  scale.ticks = (count = 10) => ticks(0, top, count);
  return scale;
}
