// Selectors the element uses to link filters, chart hovers and `focus` to the graph, on the sample.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import { parseProfile } from '../../src/profile/parse-profile';
import {
  activeNodeKeys,
  activePaperKeys,
  findNodeKey,
  markedNodeKeys,
} from '../../src/state/selectors';
import { DEFAULT_FILTERS } from '../../src/state/store';

const profile = parseProfile(readFileSync('data/glorioso.txt', 'utf8'), { source: 'glorioso.txt' });
const graph = buildGraph(profile);
const key = (title: string): string => {
  const paper = profile.papers.find((p) => p.title.startsWith(title));
  if (!paper) throw new Error(`no sample paper "${title}"`);
  return `p:${paper.id}`;
};

describe('activePaperKeys()', () => {
  test('keeps every paper when no filter is set', () => {
    expect(activePaperKeys(graph, DEFAULT_FILTERS)).toHaveLength(6);
  });
  test('keeps the CL papers with code', () => {
    const keys = activePaperKeys(graph, { range: null, categories: ['CL'], codeOnly: true });
    expect(keys.sort()).toEqual([key('BlackMamba'), key('Zyda-2'), key('Zyda:')].sort());
  });
  test('keeps 2024 only', () => {
    const filters = {
      range: ['2024-01-01', '2024-12-31'] as [string, string],
      categories: [],
      codeOnly: false,
    };
    expect(activePaperKeys(graph, filters)).toHaveLength(5);
  });
});

describe('markedNodeKeys()', () => {
  test('null when no bar is hovered', () => {
    expect(markedNodeKeys(graph, null, null)).toBeNull();
  });
  test('a paper and its authors', () => {
    const zyda2 = key('Zyda-2');
    expect([...(markedNodeKeys(graph, [zyda2], null) ?? [])].sort()).toEqual(
      [zyda2, ...graph.neighbors(zyda2)].sort(),
    );
  });
  test('papers the filters leave out are not marked, nor their authors through them', () => {
    const kept = activeNodeKeys(graph, { range: null, categories: ['LG'], codeOnly: false });
    const marked = markedNodeKeys(graph, [key('Zyda-2'), key('Flatter')], kept);
    expect([...(marked ?? [])].sort()).toEqual(
      [key('Flatter'), 'a:aditya cowsik', 'a:tankut can', 'a:paolo glorioso'].sort(),
    );
  });
  test('keys not in the graph are skipped', () => {
    expect(markedNodeKeys(graph, ['p:nope'], null)).toEqual(new Set());
  });
});

describe('findNodeKey()', () => {
  test.each([
    { name: 'a node key', input: 'a:yury tokpanov', expected: 'a:yury tokpanov' },
    { name: 'a name', input: 'Yury Tokpanov', expected: 'a:yury tokpanov' },
    {
      name: 'a name in capitals with extra spaces',
      input: '  YURY   Tokpanov ',
      expected: 'a:yury tokpanov',
    },
    {
      name: 'a paper title',
      input: 'Zyda-2: a 5 Trillion Token High-Quality Dataset',
      expected: key('Zyda-2'),
    },
    { name: 'nobody', input: 'Ada Lovelace', expected: null },
    { name: 'blank', input: '   ', expected: null },
  ])('$name', ({ input, expected }) => {
    expect(findNodeKey(graph, input)).toBe(expected);
  });
});
