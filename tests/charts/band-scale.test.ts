import { scaleBand } from 'd3-scale';
import { describe, expect, test } from 'vitest';
import { bandScale } from '../../src/charts/band-scale';

describe('bandScale()', () => {
  test.each([
    {
      keys: ['2019', '2020', '2021'],
      range: [0, 300] as [number, number],
      inner: 0.24,
      outer: 0.12,
    },
    { keys: ['a'], range: [0, 90] as [number, number], inner: 0.5, outer: 0.25 },
    {
      keys: Array.from({ length: 60 }, (_, i) => `m${i}`),
      range: [0, 517] as [number, number],
      inner: 0.1,
      outer: 0.05,
    },
    { keys: ['x', 'y'], range: [200, 0] as [number, number], inner: 0.2, outer: 0.1 },
  ])(
    'places $keys.length bands over $range as d3 scaleBand does',
    ({ keys, range, inner, outer }) => {
      const ours = bandScale(keys, range, inner, outer);
      const d3 = scaleBand<string>()
        .domain(keys)
        .range(range)
        .paddingInner(inner)
        .paddingOuter(outer);
      for (const key of keys) expect(ours(key)).toBeCloseTo(d3(key)!, 9);
      expect(ours.bandwidth()).toBeCloseTo(d3.bandwidth(), 9);
      expect(ours.step()).toBeCloseTo(d3.step(), 9);
      expect(ours('missing')).toBeUndefined();
      expect(ours.copy()(keys[0]!)).toBe(ours(keys[0]!));
      expect([ours.domain(), ours.range(), ours.round()]).toEqual([keys, range, false]);
    },
  );

  test('no keys: nothing is placed', () => {
    expect(bandScale([], [0, 100], 0.1, 0.05)('a')).toBeUndefined();
  });
});
