import { describe, expect, it } from 'vitest';
import { barLabel, barParts, keyTarget, papersLabel } from '../../src/charts/bar-parts';

describe('barParts()', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];
  const cases: Array<{
    name: string;
    active: string[] | null;
    marked: string[];
    expected: ReturnType<typeof barParts>;
  }> = [
    {
      name: 'counts every paper as active with no filter and nothing marked',
      active: null,
      marked: [],
      expected: { count: 5, active: 5, marked: 0, outlines: [] },
    },
    {
      name: 'outlines the marked papers at the base of the active part',
      active: null,
      marked: ['b', 'd', 'x'],
      expected: { count: 5, active: 5, marked: 2, outlines: [[0, 2]] },
    },
    {
      name: 'outlines marked papers that are filtered out above the active part',
      active: ['a', 'b', 'c'],
      marked: ['a', 'e'],
      expected: {
        count: 5,
        active: 3,
        marked: 2,
        outlines: [
          [0, 1],
          [3, 4],
        ],
      },
    },
    {
      name: 'gives no active paper when the filters leave none',
      active: [],
      marked: [],
      expected: { count: 5, active: 0, marked: 0, outlines: [] },
    },
  ];
  for (const { name, active, marked, expected } of cases) {
    it(name, () =>
      expect(barParts(ids, active ? new Set(active) : null, new Set(marked))).toEqual(expected),
    );
  }
});

describe('barLabel()', () => {
  it('names a bar by what it counts: `2024: 5 papers`', () => {
    expect(barLabel('2024', barParts(['a', 'b', 'c', 'd', 'e'], null, new Set()))).toBe(
      '2024: 5 papers',
    );
  });
  it('says how many papers the filters leave and the selection marks', () => {
    const parts = barParts(['a', 'b', 'c'], new Set(['a']), new Set(['a', 'b']));
    expect(barLabel('CL', parts)).toBe('CL: 3 papers, 1 shown, 2 selected');
  });
  it('uses the singular for one paper', () => {
    expect(papersLabel(1)).toBe('1 paper');
    expect(papersLabel(0)).toBe('0 papers');
  });
});

describe('keyTarget()', () => {
  const cases: Array<[string, number, number | null]> = [
    ['ArrowRight', 1, 2],
    ['ArrowDown', 3, 3],
    ['ArrowLeft', 0, 0],
    ['ArrowUp', 2, 1],
    ['Home', 2, 0],
    ['End', 0, 3],
    ['Enter', 1, null],
  ];
  for (const [key, from, expected] of cases) {
    it(`moves ${key} from ${from} to ${expected} among 4 bars`, () =>
      expect(keyTarget(key, from, 4)).toBe(expected));
  }
});
