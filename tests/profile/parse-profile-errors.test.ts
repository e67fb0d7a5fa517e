// parseProfile() on input it cannot read: a ProfileParseError with the line and what was expected.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ProfileParseError } from '../../src/profile/errors';
import { MAX_PROFILE_BYTES, parseProfile } from '../../src/profile/parse-profile';

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/profile/${name}`, import.meta.url), 'utf8');

/** Throws unless `run` throws a ProfileParseError; returns it. */
function parseError(run: () => unknown): ProfileParseError {
  try {
    run();
  } catch (error) {
    if (error instanceof ProfileParseError) return error;
    throw error;
  }
  throw new Error('expected a ProfileParseError, but parsing succeeded');
}

describe('parseProfile() fails with the line and what was expected', () => {
  const cases: { name: string; input: string; expected: { line: number; reason: string } }[] = [
    {
      name: 'parseProfile() refuses an empty profile',
      input: '',
      expected: { line: 1, reason: "expected the owner's name, found an empty profile" },
    },
    {
      name: 'parseProfile() refuses a profile of whitespace only',
      input: ' \r\n\t\n  \uFEFF\n',
      expected: { line: 1, reason: "expected the owner's name, found an empty profile" },
    },
    {
      name: 'parseProfile() refuses a profile that starts with its category (no owner)',
      input: '\nCL\nh-index25\n',
      expected: { line: 2, reason: 'expected the owner\'s name, found the category line "CL"' },
    },
    {
      name: 'parseProfile() refuses a profile that starts with a header figure (no owner)',
      input: 'h-index25\n6papers\n',
      expected: {
        line: 1,
        reason: 'expected the owner\'s name, found the h-index line "h-index25"',
      },
    },
    {
      name: 'parseProfile() refuses a profile that starts with a paper (no owner)',
      input: '\n\nLGOct 28, 2022\nT\n\nAda\n',
      expected: {
        line: 3,
        reason: 'expected the owner\'s name, found a paper line "LGOct 28, 2022"',
      },
    },
    {
      name: 'parseProfile() refuses a title followed by the next paper line',
      input: fixture('title-without-authors.txt'),
      expected: {
        line: 13,
        reason: 'expected the author list after the title on line 11, found a paper line',
      },
    },
    {
      name: 'parseProfile() refuses a title at the end of the input (error on the last line)',
      input: 'Ada\n\nCLJan 2, 2023\nT\n',
      expected: {
        line: 5,
        reason: 'expected the author list after the title on line 4, found the end of the input',
      },
    },
    {
      name: 'parseProfile() refuses a paper line at the end of the input',
      input: 'Ada\nCLJan 2, 2023',
      expected: {
        line: 2,
        reason: 'expected the title after the paper line on line 2, found the end of the input',
      },
    },
    {
      name: 'parseProfile() refuses a paper line followed by another paper line',
      input: 'Ada\nCLJan 2, 2023\n\nLGFeb 3, 2023\nT\n\nAda\n',
      expected: {
        line: 4,
        reason: 'expected the title after the paper line on line 2, found another paper line',
      },
    },
    {
      name: 'parseProfile() refuses a day the month does not have',
      input: fixture('invalid-date.txt'),
      expected: { line: 9, reason: 'invalid date "Feb 30, 2024": Feb 2024 has days 1 to 29' },
    },
    {
      name: 'parseProfile() refuses the 29th of February outside a leap year',
      input: 'Ada\n\nFeb 29, 2023\nT\n\nAda\n',
      expected: { line: 3, reason: 'invalid date "Feb 29, 2023": Feb 2023 has days 1 to 28' },
    },
    {
      name: 'parseProfile() refuses a month that does not exist',
      input: 'Ada\n\nFoo 1, 2024\nT\n\nAda\n',
      expected: {
        line: 3,
        reason: 'invalid date "Foo 1, 2024": "Foo" is not a month (Jan to Dec)',
      },
    },
    {
      name: 'parseProfile() refuses a bad date on a paper line that follows an abstract',
      input: 'Ada\n\nCLJan 2, 2023\nT\n\nAda\n\nAbstract.\n\nLGFoo 1, 2024\nU\n\nAda\n',
      expected: {
        line: 10,
        reason: 'invalid date "Foo 1, 2024": "Foo" is not a month (Jan to Dec)',
      },
    },
    {
      name: 'parseProfile() refuses an author list that is only "et al."',
      input: 'Ada\n\nCLJan 2, 2023\nT\n\net al.\n',
      expected: { line: 6, reason: 'expected at least one author name before "et al."' },
    },
    {
      name: 'parseProfile() refuses an author list of commas only',
      input: 'Ada\n\nCLJan 2, 2023\nT\n\n , ,\n',
      expected: { line: 6, reason: 'expected at least one author name in the author list' },
    },
    {
      name: 'parseProfile() refuses a profile larger than MAX_PROFILE_BYTES (line 0: the whole input)',
      input: 'x'.repeat(MAX_PROFILE_BYTES + 1),
      expected: {
        line: 0,
        reason: `profile is larger than the 20 MiB limit (${MAX_PROFILE_BYTES + 1} UTF-16 code units)`,
      },
    },
  ];

  for (const { name, input, expected } of cases) {
    it(name, () => {
      const error = parseError(() => parseProfile(input, { source: 'case.txt' }));
      expect({ line: error.line, reason: error.reason, source: error.source }).toEqual({
        ...expected,
        source: 'case.txt',
      });
      expect(error.message).toBe(`case.txt:${expected.line}: ${expected.reason}`);
    });
  }

  it('parseProfile() names the input "profile" in errors when no source is given', () => {
    expect(parseError(() => parseProfile('')).message).toBe(
      "profile:1: expected the owner's name, found an empty profile",
    );
  });

  it('parseProfile() refuses a value that is not a string with a ProfileParseError', () => {
    const error = parseError(() => parseProfile(42 as unknown as string));
    expect([error.line, error.reason]).toEqual([0, 'expected the profile as a string']);
  });

  it('parseProfile() accepts a profile of exactly MAX_PROFILE_BYTES code units', () => {
    expect(MAX_PROFILE_BYTES).toBe(20 * 1024 * 1024);
    const profile = parseProfile(`Ada\n${'x'.repeat(MAX_PROFILE_BYTES - 4)}`);
    expect(profile.owner).toBe('Ada');
    expect(profile.warnings).toHaveLength(1);
    expect(profile.warnings[0]?.line).toBe(2);
  });
});
