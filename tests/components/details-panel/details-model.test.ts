import { describe, expect, test } from 'vitest';
import { nodeDetails } from '../../../src/components/details-panel/details-model';
import { paperKey, sample } from '../../fixtures/sample';

describe('nodeDetails()', () => {
  const { profile, graph } = sample();

  test('an author: papers newest first with date, category and code marker; coauthors by shared papers', () => {
    const details = nodeDetails(graph, profile, 'a:paolo glorioso');
    if (details?.kind !== 'author') throw new Error('author details expected');
    expect(details.name).toBe('Paolo Glorioso');
    expect(details.isOwner).toBe(true);
    expect(details.papers.map((p) => p.date)).toEqual([
      '2024-11-22',
      '2024-11-09',
      '2024-06-04',
      '2024-03-26',
      '2024-02-01',
      '2022-10-28',
    ]);
    expect(details.papers[0]).toMatchObject({
      title: 'The Zamba2 Suite: Technical Report',
      category: 'LG',
      categoryName: 'Machine Learning',
      hasCode: true,
    });
    expect(details.coauthors.slice(0, 2)).toEqual([
      { key: 'a:yury tokpanov', name: 'Yury Tokpanov', isOwner: false, shared: 4 },
      { key: 'a:quentin anthony', name: 'Quentin Anthony', isOwner: false, shared: 3 },
    ]);
    expect(details.coauthors).toHaveLength(8);
  });

  test('Yury Tokpanov has 4 papers, all shared with the owner', () => {
    const details = nodeDetails(graph, profile, 'a:yury tokpanov');
    if (details?.kind !== 'author') throw new Error('author details expected');
    expect(details.papers).toHaveLength(4);
    expect(details.coauthors.find((c) => c.isOwner)).toMatchObject({ shared: 4 });
  });

  test('a paper whose cut list does not show the owner says both, with authors in list order', () => {
    const details = nodeDetails(graph, profile, paperKey(graph, 'The Unreasonable'));
    if (details?.kind !== 'paper') throw new Error('paper details expected');
    expect(details.authors.map((a) => a.name)).toEqual([
      'Andrey Gromov',
      'Kushal Tirumala',
      'Hassan Shapourian',
      'Paolo Glorioso',
    ]);
    expect(details).toMatchObject({ truncated: true, ownerImplied: true, hasCode: false });
    expect(details.categories).toEqual([{ code: 'CL', name: 'Computation and Language' }]);
    expect(details.abstract).toMatch(/^How is knowledge stored/);
  });

  test('a paper with its full author list and the owner listed implies nothing', () => {
    const details = nodeDetails(graph, profile, paperKey(graph, 'Flatter, faster'));
    if (details?.kind !== 'paper') throw new Error('paper details expected');
    expect(details.authors.map((a) => a.name)).toEqual([
      'Aditya Cowsik',
      'Tankut Can',
      'Paolo Glorioso',
    ]);
    expect(details).toMatchObject({ truncated: false, ownerImplied: false, date: '2022-10-28' });
  });

  test('no details for null or an unknown key', () => {
    expect(nodeDetails(graph, profile, null)).toBeNull();
    expect(nodeDetails(graph, profile, 'a:nobody')).toBeNull();
  });
});
