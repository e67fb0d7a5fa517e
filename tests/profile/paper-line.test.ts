// readPaperLine(): which lines open a paper, their codes, date and Code marker.
import { describe, expect, it } from 'vitest';
import { MAX_PAPER_LINE_LENGTH, readPaperLine } from '../../src/profile/paper-line';

describe('readPaperLine()', () => {
  const cases = [
    {
      name: 'one code',
      input: 'LGOct 28, 2022',
      expected: { kind: 'paper', date: '2022-10-28', codes: ['LG'], hasCode: false },
    },
    {
      name: 'a Code marker',
      input: 'CLFeb 1, 2024Code',
      expected: { kind: 'paper', date: '2024-02-01', codes: ['CL'], hasCode: true },
    },
    {
      name: 'three glued codes',
      input: 'LGAIMLOct 29, 2018',
      expected: { kind: 'paper', date: '2018-10-29', codes: ['LG', 'AI', 'ML'], hasCode: false },
    },
    {
      name: 'MA before May',
      input: 'MAMay 5, 2021',
      expected: { kind: 'paper', date: '2021-05-05', codes: ['MA'], hasCode: false },
    },
    {
      name: 'no code',
      input: 'Dec 31, 1999',
      expected: { kind: 'paper', date: '1999-12-31', codes: [], hasCode: false },
    },
    {
      name: 'a spaced Code marker',
      input: 'SIJan 9, 2020 Code',
      expected: { kind: 'paper', date: '2020-01-09', codes: ['SI'], hasCode: true },
    },
    {
      name: 'a day past the month',
      input: 'CLApr 31, 2024',
      expected: {
        kind: 'invalid',
        reason: 'invalid date "Apr 31, 2024": Apr 2024 has days 1 to 30',
        knownMonth: true,
      },
    },
    {
      name: 'day 0',
      input: 'CLApr 0, 2024',
      expected: {
        kind: 'invalid',
        reason: 'invalid date "Apr 0, 2024": Apr 2024 has days 1 to 30',
        knownMonth: true,
      },
    },
    {
      name: 'Feb 29 in 1900 (not a leap year)',
      input: 'Feb 29, 1900',
      expected: {
        kind: 'invalid',
        reason: 'invalid date "Feb 29, 1900": Feb 1900 has days 1 to 28',
        knownMonth: true,
      },
    },
    {
      name: 'Feb 29 in 2000 (a leap year)',
      input: 'Feb 29, 2000',
      expected: { kind: 'paper', date: '2000-02-29', codes: [], hasCode: false },
    },
    {
      name: 'an unknown month',
      input: 'LGFoo 1, 2024',
      expected: {
        kind: 'invalid',
        reason: 'invalid date "Foo 1, 2024": "Foo" is not a month (Jan to Dec)',
        knownMonth: false,
      },
    },
    { name: 'a title', input: 'BlackMamba: Mixture of Experts', expected: null },
    { name: 'an author list', input: 'Ada Example, Bo Chen', expected: null },
    { name: 'a lower-case start', input: 'lGOct 28, 2022', expected: null },
    { name: 'an upper-case month', input: 'LGOCT 28, 2022', expected: null },
    { name: 'a two-digit year', input: 'LGOct 28, 22', expected: null },
    { name: 'text after the date', input: 'LGOct 28, 2022 and more', expected: null },
    { name: 'an empty line', input: '', expected: null },
  ];
  for (const { name, input, expected } of cases) {
    it(`readPaperLine() reads ${name}`, () => expect(readPaperLine(input)).toEqual(expected));
  }

  it('readPaperLine() ignores lines longer than MAX_PAPER_LINE_LENGTH, however they end', () => {
    const codes = 'LG'.repeat(MAX_PAPER_LINE_LENGTH / 2);
    expect(readPaperLine(`${codes}Oct 28, 2022`)).toBeNull();
    expect(readPaperLine(`${codes.slice(20)}Oct 28, 2022`)?.kind).toBe('paper');
  });
});
