import { describe, expect, it } from 'vitest';
import { binName, sameColourRuns, tickKeys } from '../../src/charts/timeline';
import { timeBins } from '../../src/state/selectors';
import type { Paper } from '../../src/profile/types';

const paper = (date: string): Paper => ({
  id: date,
  title: date,
  date,
  categories: ['LG'],
  category: 'LG',
  hasCode: false,
  authors: [],
  truncated: false,
  abstract: '',
  line: 1,
});

describe('tickKeys()', () => {
  const decades = timeBins([paper('1987-05-02'), paper('2024-02-29')], 'year').bins;
  const months = timeBins([paper('2023-11-05'), paper('2025-02-01')], 'month').bins;
  const cases: Array<{
    name: string;
    bins: typeof decades;
    unit: 'year' | 'month';
    width: number;
    expected: string[];
  }> = [
    {
      name: 'labels every year when they fit',
      bins: timeBins([paper('2022-10-28'), paper('2024-11-22')], 'year').bins,
      unit: 'year',
      width: 300,
      expected: ['2022', '2023', '2024'],
    },
    {
      name: 'labels round years of a long record in a narrow chart',
      bins: decades,
      unit: 'year',
      width: 300,
      expected: ['1990', '2000', '2010', '2020'],
    },
    {
      name: 'labels every fifth year when there is room for eight labels',
      bins: decades,
      unit: 'year',
      width: 42 * 8,
      expected: ['1990', '1995', '2000', '2005', '2010', '2015', '2020'],
    },
    {
      name: 'labels quarters of months in a narrow chart',
      bins: months,
      unit: 'month',
      width: 300,
      expected: ['2024-01', '2024-04', '2024-07', '2024-10', '2025-01'],
    },
    {
      name: 'labels one bin when it is alone',
      bins: timeBins([paper('2024-02-01')], 'month').bins,
      unit: 'month',
      width: 100,
      expected: ['2024-02'],
    },
  ];
  for (const { name, bins, unit, width, expected } of cases) {
    it(name, () => expect(tickKeys(bins, unit, width)).toEqual(expected));
  }
});

describe('binName()', () => {
  it('names a year by its number and a month in words, in UTC', () => {
    expect(binName({ key: '2024' }, 'year')).toBe('2024');
    expect(binName({ key: '2024-03' }, 'month')).toBe('March 2024');
    expect(binName({ key: '2023-12' }, 'month')).toBe('December 2023');
  });
});

describe('sameColourRuns()', () => {
  const stack = (code: string, ids: string[]) => ({ code, count: ids.length, paperIds: ids });
  const colour = (code: string): string => ({ CL: 'blue', LG: 'orange' })[code] ?? 'grey';

  it('joins adjacent stacks of one colour and keeps the others as they are', () => {
    const stacks = [
      stack('CL', ['1', '2']),
      stack('LG', ['3']),
      stack('q-bio', ['4']),
      stack('astro-ph', ['5', '6']),
      stack('', ['7']),
    ];
    expect(sameColourRuns(stacks, colour)).toEqual([
      stack('CL', ['1', '2']),
      stack('LG', ['3']),
      stack('q-bio astro-ph ', ['4', '5', '6', '7']),
    ]);
    expect(stacks[2]!.paperIds).toEqual(['4']); // the input is left alone
  });

  it('keeps stacks of one colour apart when another lies between them', () => {
    const stacks = [stack('x', ['1']), stack('CL', ['2']), stack('y', ['3'])];
    expect(sameColourRuns(stacks, colour)).toEqual(stacks);
  });
});
