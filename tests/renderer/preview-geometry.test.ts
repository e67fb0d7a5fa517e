import { describe, expect, test } from 'vitest';
import {
  affineOf,
  boxDimensions,
  extentOf,
  framedPoint,
  nodeAt,
  projectNodes,
} from '../../src/renderer/preview-geometry';

describe('affineOf()', () => {
  test('recovers a scale, a flip and a shift from three projections', () => {
    const project = ({ x, y }: { x: number; y: number }) => ({ x: 2 * x + 10, y: -3 * y + 5 });
    const map = affineOf(project);
    expect(map).toEqual({ a: 2, b: 0, c: 0, d: -3, e: 10, f: 5 });
    const nodes = projectNodes(
      ['n'],
      () => ({ x: 4, y: -1 }),
      () => 1,
      map,
      1,
    );
    expect([nodes.x[0], nodes.y[0]]).toEqual([
      project({ x: 4, y: -1 }).x,
      project({ x: 4, y: -1 }).y,
    ]);
  });

  test('recovers a rotation', () => {
    const map = affineOf(({ x, y }) => ({ x: 5 - y, y: x }));
    expect(map).toEqual({ a: 0, b: 1, c: -1, d: 0, e: 5, f: 0 });
  });
});

describe('projectNodes()', () => {
  test('scales radii and leaves nodes without a position out (NaN)', () => {
    const map = { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 };
    const positions = [
      { x: 1, y: 2 },
      { x: Number.NaN, y: 0 },
    ];
    const nodes = projectNodes(
      ['a', 'b'],
      (i) => positions[i]!,
      (i) => i + 2,
      map,
      1.5,
    );
    expect([...nodes.x]).toEqual([1, Number.NaN]);
    expect([...nodes.r]).toEqual([3, 4.5]);
  });
});

describe('nodeAt()', () => {
  const map = { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 };
  const at = [
    { x: 0, y: 0, r: 10 },
    { x: 15, y: 0, r: 10 },
    { x: 100, y: 100, r: 0.5 },
    { x: Number.NaN, y: Number.NaN, r: 50 },
  ];
  const nodes = projectNodes(
    ['a', 'b', 'c', 'd'],
    (i) => at[i]!,
    (i) => at[i]!.r,
    map,
    1,
  );

  test('picks the nearest centre among the discs under the point', () => {
    expect(nodeAt(nodes, 2, 0)).toBe(0);
    expect(nodeAt(nodes, 9, 0)).toBe(1);
  });

  test('a tiny node is hit within the slack, and nothing far away is', () => {
    expect(nodeAt(nodes, 102, 101)).toBe(2);
    expect(nodeAt(nodes, 102, 101, 0)).toBe(-1);
    expect(nodeAt(nodes, 50, 50)).toBe(-1);
  });

  test('a node without a position is never hit', () => {
    expect(nodeAt(nodes, 200, 200)).toBe(-1);
  });
});

describe('extentOf()', () => {
  test('spans the finite positions only', () => {
    expect(
      extentOf([
        { x: 1, y: -2 },
        { x: -3, y: 4 },
        { x: Number.POSITIVE_INFINITY, y: 0 },
      ]),
    ).toEqual({ x: [-3, 1], y: [-2, 4] });
  });

  test('is null without any position', () => {
    expect(extentOf([{ x: Number.NaN, y: 1 }])).toBeNull();
  });
});

describe('framedPoint() and boxDimensions(): sigma framing a box', () => {
  const box = { x: [-10, 30] as [number, number], y: [0, 20] as [number, number] };

  test('the longer side spans 0..1 around 0.5', () => {
    expect(framedPoint(box, { x: -10, y: 10 })).toEqual({ x: 0, y: 0.5 });
    expect(framedPoint(box, { x: 30, y: 0 })).toEqual({ x: 1, y: 0.25 });
    expect(boxDimensions(box)).toEqual({ width: 40, height: 20 });
  });

  test('a box of one point frames it at the centre, with unit dimensions', () => {
    const point = { x: [5, 5] as [number, number], y: [7, 7] as [number, number] };
    expect(framedPoint(point, { x: 5, y: 7 })).toEqual({ x: 0.5, y: 0.5 });
    expect(boxDimensions(point)).toEqual({ width: 1, height: 1 });
  });
});
