// countScale(): the linear count scale of the charts, checked against d3-scale's scaleLinear.
import { scaleLinear } from 'd3-scale';
import { describe, expect, test } from 'vitest';
import { nice as d3Nice, ticks as d3Ticks } from 'd3-array';
import { countScale, nice, ticks } from '../../src/charts/count-scale';

describe('countScale()', () => {
  test.each([1, 3, 7, 13, 48, 97, 1234])(
    'max %i: nice domain, positions and ticks as scaleLinear().nice()',
    (max) => {
      const ours = countScale(max, [200, 0], { nice: true });
      const d3 = scaleLinear().domain([0, max]).nice().range([200, 0]);
      expect(ours.domain()).toEqual(d3.domain());
      expect(ours.range()).toEqual([200, 0]);
      for (const n of [0, 1, Math.floor(max / 2), max]) expect(ours(n)).toBeCloseTo(d3(n), 9);
      for (const count of [2, 5, 10]) expect(ours.ticks(count)).toEqual(d3.ticks(count));
    },
  );

  test('without nice the domain ends at max', () => {
    const x = countScale(7, [0, 140]);
    expect(x.domain()).toEqual([0, 7]);
    expect(x(7)).toBe(140);
    expect(x(3.5)).toBe(70);
  });

  test('copy() is the same mapping, independent of the original', () => {
    const x = countScale(13, [10, 110], { nice: true });
    const copy = x.copy();
    expect(copy).not.toBe(x);
    expect(copy.domain()).toEqual(x.domain());
    expect(copy(5)).toBe(x(5));
  });

  test('a max of 0 maps every count to the start of the range', () => {
    const y = countScale(0, [90, 0], { nice: true });
    expect(y(0)).toBe(90);
    expect(y.domain()).toEqual([0, 0]);
  });
});

describe("ticks() and nice(): d3-array's arithmetic", () => {
  test.each([
    [0, 1, 10],
    [0, 7, 5],
    [0, 13, 10],
    [0, 97, 4],
    [0, 0.37, 5],
    [0, 1234, 6],
    [3, 3, 5],
    [0, 5, 0],
    [0, 88, 1],
  ])('[%d, %d] with %d ticks', (start, stop, count) => {
    expect(ticks(start, stop, count)).toEqual(d3Ticks(start, stop, count));
    expect(nice(start, stop, count)).toEqual(d3Nice(start, stop, count));
  });
});
