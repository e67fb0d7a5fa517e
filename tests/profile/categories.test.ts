// The arXiv code table, its look-ups, and how runs of glued codes are cut.
import { describe, expect, it } from 'vitest';
import {
  CATEGORY_NAMES,
  categoryName,
  isKnownCategory,
  splitCategoryCodes,
} from '../../src/profile/categories';

/** The whole cs archive, as arXiv's taxonomy page lists it. */
const CS: Record<string, string> = {
  AI: 'Artificial Intelligence',
  AR: 'Hardware Architecture',
  CC: 'Computational Complexity',
  CE: 'Computational Engineering, Finance, and Science',
  CG: 'Computational Geometry',
  CL: 'Computation and Language',
  CR: 'Cryptography and Security',
  CV: 'Computer Vision and Pattern Recognition',
  CY: 'Computers and Society',
  DB: 'Databases',
  DC: 'Distributed, Parallel, and Cluster Computing',
  DL: 'Digital Libraries',
  DM: 'Discrete Mathematics',
  DS: 'Data Structures and Algorithms',
  ET: 'Emerging Technologies',
  FL: 'Formal Languages and Automata Theory',
  GL: 'General Literature',
  GR: 'Graphics',
  GT: 'Computer Science and Game Theory',
  HC: 'Human-Computer Interaction',
  IR: 'Information Retrieval',
  IT: 'Information Theory',
  LG: 'Machine Learning',
  LO: 'Logic in Computer Science',
  MA: 'Multiagent Systems',
  MM: 'Multimedia',
  MS: 'Mathematical Software',
  NA: 'Numerical Analysis',
  NE: 'Neural and Evolutionary Computing',
  NI: 'Networking and Internet Architecture',
  OH: 'Other Computer Science',
  OS: 'Operating Systems',
  PF: 'Performance',
  PL: 'Programming Languages',
  RO: 'Robotics',
  SC: 'Symbolic Computation',
  SD: 'Sound',
  SE: 'Software Engineering',
  SI: 'Social and Information Networks',
  SY: 'Systems and Control',
};

describe('CATEGORY_NAMES', () => {
  it('holds all 40 cs codes with arXiv names', () => {
    expect(Object.keys(CS)).toHaveLength(40);
    for (const [code, name] of Object.entries(CS))
      expect([code, CATEGORY_NAMES[code]]).toEqual([code, name]);
  });

  it('names stat.ML apart from cs.LG and holds only two-letter uppercase codes', () => {
    expect(CATEGORY_NAMES.ML).toBe('Machine Learning (stat)');
    expect(Object.keys(CATEGORY_NAMES).filter((code) => !/^[A-Z]{2}$/.test(code))).toEqual([]);
    expect(Object.isFrozen(CATEGORY_NAMES)).toBe(true);
  });
});

describe('categoryName() and isKnownCategory()', () => {
  const cases = [
    { name: 'a cs code', input: 'CL', expected: { name: 'Computation and Language', known: true } },
    {
      name: 'the stat code',
      input: 'ML',
      expected: { name: 'Machine Learning (stat)', known: true },
    },
    {
      name: 'an eess code',
      input: 'AS',
      expected: { name: 'Audio and Speech Processing (eess)', known: true },
    },
    { name: 'an unknown code', input: 'XQ', expected: { name: 'XQ', known: false } },
    { name: 'a lower-case code', input: 'cl', expected: { name: 'cl', known: false } },
    { name: 'an empty code', input: '', expected: { name: '', known: false } },
    {
      name: 'a name on Object.prototype',
      input: 'constructor',
      expected: { name: 'constructor', known: false },
    },
    { name: '__proto__', input: '__proto__', expected: { name: '__proto__', known: false } },
  ];
  for (const { name, input, expected } of cases) {
    it(`categoryName() and isKnownCategory() on ${name}`, () => {
      expect({ name: categoryName(input), known: isKnownCategory(input) }).toEqual(expected);
    });
  }
});

describe('splitCategoryCodes()', () => {
  const cases = [
    { name: 'no codes', input: '', expected: [] },
    { name: 'one code', input: 'LG', expected: ['LG'] },
    { name: 'three glued codes', input: 'LGAIML', expected: ['LG', 'AI', 'ML'] },
    { name: 'an unknown code kept in its place', input: 'XQLG', expected: ['XQ', 'LG'] },
    { name: 'a stray letter at the end', input: 'LGX', expected: ['LG', 'X'] },
    { name: 'a stray letter at the start', input: 'XLG', expected: ['X', 'LG'] },
    { name: 'a stray letter between known codes', input: 'CLXAI', expected: ['CL', 'X', 'AI'] },
    { name: 'a stray letter and no known code (end wins)', input: 'QXZ', expected: ['QX', 'Z'] },
    { name: 'a single letter', input: 'M', expected: ['M'] },
  ];
  for (const { name, input, expected } of cases) {
    it(`splitCategoryCodes() cuts ${name}`, () => {
      expect(splitCategoryCodes(input)).toEqual(expected);
    });
  }

  it('splitCategoryCodes() cuts a run of 100,001 letters in linear time', () => {
    const run = `${'LG'.repeat(50_000)}X`;
    const start = performance.now();
    const codes = splitCategoryCodes(run);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(codes).toHaveLength(50_001);
    expect(codes.at(-1)).toBe('X');
  });
});
