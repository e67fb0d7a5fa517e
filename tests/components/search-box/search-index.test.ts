import { describe, expect, test } from 'vitest';
import { createSearchIndex, searchEntries } from '../../../src/components/search-box/search-index';
import { buildGraph } from '../../../src/graph/build-graph';
import { parseProfile } from '../../../src/profile/parse-profile';
import { sample } from '../../fixtures/sample';

const ACCENTED = `Zoë Durand

LG

2 Papers

LGJan 5, 2023
Élan vital: a study

Zoë Durand, Łukasz Nowak

An abstract.

LGFeb 5, 2023
Another study

Zoë Durand, Zoe Smith
`;

describe('searchEntries()', () => {
  const index = createSearchIndex(sample().graph);
  const labels = (query: string): string[] => searchEntries(index, query).map((e) => e.label);

  test.each([
    { name: 'a surname, lower case', query: 'tokpanov', first: 'Yury Tokpanov' },
    { name: 'upper case', query: 'TOKPANOV', first: 'Yury Tokpanov' },
    { name: 'a first name prefix', query: 'yur', first: 'Yury Tokpanov' },
    {
      name: 'a title word',
      query: 'mamba',
      first: 'BlackMamba: Mixture of Experts for State-Space Models',
    },
  ])('finds $name', ({ query, first }) => {
    expect(labels(query)[0]).toBe(first);
  });

  test('ranks authors before papers on equal matches, and finds nothing for blank input', () => {
    expect(searchEntries(index, 'zyda').map((e) => e.kind)).toEqual(['paper', 'paper']);
    expect(searchEntries(index, '   ')).toEqual([]);
    expect(labels('glorioso')).toEqual(['Paolo Glorioso']);
  });

  test('folds accents both ways: Zoe finds Zoë, lukasz finds Łukasz, elan finds Élan', () => {
    const accented = createSearchIndex(buildGraph(parseProfile(ACCENTED)));
    expect(searchEntries(accented, 'Zoe').map((e) => e.label)).toEqual(['Zoë Durand', 'Zoe Smith']);
    expect(searchEntries(accented, 'zoë').map((e) => e.label)).toEqual(['Zoë Durand', 'Zoe Smith']);
    expect(searchEntries(accented, 'lukasz').map((e) => e.label)).toEqual(['Łukasz Nowak']);
    expect(searchEntries(accented, 'elan').map((e) => e.label)).toEqual(['Élan vital: a study']);
  });

  test('author hints give the paper count, paper hints the year and category', () => {
    const tokpanov = index.find((e) => e.key === 'a:yury tokpanov');
    expect(tokpanov?.hint).toBe('4 papers');
    expect(index.find((e) => e.key === 'a:paolo glorioso')?.hint).toBe('6 papers · owner');
    expect(index.find((e) => e.label.startsWith('Flatter'))?.hint).toBe('2022 · LG');
  });
});
