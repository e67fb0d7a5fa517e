import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../src/profile/parse-profile';
import { buildGraph } from '../../src/graph/build-graph';
import type { Paper } from '../../src/profile/types';
import { DEFAULT_FILTERS, type Filters, type TimeBin } from '../../src/state/store';
import {
  activeNodeKeys,
  activePaperIds,
  binsInRange,
  binsRange,
  categoryCounts,
  markedPaperIds,
  timeBins,
} from '../../src/state/selectors';

const sample = parseProfile(readFileSync('data/glorioso.txt', 'utf8'), { source: 'glorioso.txt' });
const graph = buildGraph(sample);

/** Paper id of the sample paper whose title starts with `title`. */
function id(title: string): string {
  const paper = sample.papers.find((p) => p.title.startsWith(title));
  if (!paper) throw new Error(`no sample paper "${title}"`);
  return paper.id;
}

const FLATTER = id('Flatter');
const BLACKMAMBA = id('BlackMamba');
const ZAMBA2 = id('The Zamba2');
const ZYDA2 = id('Zyda-2');
const DEEPER = id('The Unreasonable');
const ZYDA = id('Zyda:');

let serial = 0;
/** A paper with only what the selectors read. */
function paper(date: string, category: string | null = 'LG', hasCode = false): Paper {
  serial += 1;
  return {
    id: `f${serial}`,
    title: `Paper ${serial}`,
    date,
    categories: category ? [category] : [],
    category,
    hasCode,
    authors: ['A. Author'],
    truncated: false,
    abstract: '',
    line: serial,
  };
}

const MONTHS = [
  paper('2023-11-05'),
  paper('2024-01-15', 'CL'),
  paper('2024-01-31'),
  paper('2024-04-01'),
];
const DECADES = [
  paper('1987-05-02'),
  paper('1999-12-31', 'CV'),
  paper('2010-01-01', null),
  paper('2024-02-29'),
];

const summary = (papers: readonly Paper[], bin: TimeBin) => {
  const { unit, bins } = timeBins(papers, bin);
  return { unit, keys: bins.map((b) => b.key), counts: bins.map((b) => b.count) };
};

describe('timeBins()', () => {
  const cases: Array<{
    name: string;
    papers: readonly Paper[];
    bin: TimeBin;
    expected: { unit: string; keys: string[]; counts: number[] };
  }> = [
    {
      name: 'bins the sample by year with 2023 kept as an empty gap',
      papers: sample.papers,
      bin: 'auto',
      expected: { unit: 'year', keys: ['2022', '2023', '2024'], counts: [1, 0, 5] },
    },
    {
      name: 'bins papers within 18 months by month, empty months kept',
      papers: MONTHS,
      bin: 'auto',
      expected: {
        unit: 'month',
        keys: ['2023-11', '2023-12', '2024-01', '2024-02', '2024-03', '2024-04'],
        counts: [1, 0, 2, 0, 0, 1],
      },
    },
    {
      name: 'bins the months fixture by year when asked',
      papers: MONTHS,
      bin: 'year',
      expected: { unit: 'year', keys: ['2023', '2024'], counts: [1, 3] },
    },
    {
      name: 'picks month for a span of exactly 18 months',
      papers: [paper('2023-01-01'), paper('2024-06-30')],
      bin: 'auto',
      expected: {
        unit: 'month',
        keys: [
          ...Array.from({ length: 12 }, (_, i) => `2023-${String(i + 1).padStart(2, '0')}`),
          ...Array.from({ length: 6 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`),
        ],
        counts: [1, ...Array<number>(16).fill(0), 1],
      },
    },
    {
      name: 'picks year for a span of 19 months',
      papers: [paper('2023-01-01'), paper('2024-07-01')],
      bin: 'auto',
      expected: { unit: 'year', keys: ['2023', '2024'], counts: [1, 1] },
    },
    {
      name: 'gives one month bin for one paper',
      papers: [paper('2024-02-01')],
      bin: 'auto',
      expected: { unit: 'month', keys: ['2024-02'], counts: [1] },
    },
    {
      name: 'gives no bins for no papers',
      papers: [],
      bin: 'auto',
      expected: { unit: 'year', keys: [], counts: [] },
    },
  ];
  for (const { name, papers, bin, expected } of cases) {
    it(name, () => expect(summary(papers, bin)).toEqual(expected));
  }

  it('keeps every year of a profile spanning decades, empty ones included', () => {
    const { unit, bins } = timeBins(DECADES, 'auto');
    expect(unit).toBe('year');
    expect(bins).toHaveLength(2024 - 1987 + 1);
    expect(bins[0]?.key).toBe('1987');
    expect(bins.at(-1)?.key).toBe('2024');
    const filled = bins.filter((b) => b.count > 0).map((b) => [b.key, b.count]);
    expect(filled).toEqual([
      ['1987', 1],
      ['1999', 1],
      ['2010', 1],
      ['2024', 1],
    ]);
    expect(bins.filter((b) => b.count === 0)).toHaveLength(34);
    expect(timeBins(DECADES, 'month').bins).toHaveLength((2024 - 1987) * 12 + 2 - 4);
  });

  it('stacks the 2024 bin of the sample by category, largest first, with its paper ids', () => {
    const bin2024 = timeBins(sample.papers, 'auto').bins[2];
    expect(bin2024).toEqual({
      key: '2024',
      start: '2024-01-01',
      end: '2024-12-31',
      count: 5,
      stacks: [
        { code: 'CL', count: 4, paperIds: [BLACKMAMBA, ZYDA2, DEEPER, ZYDA] },
        { code: 'LG', count: 1, paperIds: [ZAMBA2] },
      ],
      paperIds: [BLACKMAMBA, ZAMBA2, ZYDA2, DEEPER, ZYDA],
    });
  });

  it('gives month bins their first and last day in UTC, leap days included', () => {
    const bins = timeBins(MONTHS, 'auto').bins;
    expect(bins.map((b) => [b.start, b.end])).toEqual([
      ['2023-11-01', '2023-11-30'],
      ['2023-12-01', '2023-12-31'],
      ['2024-01-01', '2024-01-31'],
      ['2024-02-01', '2024-02-29'],
      ['2024-03-01', '2024-03-31'],
      ['2024-04-01', '2024-04-30'],
    ]);
    expect(bins[2]?.stacks.map((s) => [s.code, s.count])).toEqual([
      ['LG', 1],
      ['CL', 1],
    ]);
  });

  it('puts a paper dated on the last day of a year in that year', () => {
    const bins = timeBins([paper('2023-12-31'), paper('2024-01-01')], 'year').bins;
    expect(bins.map((b) => [b.key, b.count])).toEqual([
      ['2023', 1],
      ['2024', 1],
    ]);
  });

  it('throws on a date that is not ISO', () => {
    expect(() => timeBins([paper('Oct 28, 2022')], 'auto')).toThrow(
      'selectors: not an ISO date: "Oct 28, 2022"',
    );
  });
});

describe('categoryCounts()', () => {
  it('counts the sample: CL 4, LG 2, with full names and paper ids', () => {
    expect(categoryCounts(sample.papers)).toEqual([
      {
        code: 'CL',
        name: 'Computation and Language',
        count: 4,
        paperIds: [BLACKMAMBA, ZYDA2, DEEPER, ZYDA],
      },
      { code: 'LG', name: 'Machine Learning', count: 2, paperIds: [FLATTER, ZAMBA2] },
    ]);
  });

  it('sorts ties by code, keeps unknown codes as their own name and no category last', () => {
    const papers = [
      paper('2024-01-01', null),
      paper('2024-01-01', 'XX'),
      paper('2024-01-01', 'AI'),
    ];
    expect(categoryCounts(papers).map((c) => [c.code, c.name, c.count])).toEqual([
      ['AI', 'Artificial Intelligence', 1],
      ['XX', 'XX', 1],
      ['', 'No category', 1],
    ]);
  });

  it('gives nothing for no papers', () => expect(categoryCounts([])).toEqual([]));
});

describe('activePaperIds()', () => {
  const cases: Array<{ name: string; filters: Partial<Filters>; expected: string[] }> = [
    {
      name: 'keeps all papers with no filter',
      filters: {},
      expected: sample.papers.map((p) => p.id),
    },
    {
      name: 'keeps 2024 for the 2024 range',
      filters: { range: ['2024-01-01', '2024-12-31'] },
      expected: [BLACKMAMBA, ZAMBA2, ZYDA2, DEEPER, ZYDA],
    },
    {
      name: 'keeps the papers on both ends of an inclusive range',
      filters: { range: ['2024-02-01', '2024-06-04'] },
      expected: [BLACKMAMBA, DEEPER, ZYDA],
    },
    {
      name: 'keeps the 4 CL papers',
      filters: { categories: ['CL'] },
      expected: [BLACKMAMBA, ZYDA2, DEEPER, ZYDA],
    },
    {
      name: 'keeps the 4 papers with code',
      filters: { codeOnly: true },
      expected: [BLACKMAMBA, ZAMBA2, ZYDA2, ZYDA],
    },
    {
      name: 'combines time, categories and code',
      filters: { range: ['2024-01-01', '2024-12-31'], categories: ['CL'], codeOnly: true },
      expected: [BLACKMAMBA, ZYDA2, ZYDA],
    },
    {
      name: 'keeps nothing when the filters exclude each other',
      filters: { range: ['2022-01-01', '2022-12-31'], categories: ['CL'] },
      expected: [],
    },
    {
      name: 'keeps any of several categories',
      filters: { categories: ['CL', 'LG'] },
      expected: sample.papers.map((p) => p.id),
    },
  ];
  for (const { name, filters, expected } of cases) {
    it(name, () => {
      expect([...activePaperIds(sample.papers, { ...DEFAULT_FILTERS, ...filters })]).toEqual(
        expected,
      );
    });
  }

  it('filters papers with no category by the code ""', () => {
    expect([...activePaperIds(DECADES, { ...DEFAULT_FILTERS, categories: [''] })]).toEqual([
      DECADES[2]?.id,
    ]);
  });
});

describe('activeNodeKeys()', () => {
  it('keeps 2024 papers and the authors with one of them', () => {
    const keys = activeNodeKeys(graph, { ...DEFAULT_FILTERS, range: ['2024-01-01', '2024-12-31'] });
    expect([...keys].filter((k) => k.startsWith('p:')).sort()).toEqual(
      [BLACKMAMBA, ZAMBA2, ZYDA2, DEEPER, ZYDA].map((i) => `p:${i}`).sort(),
    );
    expect([...keys].filter((k) => k.startsWith('a:')).sort()).toEqual([
      'a:andrey gromov',
      'a:beren millidge',
      'a:hassan shapourian',
      'a:kushal tirumala',
      'a:paolo glorioso',
      'a:quentin anthony',
      'a:yury tokpanov',
    ]);
  });

  it('keeps the owner with a paper that names them only behind "et al."', () => {
    const keys = activeNodeKeys(graph, { ...DEFAULT_FILTERS, range: ['2024-03-01', '2024-03-31'] });
    expect([...keys].sort()).toEqual([
      'a:andrey gromov',
      'a:hassan shapourian',
      'a:kushal tirumala',
      'a:paolo glorioso',
      `p:${DEEPER}`,
    ]);
  });

  it('keeps every node with no filter and none when nothing passes', () => {
    expect(activeNodeKeys(graph, DEFAULT_FILTERS).size).toBe(graph.order);
    expect(
      activeNodeKeys(graph, { ...DEFAULT_FILTERS, range: ['2023-01-01', '2023-12-31'] }).size,
    ).toBe(0);
  });
});

describe('markedPaperIds()', () => {
  const cases: Array<{ name: string; key: string | null; expected: string[] }> = [
    {
      name: 'marks the 4 papers of Yury Tokpanov',
      key: 'a:yury tokpanov',
      expected: [BLACKMAMBA, ZAMBA2, ZYDA2, ZYDA],
    },
    {
      name: 'marks all 6 papers of the owner',
      key: 'a:paolo glorioso',
      expected: sample.papers.map((p) => p.id),
    },
    { name: 'marks a selected paper itself', key: `p:${ZYDA}`, expected: [ZYDA] },
    { name: 'marks nothing with no selection', key: null, expected: [] },
    { name: 'marks nothing for a key not in the graph', key: 'a:nobody', expected: [] },
  ];
  for (const { name, key, expected } of cases) {
    it(name, () => expect([...markedPaperIds(graph, key)].sort()).toEqual([...expected].sort()));
  }
});

describe('binsRange() and binsInRange()', () => {
  const bins = timeBins(MONTHS, 'auto').bins;
  it('spans from the first bin’s first day to the last bin’s last day, in either order', () => {
    expect(binsRange(bins, 1, 3)).toEqual(['2023-12-01', '2024-02-29']);
    expect(binsRange(bins, 3, 1)).toEqual(['2023-12-01', '2024-02-29']);
    expect(() => binsRange(bins, 0, 9)).toThrow('selectors: no bins 0..9 of 6');
  });
  it('finds the bins a range overlaps, or null', () => {
    expect(binsInRange(bins, ['2023-12-15', '2024-01-01'])).toEqual([1, 2]);
    expect(binsInRange(bins, ['2024-04-01', '2024-04-30'])).toEqual([5, 5]);
    expect(binsInRange(bins, ['2025-01-01', '2025-12-31'])).toBeNull();
  });
});
