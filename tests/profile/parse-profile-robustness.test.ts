// parseProfile() under generated input: round trips of well-formed profiles, random and hostile text,
// megabyte-long lines. It must return a Profile or throw a ProfileParseError, in linear time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORY_NAMES } from '../../src/profile/categories';
import { ProfileParseError } from '../../src/profile/errors';
import { authorKey } from '../../src/profile/names';
import { MAX_PROFILE_BYTES, parseProfile } from '../../src/profile/parse-profile';
import type { Paper, Profile } from '../../src/profile/types';
import { MAX_WARNINGS } from '../../src/profile/warning-list';

const SEED = 20261101;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const KNOWN_CODES = Object.keys(CATEGORY_NAMES);

/** Parses, and returns the profile or the ProfileParseError; any other throw fails the test. */
function outcome(text: string): Profile | ProfileParseError {
  try {
    return parseProfile(text, { source: 'fuzz.txt' });
  } catch (error) {
    if (error instanceof ProfileParseError) return error;
    throw error;
  }
}

const LONE_SURROGATE = /\p{Cs}/u;

/** What every returned profile promises, whatever the input. */
function expectWellFormed(profile: Profile): void {
  const strings = [profile.owner, ...profile.warnings.map((w) => w.message)];
  expect(profile.owner).not.toBe('');
  const ids = new Set<string>();
  let previousLine = 0;
  for (const paper of profile.papers) {
    expect(paper.date).toMatch(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
    expect(new Date(`${paper.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(paper.date);
    expect(paper.authors.length).toBeGreaterThan(0);
    expect(paper.title).not.toBe('');
    expect(paper.category).toBe(paper.categories[0] ?? null);
    expect(paper.line).toBeGreaterThan(previousLine);
    expect(ids.has(paper.id)).toBe(false);
    ids.add(paper.id);
    previousLine = paper.line;
    strings.push(paper.title, paper.abstract, ...paper.authors);
  }
  for (const text of strings) {
    expect(LONE_SURROGATE.test(text)).toBe(false);
    expect(text.normalize('NFC')).toBe(text);
  }
}

// ---- Well-formed profiles, written out and read back -------------------------------------------

const word = fc
  .tuple(
    fc.constantFrom(...'ABCDEFGHIJKLMNOPRSTUVWZÉÖŁ'),
    fc.array(fc.constantFrom(...'abcdefghijklmnoprstuvwyzéèöüçñø'), { minLength: 1, maxLength: 8 }),
  )
  .map(([first, rest]) => first + rest.join(''));
const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
const prose = fc
  .array(fc.oneof(word, fc.constantFrom('of', 'the', '<b>', '&amp;', ':', '—', 'x²')), {
    minLength: 1,
    maxLength: 12,
  })
  .map((words) => words.join(' '));
const date = fc
  .record({
    year: fc.integer({ min: 1991, max: 2030 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) => ({
    year,
    month,
    day: Math.min(day, new Date(Date.UTC(year, month, 0)).getUTCDate()),
  }));
const paperModel = fc.record({
  codes: fc.array(fc.constantFrom(...KNOWN_CODES), { maxLength: 3 }),
  date,
  hasCode: fc.boolean(),
  title: prose,
  authors: fc.uniqueArray(name, { minLength: 1, maxLength: 5, selector: authorKey }),
  truncated: fc.boolean(),
  abstract: fc.array(fc.array(prose, { minLength: 1, maxLength: 2 }), { maxLength: 3 }),
});
const profileModel = fc.record({
  owner: name,
  category: fc.option(fc.constantFrom(...KNOWN_CODES), { nil: null }),
  hIndex: fc.option(fc.nat(200), { nil: null }),
  citations: fc.option(fc.nat(100_000), { nil: null }),
  papers: fc.array(paperModel, { maxLength: 8 }),
});
type ProfileModel = typeof profileModel extends fc.Arbitrary<infer T> ? T : never;

function withoutIdAndLine(paper: Paper): Partial<Paper> {
  const copy: Partial<Paper> = { ...paper };
  delete copy.id;
  delete copy.line;
  return copy;
}

/** Writes a model in the profile format, the way the source site does. */
function write(model: ProfileModel, end: string): string {
  const header = [model.owner, ''];
  if (model.category) header.push(model.category);
  if (model.hIndex !== null) header.push(`h-index${model.hIndex}`);
  header.push(`${model.papers.length}papers`);
  if (model.citations !== null) header.push(`${model.citations}citations`);
  header.push('', `${model.papers.length} Papers`, '');
  const blocks = model.papers.map((p, i) => [
    `${p.codes.join('')}${MONTHS[p.date.month - 1]} ${p.date.day}, ${p.date.year}${p.hasCode ? 'Code' : ''}`,
    `${p.title} (no. ${i})`,
    '',
    p.authors.join(', ') + (p.truncated ? ' et al.' : ''),
    '',
    ...p.abstract.flatMap((paragraph) => [...paragraph, '']),
  ]);
  return [...header, ...blocks.flat()].join(end);
}

describe('parseProfile() reads back any well-formed profile', () => {
  it('parseProfile() returns exactly the written owner, figures and papers, with no warnings', () => {
    fc.assert(
      fc.property(profileModel, fc.constantFrom('\n', '\r\n', '\r'), (model, end) => {
        const profile = parseProfile(write(model, end));
        const pad = (n: number) => String(n).padStart(2, '0');
        expect(profile.warnings).toEqual([]);
        expect(profile.owner).toBe(model.owner);
        expect(profile.primaryCategory).toBe(model.category);
        expect(profile.stats).toEqual({
          hIndex: model.hIndex,
          papers: model.papers.length,
          citations: model.citations,
          noveltyPct: null,
          aiScore: null,
        });
        expect(profile.papers.map(withoutIdAndLine)).toEqual(
          model.papers.map((p, i) => ({
            title: `${p.title} (no. ${i})`,
            date: `${p.date.year}-${pad(p.date.month)}-${pad(p.date.day)}`,
            categories: p.codes,
            category: p.codes[0] ?? null,
            hasCode: p.hasCode,
            authors: p.authors,
            truncated: p.truncated,
            abstract: p.abstract.map((lines) => lines.join('\n')).join('\n\n'),
          })),
        );
        expectWellFormed(profile);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

// ---- Random and hostile input -------------------------------------------------------------------

const codeUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 })
  .map((units) => String.fromCharCode(...units));
const anyLine = fc.oneof(
  fc.constantFrom('', '   ', '\t', '\uFEFF', 'et al.', ',', ' , et al', 'Ada, Ada', 'Zoë Müller'),
  fc.constantFrom('CL', 'h-index25', '6papers', '6 Papers', 'Novelty43%', 'AI Score37', 'XX'),
  fc
    .record({
      codes: fc.constantFrom('', 'LG', 'LGAIML', 'MA', 'XQ', 'LGX', 'Q'),
      month: fc.constantFrom(...MONTHS, 'Foo', 'Top'),
      day: fc.integer({ min: 0, max: 40 }),
      year: fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, '0')),
      code: fc.constantFrom('', 'Code', ' Code'),
    })
    .map(({ codes, month, day, year, code }) => `${codes}${month} ${day}, ${year}${code}`),
  fc.string({ maxLength: 40 }),
  codeUnits,
);
const anyText = fc
  .tuple(
    fc.array(anyLine, { maxLength: 40 }),
    fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1 }),
  )
  .map(([lines, ends]) => lines.map((line, i) => line + ends[i % ends.length]).join(''));

describe('parseProfile() on random and hostile text', () => {
  it('parseProfile() returns a well-formed Profile or throws a ProfileParseError on mixed profile-like lines', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = outcome(text);
        if (result instanceof ProfileParseError) {
          expect(result.line).toBeGreaterThanOrEqual(0);
          expect(result.message).toBe(`fuzz.txt:${result.line}: ${result.reason}`);
        } else {
          expectWellFormed(result);
        }
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('parseProfile() returns or throws a ProfileParseError on arbitrary UTF-16, lone surrogates included', () => {
    fc.assert(
      fc.property(codeUnits, (text) => {
        const result = outcome(text);
        if (!(result instanceof ProfileParseError)) expectWellFormed(result);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  const MB = 1_000_000;
  const block = 'Ada\n\nCLJan 2, 2023\nT\n\n';
  const hostile: { name: string; input: string }[] = [
    { name: 'a 1 MB owner line', input: 'a'.repeat(MB) },
    {
      name: 'a 1 MB line of capitals ending like a date',
      input: `Ada\n\n${'A'.repeat(MB)}aa 1, 2024`,
    },
    {
      name: 'a 1 MB line of capitals and lower case pairs',
      input: `Ada\n${'Aa'.repeat(MB / 2)} 1, 2024`,
    },
    { name: 'a 1 MB h-index figure', input: `Ada\nh-index${'1'.repeat(MB)}` },
    { name: 'a 1 MB run of thousands separators', input: `Ada\n${'1,'.repeat(MB / 2)}papers` },
    { name: 'a 1 MB title', input: `Ada\n\nCLJan 2, 2023\n${'t '.repeat(MB / 2)}\n\nAda\n` },
    { name: 'a 1 MB author list of one name repeated', input: `${block}${'Ada, '.repeat(MB / 5)}` },
    {
      name: 'a 1 MB author list of spaces before "et al."',
      input: `${block}${' '.repeat(MB)}et al.`,
    },
    { name: 'a 1 MB author list of "et al"', input: `${block}${'et al '.repeat(MB / 6)}` },
    { name: 'a 1 MB abstract line', input: `${block}Ada\n\n${'word, '.repeat(MB / 6)}` },
    { name: '1 MB of lone surrogates', input: `Ada\n${'\uD800'.repeat(MB)}` },
    { name: '1 MB of U+FFFD', input: '\uFFFD'.repeat(MB) },
    { name: '1 M carriage returns', input: `Ada${'\r'.repeat(MB)}` },
    { name: '1 M unrecognised header lines', input: `Ada\n${'?\n'.repeat(MB / 2)}` },
    {
      name: '1 M combining marks',
      input: `Ada\n\nCLJan 2, 2023\na${'\u0301'.repeat(MB)}\n\nAda\n`,
    },
  ];
  for (const { name, input } of hostile) {
    it(`parseProfile() handles ${name} in well under a second a megabyte`, () => {
      const start = performance.now();
      const result = outcome(input);
      const elapsed = performance.now() - start;
      if (!(result instanceof ProfileParseError)) expectWellFormed(result);
      expect(elapsed).toBeLessThan(2000);
    });
  }

  it('parseProfile() caps warnings about paper count lines too, past the first two', () => {
    const profile = parseProfile(`Ada\n${'1papers\n'.repeat(5000)}`);
    expect(profile.warnings).toHaveLength(MAX_WARNINGS + 1);
    const mismatch = 'the header says 1 papers but the profile lists 0; the paper blocks are used';
    expect(profile.warnings[0]).toEqual({ line: 2, message: mismatch });
    expect(profile.warnings.at(-1)).toEqual({
      line: 1002,
      message: '4000 more warnings not shown (the first on line 1002)',
    });
  });

  it('parseProfile() keeps MAX_WARNINGS warnings and says how many more there were', () => {
    const profile = parseProfile(`Ada\n${'?\n'.repeat(1500)}`);
    expect(profile.warnings).toHaveLength(MAX_WARNINGS + 1);
    expect(profile.warnings[MAX_WARNINGS - 1]).toEqual({
      line: MAX_WARNINGS + 1,
      message: 'unrecognised header line "?"; ignored',
    });
    expect(profile.warnings[MAX_WARNINGS]).toEqual({
      line: MAX_WARNINGS + 2,
      message: '500 more warnings not shown (the first on line 1002)',
    });
  });

  /** A seeded generator of 32-bit numbers (LCG): the same 10 MB every run. */
  function numbers(seed: number): () => number {
    let state = seed;
    return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
  }

  it('parseProfile() reads 10 MB of seeded garbage lines in linear time', () => {
    const next = numbers(SEED);
    const pieces = [
      'LGOct 28, 2022',
      'A title',
      '',
      'Ada, Bo et al.',
      'Foo 1, 2024',
      '\uD800',
      'h-index3',
      '   ',
    ];
    const lines: string[] = ['Ada'];
    for (let size = 0; size < 10 * MB;) {
      const piece = `${pieces[next() % pieces.length]}${next() % 2 ? 'x'.repeat(next() % 200) : ''}`;
      lines.push(piece);
      size += piece.length + 1;
    }
    const text = lines.join(next() % 2 ? '\n' : '\r\n');
    const start = performance.now();
    const result = outcome(text);
    expect(performance.now() - start).toBeLessThan(10_000);
    if (!(result instanceof ProfileParseError)) expectWellFormed(result);
  }, 30_000);

  it('parseProfile() reads 10 MB of odd but readable paper blocks to the end in linear time', () => {
    const next = numbers(SEED + 1);
    const blocks: string[] = ['Ada', '', 'CL', '1papers', ''];
    let count = 0;
    for (let size = 0; size < 10 * MB; count++) {
      const block = [
        `${['LG', 'XQAI', 'MAMa', ''][next() % 4]}${MONTHS[next() % 12]} ${1 + (next() % 28)}, ${1990 + (next() % 40)}`,
        `Title \uD83D number ${count} ${'t'.repeat(next() % 300)}`,
        '',
        `Ada, Bo${next() % 2 ? ', ada, ,' : ''}${next() % 2 ? ' et al.' : ''}`,
        '',
        `${'Words, '.repeat(next() % 2000)}\uDC00`,
        '',
      ].join('\n');
      blocks.push(block);
      size += block.length;
    }
    const text = blocks.join('\n');
    expect(text.length).toBeLessThan(MAX_PROFILE_BYTES);
    const start = performance.now();
    const profile = parseProfile(text);
    expect(performance.now() - start).toBeLessThan(10_000);
    expect(profile.papers).toHaveLength(count);
    expect(profile.warnings).toHaveLength(MAX_WARNINGS + 2);
    expect(profile.warnings[0]).toEqual({
      line: 4,
      message: `the header says 1 papers but the profile lists ${count}; the paper blocks are used`,
    });
    expect(profile.warnings.at(-1)?.message).toMatch(
      /^\d+ more warnings not shown \(the first on line \d+\)$/,
    );
    expectWellFormed(profile);
  }, 30_000);
});
