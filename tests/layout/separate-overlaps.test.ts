import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { countLayoutOverlaps, removeOverlaps } from '../../src/layout/remove-overlaps';
import { countOverlaps, separateOverlaps } from '../../src/layout/separate-overlaps';
import { createRandom } from '../../src/layout/random';

function discs(list: Array<[x: number, y: number, r: number]>) {
  return {
    xs: Float64Array.from(list, (d) => d[0]),
    ys: Float64Array.from(list, (d) => d[1]),
    rs: Float64Array.from(list, (d) => d[2]),
  };
}

describe('separateOverlaps()', () => {
  const cases = [
    {
      name: 'two discs on one spot',
      input: discs([
        [0, 0, 3],
        [0, 0, 3],
      ]),
    },
    {
      name: 'a disc held between two others',
      input: discs([
        [-4, 0, 3],
        [0, 0, 3],
        [4, 0, 3],
      ]),
    },
    {
      name: 'forty discs on a small patch',
      input: discs(Array.from({ length: 40 }, (_, i) => [i % 7, Math.floor(i / 7), 2 + (i % 3)])),
    },
  ];
  for (const { name, input } of cases) {
    it(`pulls apart ${name}`, () => {
      expect(countOverlaps(input, 1)).toBeGreaterThan(0);
      expect(separateOverlaps(input, 1, 200, createRandom(1))).toBe(0);
      expect(countOverlaps(input, 1)).toBe(0);
    });
  }

  it('moves both discs of a pair by half the overlap, along the line between them', () => {
    const pair = discs([
      [0, 0, 3],
      [4, 0, 3],
    ]);
    expect(separateOverlaps(pair, 1, 10, createRandom(1))).toBe(0);
    expect([...pair.ys]).toEqual([0, 0]);
    expect(pair.xs[0]).toBeCloseTo(-2, 4);
    expect(pair.xs[1]).toBeCloseTo(6, 4);
    expect((pair.xs[1] as number) - (pair.xs[0] as number)).toBeGreaterThanOrEqual(8);
  });

  it('leaves discs that do not overlap where they are', () => {
    const apart = discs([
      [0, 0, 3],
      [8, 0, 3],
    ]);
    expect(separateOverlaps(apart, 1, 10, createRandom(1))).toBe(0);
    expect([...apart.xs]).toEqual([0, 8]);
  });
});

describe('removeOverlaps()', () => {
  function stacked() {
    const work = new Graph();
    for (let i = 0; i < 6; i++) work.addNode(`n${i}`, { x: 0, y: 0, size: 3 + (i % 2) });
    return work;
  }

  it('separates nodes stacked on one spot the same way every time (no Math.random)', () => {
    const [first, second] = [stacked(), stacked()];
    expect(removeOverlaps(first, 5)).toBe(0);
    expect(removeOverlaps(second, 5)).toBe(0);
    expect(first.export()).toEqual(second.export());
    expect(countLayoutOverlaps(first)).toBe(0);
  });
});

describe('countOverlaps() and separateOverlaps() with nodes of very different sizes', () => {
  it('counts a pair of large discs that share many cells once', () => {
    const small = Array.from({ length: 50 }, (_v, i): [number, number, number] => [
      1000 + 10 * i,
      0,
      1,
    ]);
    // Two discs of radius 100, 150 apart: they overlap, and both span many small-node cells.
    expect(countOverlaps(discs([[0, 0, 100], [150, 0, 100], ...small]), 0)).toBe(1);
  });

  it('frees small discs scattered over a large one', () => {
    const random = createRandom(3);
    const list: Array<[number, number, number]> = [[0, 0, 200]];
    for (let i = 0; i < 2000; i++) list.push([(random() - 0.5) * 600, (random() - 0.5) * 600, 2]);
    const input = discs(list);
    expect(countOverlaps(input, 1)).toBeGreaterThan(500);
    expect(separateOverlaps(input, 1, 200, createRandom(4))).toBe(0);
    expect(countOverlaps(input, 1)).toBe(0);
  });
});
