// Equal bands for the timeline's bins, as d3-scale's scaleBand() lays them out (align 0.5, no
// rounding). scaleBand brings d3-scale's ordinal machinery (about 2 KB gzipped) into the library
// file for one arithmetic formula.

/** What d3-axis and the timeline call on a band scale. */
export interface BandScale {
  (key: string): number | undefined;
  domain(): string[];
  range(): [number, number];
  bandwidth(): number;
  step(): number;
  /** d3-axis asks whether positions are rounded: they are not. */
  round(): boolean;
  copy(): BandScale;
}

/**
 * Bands for `keys` across `range`: `paddingInner` of a step between bands, `paddingOuter` of a step
 * before the first and after the last (both fractions of a step, as in d3).
 */
export function bandScale(
  keys: readonly string[],
  range: [number, number],
  paddingInner: number,
  paddingOuter: number,
): BandScale {
  const [r0, r1] = range;
  const n = keys.length;
  const [low, high] = r1 < r0 ? [r1, r0] : [r0, r1];
  const step = (high - low) / Math.max(1, n - paddingInner + paddingOuter * 2);
  const start = low + (high - low - step * (n - paddingInner)) / 2;
  const index = new Map(keys.map((key, i) => [key, r1 < r0 ? n - 1 - i : i]));
  const scale = ((key: string) => {
    const i = index.get(key);
    return i === undefined ? undefined : start + step * i;
  }) as BandScale;
  scale.domain = () => [...keys];
  scale.range = () => [r0, r1];
  scale.bandwidth = () => step * (1 - paddingInner);
  scale.step = () => step;
  scale.round = () => false;
  scale.copy = () => bandScale(keys, range, paddingInner, paddingOuter);
  return scale;
}
