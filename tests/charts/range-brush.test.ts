import { describe, expect, it } from 'vitest';
import { brushGesture, snapToSlots, type BrushMode } from '../../src/charts/range-brush';

describe('snapToSlots()', () => {
  // Four slots of 100 px: centres at 50, 150, 250, 350.
  const cases: Array<{ name: string; selection: [number, number]; expected: [number, number] }> = [
    {
      name: 'keeps the slots whose centre is inside',
      selection: [40, 260],
      expected: [0, 2],
    },
    {
      name: 'leaves out a slot whose centre is just outside',
      selection: [51, 249],
      expected: [1, 1],
    },
    {
      name: 'counts a centre on the edge as inside',
      selection: [150, 250],
      expected: [1, 2],
    },
    {
      name: 'keeps the slot under the middle of a brush too narrow to hold a centre',
      selection: [160, 220],
      expected: [1, 1],
    },
    {
      name: 'keeps the slot under a brush of no width',
      selection: [330, 330],
      expected: [3, 3],
    },
    {
      name: 'keeps the first slot for a brush from the left edge that holds no centre',
      selection: [0, 20],
      expected: [0, 0],
    },
    {
      name: 'keeps every slot for a brush over the whole width',
      selection: [0, 400],
      expected: [0, 3],
    },
    {
      name: 'keeps the last slot for a point on the right edge',
      selection: [400, 400],
      expected: [3, 3],
    },
    {
      name: 'clamps a range that runs past the edges',
      selection: [-80, 520],
      expected: [0, 3],
    },
    {
      name: 'reads a range given right to left',
      selection: [260, 40],
      expected: [0, 2],
    },
  ];
  for (const { name, selection, expected } of cases) {
    it(name, () => expect(snapToSlots(selection, 100, 4)).toEqual(expected));
  }

  it('throws, naming the module, when there are no slots', () => {
    expect(() => snapToSlots([0, 10], 0, 3)).toThrow(/^range-brush: no slots/);
    expect(() => snapToSlots([0, 10], 20, 0)).toThrow(RangeError);
  });
});

describe('brushGesture()', () => {
  const width = 300;
  const cases: Array<{
    name: string;
    mode: BrushMode;
    origin: [number, number] | null;
    from: number;
    to: number;
    expected: [number, number];
  }> = [
    {
      name: 'draws a new range from the press to the pointer',
      mode: 'new',
      origin: [10, 20],
      from: 40,
      to: 120,
      expected: [40, 120],
    },
    {
      name: 'draws a new range dragged to the left',
      mode: 'new',
      origin: null,
      from: 120,
      to: 40,
      expected: [40, 120],
    },
    {
      name: 'clamps a new range to the plot',
      mode: 'new',
      origin: null,
      from: 250,
      to: 420,
      expected: [250, 300],
    },
    {
      name: 'moves the shown range by the drag',
      mode: 'move',
      origin: [100, 160],
      from: 120,
      to: 150,
      expected: [130, 190],
    },
    {
      name: 'stops a moved range at the right edge, keeping its width',
      mode: 'move',
      origin: [100, 160],
      from: 120,
      to: 400,
      expected: [240, 300],
    },
    {
      name: 'stops a moved range at the left edge, keeping its width',
      mode: 'move',
      origin: [100, 160],
      from: 120,
      to: -50,
      expected: [0, 60],
    },
    {
      name: 'moves the left edge',
      mode: 'w',
      origin: [100, 160],
      from: 100,
      to: 70,
      expected: [70, 160],
    },
    {
      name: 'swaps sides when the left edge passes the right one',
      mode: 'w',
      origin: [100, 160],
      from: 100,
      to: 200,
      expected: [160, 200],
    },
    {
      name: 'moves the right edge, clamped to the plot',
      mode: 'e',
      origin: [100, 160],
      from: 160,
      to: 999,
      expected: [100, 300],
    },
    {
      name: 'draws a new range when there is no shown range to move',
      mode: 'move',
      origin: null,
      from: 30,
      to: 10,
      expected: [10, 30],
    },
  ];
  for (const { name, mode, origin, from, to, expected } of cases) {
    it(name, () => expect(brushGesture(mode, origin, from, to, width)).toEqual(expected));
  }
});
