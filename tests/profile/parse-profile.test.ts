// parseProfile(): the sample's exact figures, the format's variations, warnings, errors and limits.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paperId } from '../../src/profile/paper-id';
import { parseProfile } from '../../src/profile/parse-profile';
import type { Paper, ParseWarning, Profile, ProfileStats } from '../../src/profile/types';

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/profile/${name}`, import.meta.url), 'utf8');
const SAMPLE = readFileSync(new URL('../../data/glorioso.txt', import.meta.url), 'utf8');

type PaperWithoutId = Omit<Paper, 'id'>;
function withoutId(paper: Paper): PaperWithoutId {
  const copy: Partial<Paper> = { ...paper };
  delete copy.id;
  return copy as PaperWithoutId;
}

const NO_STATS: ProfileStats = {
  hIndex: null,
  papers: null,
  citations: null,
  noveltyPct: null,
  aiScore: null,
};

/** A paper as most small tests write it; `over` sets what the test is about. */
const paper = (over: Partial<PaperWithoutId> & Pick<PaperWithoutId, 'line'>): PaperWithoutId => ({
  title: 'T',
  date: '2023-01-02',
  categories: ['CL'],
  category: 'CL',
  hasCode: false,
  authors: ['Ada Example'],
  truncated: false,
  abstract: '',
  ...over,
});

describe('parseProfile() on the sample profile (data/glorioso.txt)', () => {
  const profile = parseProfile(SAMPLE, { source: 'glorioso.txt' });

  it('reads the owner, the primary category and every header figure as numbers', () => {
    expect(profile.owner).toBe('Paolo Glorioso');
    expect(profile.primaryCategory).toBe('CL');
    expect(profile.stats).toEqual({
      hIndex: 25,
      papers: 6,
      citations: 285,
      noveltyPct: 43,
      aiScore: 37,
    });
    expect(profile.warnings).toEqual([]);
  });

  it('reads six papers with their dates, codes, Code markers, authors and cut lists', () => {
    expect(
      profile.papers.map((p) => [p.line, p.date, p.categories, p.hasCode, p.truncated, p.title]),
    ).toEqual([
      [
        12,
        '2022-10-28',
        ['LG'],
        false,
        false,
        'Flatter, faster: scaling momentum for optimal speedup of SGD',
      ],
      [
        19,
        '2024-02-01',
        ['CL'],
        true,
        true,
        'BlackMamba: Mixture of Experts for State-Space Models',
      ],
      [26, '2024-11-22', ['LG'], true, true, 'The Zamba2 Suite: Technical Report'],
      [33, '2024-11-09', ['CL'], true, true, 'Zyda-2: a 5 Trillion Token High-Quality Dataset'],
      [
        40,
        '2024-03-26',
        ['CL'],
        false,
        true,
        'The Unreasonable Ineffectiveness of the Deeper Layers',
      ],
      [47, '2024-06-04', ['CL'], true, true, 'Zyda: A 1.3T Dataset for Open Language Modeling'],
    ]);
    const [first, blackMamba] = profile.papers;
    expect(first?.authors).toEqual(['Aditya Cowsik', 'Tankut Can', 'Paolo Glorioso']);
    expect(first?.category).toBe('LG');
    expect(blackMamba?.category).toBe('CL');
    expect(blackMamba?.authors).toEqual(['Quentin Anthony', 'Yury Tokpanov', 'Paolo Glorioso']);
  });

  it('keeps each abstract whole, from its first word to its last', () => {
    const abstracts = profile.papers.map((p) => p.abstract);
    expect(abstracts[0]?.startsWith('Commonly used optimization algorithms')).toBe(true);
    expect(abstracts[0]?.endsWith('variations in architectures and datasets.')).toBe(true);
    expect(abstracts[0]).toContain('momentum hyperparameter $1-β$ with');
    expect(abstracts[1]?.endsWith('https://github.com/Zyphra/BlackMamba')).toBe(true);
    expect(abstracts[5]?.endsWith('when used independently.')).toBe(true);
    expect(abstracts.every((a) => !a.includes('\n'))).toBe(true);
  });

  it('gives every paper a 16-hex-digit id derived from its date, title and authors', () => {
    for (const p of profile.papers) {
      expect(p.id).toMatch(/^[0-9a-f]{16}$/);
      expect(p.id).toBe(paperId(p.date, p.title, p.authors));
    }
    // Pinned: ids are stored in graph files, so the hash must not change silently.
    expect(profile.papers[0]?.id).toBe('a4167134533a68e6');
  });
});

describe('parseProfile() reads the format and its variations', () => {
  const cases: {
    name: string;
    input: string;
    expected: {
      owner?: string;
      primaryCategory?: string | null;
      stats?: ProfileStats;
      papers?: PaperWithoutId[];
      warnings?: ParseWarning[];
    };
  }[] = [
    {
      name: 'parseProfile() splits glued codes (LGAIML → LG, AI, ML; MAMay → MA + May) and reads Code markers',
      input: fixture('glued-codes.txt'),
      expected: {
        owner: 'Ada Example',
        primaryCategory: 'LG',
        stats: NO_STATS,
        papers: [
          paper({
            line: 5,
            date: '2018-10-29',
            categories: ['LG', 'AI', 'ML'],
            category: 'LG',
            title: 'Three codes in one run',
            authors: ['Ada Example', 'Bo Chen'],
            abstract: 'An abstract.',
          }),
          paper({
            line: 12,
            date: '2021-05-05',
            categories: ['MA'],
            category: 'MA',
            title: 'Multiagent in May',
          }),
          paper({
            line: 17,
            date: '2020-03-03',
            categories: [],
            category: null,
            hasCode: true,
            title: 'A paper with no category',
            authors: ['Ada Example', 'Cy Dee'],
            truncated: true,
          }),
          paper({
            line: 22,
            date: '2024-11-09',
            categories: ['CV', 'CL'],
            category: 'CV',
            hasCode: true,
            title: 'Two codes and a spaced marker',
            authors: ['Cy Dee', 'Ada Example'],
          }),
        ],
        warnings: [],
      },
    },
    {
      name: 'parseProfile() keeps a missing category as null, a missing abstract as "" and paragraphs apart',
      input: fixture('missing-parts.txt'),
      expected: {
        primaryCategory: null,
        papers: [
          paper({
            line: 3,
            date: '2019-07-14',
            categories: [],
            category: null,
            title: 'No category and no abstract',
          }),
          paper({
            line: 8,
            date: '2020-12-31',
            categories: ['SI'],
            category: 'SI',
            title: 'Three paragraphs',
            authors: ['Ada Example', 'Bo Chen'],
            abstract:
              'First paragraph,\nstill the first.\n\nSecond paragraph.\n\nThird paragraph after two blank lines.',
          }),
        ],
        warnings: [],
      },
    },
    {
      name: 'parseProfile() keeps markup in titles, names and abstracts literally (no entity decoding)',
      input: fixture('markup.txt'),
      expected: {
        owner: 'Ada <b>Example</b>',
        papers: [
          paper({
            line: 3,
            date: '2022-04-01',
            categories: ['CR'],
            category: 'CR',
            title: '<script>alert("x")</script> &amp; <img src=x onerror=alert(1)> &lt;tags&gt;',
            authors: ['Ada <b>Example</b>', "O'Brien & Sons"],
            abstract: 'Uses &nbsp; and <i>markup</i> literally.',
          }),
        ],
        warnings: [],
      },
    },
    {
      name: 'parseProfile() warns about odd but readable input, each warning on its line',
      input: fixture('odd-but-readable.txt'),
      expected: {
        primaryCategory: 'CL',
        stats: { ...NO_STATS, hIndex: 3, papers: 4 },
        warnings: [
          { line: 4, message: 'unrecognised header line "Followers: 12"; ignored' },
          {
            line: 5,
            message: 'the header says 4 papers but the profile lists 2; the paper blocks are used',
          },
          {
            line: 7,
            message: 'the header says 4 papers but the profile lists 2; the paper blocks are used',
          },
          { line: 16, message: 'unknown category code "XQ" (kept as is)' },
          {
            line: 19,
            message: 'author "ada example" is listed twice (as "Ada Example"); kept once',
          },
          { line: 19, message: '1 empty author name in the list; skipped' },
          { line: 23, message: 'duplicate of the paper on line 9 ("First paper"); kept once' },
        ],
      },
    },
    {
      name: 'parseProfile() keeps "et al." out of the author list and marks it truncated',
      input:
        'Ada\n\nCLJan 2, 2023\nT\n\nAda Example, Bo Chen, et al.\n\nCLJan 3, 2023\nU\n\nCy Dee et al\n',
      expected: {
        papers: [
          paper({ line: 3, authors: ['Ada Example', 'Bo Chen'], truncated: true }),
          paper({ line: 8, date: '2023-01-03', title: 'U', authors: ['Cy Dee'], truncated: true }),
        ],
        warnings: [],
      },
    },
    {
      name: 'parseProfile() collapses whitespace in names and titles',
      input: 'Ada \t Example \n\nCLJan 2, 2023\n  A   spaced\ttitle \n\n Ada   Example ,Bo  Chen\n',
      expected: {
        owner: 'Ada Example',
        papers: [paper({ line: 3, title: 'A spaced title', authors: ['Ada Example', 'Bo Chen'] })],
      },
    },
    {
      name: 'parseProfile() needs only the owner: no header figures, no papers',
      input: 'Ada Example\n',
      expected: {
        owner: 'Ada Example',
        primaryCategory: null,
        stats: NO_STATS,
        papers: [],
        warnings: [],
      },
    },
    {
      name: 'parseProfile() reads header lines in any order, with thousands separators and decimals',
      input:
        'Ada\n\nAI Score 37.5\n\n1,234 citations\ncs.LG\nNovelty 4.5 %\nh-index: 12\n\n1 Papers\n\nLGJan 2, 2023\nT\n\nAda Example\n',
      expected: {
        primaryCategory: 'LG',
        stats: { hIndex: 12, papers: 1, citations: 1234, noveltyPct: 4.5, aiScore: 37.5 },
        warnings: [],
      },
    },
    {
      name: 'parseProfile() keeps the first of two different header figures and warns',
      input: 'Ada\nh-index3\nh-index4\nh-index3\nCL\nLG\n',
      expected: {
        primaryCategory: 'CL',
        stats: { ...NO_STATS, hIndex: 3 },
        warnings: [
          { line: 3, message: 'h-index given twice (3 on line 2, 4 here); the first is kept' },
          { line: 6, message: 'category given twice (CL on line 5, LG here); the first is kept' },
        ],
      },
    },
    {
      name: 'parseProfile() reads a title shaped like a date but without a month as a title',
      input: 'Ada\n\nCLJan 2, 2023\nTop 10, 2024\n\nAda Example\n',
      expected: { papers: [paper({ line: 3, title: 'Top 10, 2024' })] },
    },
    {
      name: 'parseProfile() accepts the 29th of February in a leap year',
      input: 'Ada\n\nFeb 29, 2024\nT\n\nAda Example\n',
      expected: {
        papers: [paper({ line: 3, date: '2024-02-29', categories: [], category: null })],
      },
    },
    {
      name: 'parseProfile() warns about an unknown primary category and keeps it',
      input: 'Ada\nQQ\n',
      expected: {
        primaryCategory: 'QQ',
        warnings: [{ line: 2, message: 'unknown category code "QQ" (kept as is)' }],
      },
    },
    {
      name: 'parseProfile() replaces unpaired surrogates by U+FFFD and says where',
      input: 'Ada \uD800Example\n\nCLJan 2, 2023\nT\uDC00\n\nAda Example\n',
      expected: {
        owner: 'Ada \uFFFDExample',
        papers: [paper({ line: 3, title: 'T\uFFFD' })],
        warnings: [
          { line: 1, message: 'unpaired UTF-16 surrogate replaced by U+FFFD' },
          { line: 4, message: 'unpaired UTF-16 surrogate replaced by U+FFFD' },
        ],
      },
    },
    {
      name: 'parseProfile() warns when an "author" is too long to be a name (a missing title shifts lines)',
      input: `Ada\n\nCLJan 2, 2023\nAda Example\n\n${'word '.repeat(30)}and more, Bo\n`,
      expected: {
        warnings: [
          {
            line: 6,
            message: `author name of 158 characters ("${'word '.repeat(11)}word…"); is this line an author list?`,
          },
        ],
      },
    },
  ];

  for (const { name, input, expected } of cases) {
    it(name, () => {
      const profile = parseProfile(input, { source: 'case.txt' });
      if (expected.owner !== undefined) expect(profile.owner).toBe(expected.owner);
      if (expected.primaryCategory !== undefined) {
        expect(profile.primaryCategory).toBe(expected.primaryCategory);
      }
      if (expected.stats) expect(profile.stats).toEqual(expected.stats);
      if (expected.papers) expect(profile.papers.map(withoutId)).toEqual(expected.papers);
      if (expected.warnings) expect(profile.warnings).toEqual(expected.warnings);
    });
  }
});

describe('parseProfile() reads any line ends and stray spacing the same way', () => {
  const baseline = parseProfile(SAMPLE, { source: 'glorioso.txt' });
  const variants: { name: string; input: string }[] = [
    { name: 'CRLF line ends', input: SAMPLE.replace(/\n/g, '\r\n') },
    { name: 'CR line ends', input: SAMPLE.replace(/\n/g, '\r') },
    {
      name: 'mixed line ends',
      input: SAMPLE.split('\n')
        .map((l, i) => l + ['\r\n', '\n', '\r'][i % 3])
        .join(''),
    },
    { name: 'a byte-order mark', input: `\uFEFF${SAMPLE}` },
    { name: 'trailing spaces and tabs', input: SAMPLE.replace(/\n/g, '  \t\n') },
    { name: 'lines of spaces instead of empty lines', input: SAMPLE.replace(/\n\n/g, '\n   \n') },
    { name: 'a trailing newline and blank lines at the end', input: `${SAMPLE}\n\n \n` },
  ];

  for (const { name, input } of variants) {
    it(`parseProfile() gives the same profile, line numbers included, with ${name}`, () => {
      expect(parseProfile(input, { source: 'glorioso.txt' })).toEqual(baseline);
    });
  }

  it('parseProfile() normalises decomposed (NFD) names, titles and abstracts to NFC', () => {
    const nfc =
      'Zoë Müller\n\nCLJan 2, 2023\nÉtude naïve\n\nZoë Müller, Ångström Ñandú\n\nRésumé.\n';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    const profile = parseProfile(nfd);
    expect(profile.owner).toBe('Zo\u00EB M\u00FCller');
    expect(profile.papers[0]?.title).toBe('\u00C9tude na\u00EFve');
    expect(profile.papers[0]?.authors).toEqual([
      'Zo\u00EB M\u00FCller',
      '\u00C5ngstr\u00F6m \u00D1and\u00FA',
    ]);
    expect(profile.papers[0]?.abstract).toBe('R\u00E9sum\u00E9.');
    expect(profile).toEqual(parseProfile(nfc));
  });
});

describe('parseProfile() gives papers stable ids', () => {
  const parse = (text: string): Profile => parseProfile(text);
  const one = (title: string, authors = 'Ada Example, Bo Chen', date = 'Jan 2, 2023') =>
    `Ada\n\nCL${date}\n${title}\n\n${authors}\n\nAbstract.\n`;
  const idOf = (text: string) => parse(text).papers[0]?.id;

  it('parseProfile() gives the same ids when the same text is parsed twice', () => {
    expect(parse(SAMPLE).papers.map((p) => p.id)).toEqual(parse(SAMPLE).papers.map((p) => p.id));
  });

  it('parseProfile() gives different ids to different titles, dates or authors', () => {
    const ids = [
      idOf(one('A title')),
      idOf(one('Another title')),
      idOf(one('A title', 'Ada Example, Cy Dee')),
      idOf(one('A title', 'Ada Example, Bo Chen', 'Jan 3, 2023')),
    ];
    expect(new Set(ids).size).toBe(4);
  });

  it('parseProfile() ignores case, spacing, the abstract, codes and line position in the id', () => {
    const base = idOf(one('A title'));
    expect(idOf(one('A  TITLE'))).toBe(base);
    expect(idOf(one('A title', 'ada example,  BO CHEN'))).toBe(base);
    expect(
      idOf(`\n\n${one('A title').replace('Abstract.', 'Other.').replace('CLJan', 'LGJan')}`),
    ).toBe(base);
  });

  it('parseProfile() keeps the first of two blocks that differ only in case and spacing', () => {
    const profile = parse(
      `${one('A title')}\nCLJan 2, 2023Code\nA  Title\n\nADA EXAMPLE, Bo Chen\n`,
    );
    expect(profile.papers.map((p) => [p.line, p.title, p.hasCode])).toEqual([
      [3, 'A title', false],
    ]);
    expect(profile.warnings).toEqual([
      { line: 10, message: 'duplicate of the paper on line 3 ("A Title"); kept once' },
    ]);
  });
});
