// data/glorioso.txt written out by hand as a Profile, so graph tests do not depend on the parser.
import type { Paper, Profile } from '../../src/profile/types';

function paper(
  id: string,
  date: string,
  categories: string[],
  hasCode: boolean,
  title: string,
  authors: string[],
  truncated: boolean,
  line: number,
): Paper {
  const category = categories[0] ?? null;
  return { id, title, date, categories, category, hasCode, authors, truncated, abstract: '', line };
}

export const SAMPLE_PROFILE: Profile = {
  owner: 'Paolo Glorioso',
  primaryCategory: 'CL',
  stats: { hIndex: 25, papers: 6, citations: 285, noveltyPct: 43, aiScore: 37 },
  papers: [
    paper(
      'flatter',
      '2022-10-28',
      ['LG'],
      false,
      'Flatter, faster: scaling momentum for optimal speedup of SGD',
      ['Aditya Cowsik', 'Tankut Can', 'Paolo Glorioso'],
      false,
      12,
    ),
    paper(
      'blackmamba',
      '2024-02-01',
      ['CL'],
      true,
      'BlackMamba: Mixture of Experts for State-Space Models',
      ['Quentin Anthony', 'Yury Tokpanov', 'Paolo Glorioso'],
      true,
      19,
    ),
    paper(
      'zamba2',
      '2024-11-22',
      ['LG'],
      true,
      'The Zamba2 Suite: Technical Report',
      ['Paolo Glorioso', 'Quentin Anthony', 'Yury Tokpanov'],
      true,
      26,
    ),
    paper(
      'zyda2',
      '2024-11-09',
      ['CL'],
      true,
      'Zyda-2: a 5 Trillion Token High-Quality Dataset',
      ['Yury Tokpanov', 'Paolo Glorioso', 'Quentin Anthony'],
      true,
      33,
    ),
    paper(
      'deeper-layers',
      '2024-03-26',
      ['CL'],
      false,
      'The Unreasonable Ineffectiveness of the Deeper Layers',
      ['Andrey Gromov', 'Kushal Tirumala', 'Hassan Shapourian'],
      true,
      40,
    ),
    paper(
      'zyda',
      '2024-06-04',
      ['CL'],
      true,
      'Zyda: A 1.3T Dataset for Open Language Modeling',
      ['Yury Tokpanov', 'Beren Millidge', 'Paolo Glorioso'],
      true,
      47,
    ),
  ],
  warnings: [],
};
