import { describe, expect, test } from 'vitest';
import {
  CENTRED_PREFERENCE,
  fitView,
  focusView,
  freeAreas,
  type FitItem,
  type FitView,
  type Rect,
} from '../../src/renderer/camera-fit';

const SIZE = { width: 800, height: 600 };
const dot = (x: number, y: number, r = 0): FitItem => ({
  x,
  y,
  left: r,
  right: r,
  up: r,
  down: r,
});
const rect = (left: number, top: number, right: number, bottom: number): Rect => ({
  left,
  top,
  right,
  bottom,
});
/** Where `view` draws an item's reach: its box on screen. */
const drawn = (view: FitView, i: FitItem): Rect => ({
  left: view.scale * i.x + view.offset.x - i.left,
  right: view.scale * i.x + view.offset.x + i.right,
  top: view.scale * i.y + view.offset.y - i.up,
  bottom: view.scale * i.y + view.offset.y + i.down,
});
const overlaps = (a: Rect, b: Rect): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('freeAreas()', () => {
  test('a rectangle in a corner is cut away as a band of width or of height, each combination', () => {
    const toolbar = rect(10, 10, 300, 50);
    expect(freeAreas(SIZE, [toolbar], 0)).toEqual([
      rect(300, 0, 800, 600), // beside it
      rect(0, 50, 800, 600), // below it
    ]);
    expect(freeAreas(SIZE, [toolbar, rect(10, 540, 400, 590)], 0)).toHaveLength(4);
  });

  test('keeps the margin, drops areas with no room and rectangles outside the canvas', () => {
    expect(freeAreas(SIZE, [rect(900, 0, 1000, 100)], 10)).toEqual([rect(10, 10, 790, 590)]);
    // A panel down the whole right side leaves no room above or below it.
    expect(freeAreas(SIZE, [rect(420, 0, 800, 600)], 0)).toEqual([rect(0, 0, 420, 600)]);
  });
});

describe('fitView()', () => {
  const square = [dot(0, 0), dot(100, 0), dot(0, 100), dot(100, 100)];

  test.each([
    { name: 'nothing covered', covered: [] as Rect[], scale: 6 },
    { name: 'a toolbar top left', covered: [rect(0, 0, 300, 60)], scale: 5.4 },
    { name: 'a panel on the right', covered: [rect(500, 0, 800, 600)], scale: 5 },
  ])('$name: the items at the largest scale, clear of it', ({ covered, scale }) => {
    const view = fitView(square, SIZE, covered, { margin: 0, maxScale: 100 })!;
    expect(view.scale).toBeCloseTo(scale, 6);
    for (const item of square) {
      const box = drawn(view, item);
      expect(box.left).toBeGreaterThanOrEqual(-1e-6);
      expect(box.right).toBeLessThanOrEqual(SIZE.width + 1e-6);
      for (const r of covered) expect(overlaps(box, r)).toBe(false);
    }
  });

  test('a label reaching right of its node is kept in, and the whole is centred', () => {
    const items = [dot(0, 0, 5), { ...dot(100, 0, 5), right: 205 }];
    const view = fitView(items, SIZE, [], { margin: 10, maxScale: 100 })!;
    // 780 pixels for 100 units plus 5 left and 205 right.
    expect(view.scale).toBeCloseTo(5.7, 6);
    const [first, last] = items.map((i) => drawn(view, i));
    expect(first!.left).toBeCloseTo(10, 6);
    expect(last!.right).toBeCloseTo(790, 6);
    expect(first!.top + first!.bottom).toBeCloseTo(600, 6); // vertically centred
  });

  test('never closer than maxScale; items as near the middle of the canvas as the free area allows', () => {
    const options = { margin: 0, maxScale: 1 };
    const view = fitView([dot(3, 4)], SIZE, [rect(0, 0, 200, 600)], options)!;
    expect(view.scale).toBe(1);
    expect(drawn(view, dot(3, 4))).toEqual(rect(400, 300, 400, 300));
    const pushed = fitView([dot(3, 4, 10)], SIZE, [rect(0, 0, 500, 600)], options)!;
    expect(drawn(pushed, dot(3, 4, 10))).toEqual(rect(500, 290, 520, 310));
  });

  test(`prefers the more central area unless another shows the items ${CENTRED_PREFERENCE}× larger`, () => {
    const tall = [dot(0, 0), dot(0, 100)];
    const toolbar = rect(0, 0, 200, 60);
    // Below the toolbar: 540 px of height, the area 30 px off the middle; beside it: 600, 100 px off.
    const view = fitView(tall, SIZE, [toolbar], { margin: 0, maxScale: 100 })!;
    expect(view.scale).toBeCloseTo(5.4, 6);
    const deep = rect(0, 0, 200, 130); // below it now leaves 470: 600 / 470 > 1.25
    expect(fitView(tall, SIZE, [deep], { margin: 0, maxScale: 100 })!.scale).toBeCloseTo(6, 6);
  });

  test('null without items or without room', () => {
    expect(fitView([], SIZE, [], { margin: 0, maxScale: 1 })).toBeNull();
    expect(fitView(square, SIZE, [], { margin: 400, maxScale: 1 })).toBeNull();
  });

  test('thousands of items: the same view as their extremes alone', () => {
    const many: FitItem[] = [];
    for (let i = 0; i < 5000; i++) many.push(dot((i * 37) % 100, (i * 53) % 100, 2));
    const extremes = [dot(0, 0, 2), dot(99, 99, 2), dot(0, 99, 2), dot(99, 0, 2)];
    const options = { margin: 5, maxScale: 100 };
    expect(fitView(many, SIZE, [], options)).toEqual(fitView(extremes, SIZE, [], options));
  });
});

describe('focusView()', () => {
  test('centres the node in the free area, zoomed so that its neighbours stay in it', () => {
    const panel = rect(500, 0, 800, 600);
    const view = focusView(dot(50, 50), [dot(0, 50), dot(60, 0)], SIZE, [panel], {
      margin: 0,
      minScale: 0.1,
      maxScale: 100,
    })!;
    expect(drawn(view, dot(50, 50))).toEqual(rect(250, 300, 250, 300));
    // The left neighbour, 50 units away, meets the left edge first: 250 px for 50 units.
    expect(view.scale).toBeCloseTo(5, 6);
  });

  test('between minScale and maxScale', () => {
    const options = { margin: 0, minScale: 2, maxScale: 3 };
    expect(focusView(dot(0, 0), [], SIZE, [], options)!.scale).toBe(3);
    expect(focusView(dot(0, 0), [dot(1000, 0)], SIZE, [], options)!.scale).toBe(2);
  });
});
