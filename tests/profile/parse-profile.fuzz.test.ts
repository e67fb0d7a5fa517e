// Fuzzing parseProfile(): arbitrary text and mutated real and synthetic profiles must give a Profile or a
// ProfileParseError on a line of the input, never another exception. FUZZ_RUNS=10000 for a long run.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ProfileParseError } from '../../src/profile/errors';
import { MAX_PROFILE_BYTES, parseProfile } from '../../src/profile/parse-profile';
import type { Profile } from '../../src/profile/types';
import { createRandom } from '../../src/synth/random';
import { generateProfile } from '../../src/synth/generate-profile';

const SEED = Number(process.env.FUZZ_SEED ?? 20261128);
const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 0);
/** Runs of one property: small by default to keep `npm test` fast; FUZZ_RUNS overrides. */
const runs = (byDefault: number) => ({
  seed: SEED,
  numRuns: FUZZ_RUNS > 0 ? FUZZ_RUNS : byDefault,
});
/** Time limit of a property: catches a hang in a default run, leaves room for FUZZ_RUNS. */
const TIMEOUT_MS = 30_000 + FUZZ_RUNS * 100;
const SOURCE = 'fuzz.txt';
const SAMPLE = readFileSync(new URL('../../data/glorioso.txt', import.meta.url), 'utf8');
const MB = 1_000_000;

type Outcome = { ok: true; profile: Profile } | { ok: false; line: number; reason: string };

/** Lines as any reader would count them: every \r\n, \r or \n ends one. */
function lineCount(text: string): number {
  return (text.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Parses `text` and checks the contract: a well-formed Profile whose lines point into the input, or
 * a ProfileParseError with an integer line in 0..lines + 1. Any other exception propagates.
 */
function parseChecked(text: string): Outcome {
  const lines = lineCount(text);
  let profile: Profile;
  try {
    profile = parseProfile(text, { source: SOURCE });
  } catch (error) {
    if (!(error instanceof ProfileParseError)) throw error;
    expect(Number.isInteger(error.line), `line ${error.line}`).toBe(true);
    expect(error.line).toBeGreaterThanOrEqual(0);
    expect(error.line).toBeLessThanOrEqual(lines + 1);
    expect(error.source).toBe(SOURCE);
    expect(error.reason).not.toBe('');
    expect(error.message).toBe(`${SOURCE}:${error.line}: ${error.reason}`);
    return { ok: false, line: error.line, reason: error.reason };
  }
  expect(profile.owner).not.toBe('');
  const strings = [profile.owner];
  let previousLine = 0;
  const ids = new Set<string>();
  for (const paper of profile.papers) {
    expect(Number.isInteger(paper.line)).toBe(true);
    expect(paper.line).toBeGreaterThan(previousLine);
    expect(paper.line).toBeLessThanOrEqual(lines);
    previousLine = paper.line;
    expect(ids.has(paper.id), `duplicate id ${paper.id}`).toBe(false);
    ids.add(paper.id);
    expect(new Date(`${paper.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(paper.date);
    expect(paper.title).not.toBe('');
    expect(paper.category).toBe(paper.categories[0] ?? null);
    expect(paper.authors.length).toBeGreaterThan(0);
    for (const name of paper.authors) {
      expect(name).not.toBe('');
      expect(name).toBe(name.trim());
      expect(name).not.toContain(',');
    }
    strings.push(paper.title, paper.abstract, ...paper.authors);
  }
  for (const warning of profile.warnings) {
    expect(Number.isInteger(warning.line)).toBe(true);
    expect(warning.line).toBeGreaterThanOrEqual(0);
    expect(warning.line).toBeLessThanOrEqual(lines);
    expect(warning.message).not.toBe('');
  }
  for (const value of strings)
    expect(LONE_SURROGATE.test(value), JSON.stringify(value)).toBe(false);
  return { ok: true, profile };
}

// ---- Arbitraries ---------------------------------------------------------------------------------

const LONE_SURROGATES = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D'];
/** Single characters: any code point, lone surrogates, and characters the format gives meaning to. */
const anyChar = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom(...LONE_SURROGATES) },
  { weight: 2, arbitrary: fc.constantFrom('\n', '\r', '\r\n', ',', ' ', '\t', '\uFEFF', '\u0000') },
  { weight: 1, arbitrary: fc.constantFrom('\u0301', '\u00A0', '\u2028', '\u200B', 'ë', 'Ł', '😀') },
);
const fragment = fc.oneof(
  fc.string({ unit: anyChar, maxLength: 12 }),
  fc.constantFrom('et al.', ' et al', 'LG', 'MA', 'May', 'MAMay 5, 2021', 'Feb 29, 2023', 'Code'),
  fc.constantFrom('LGAIMLOct 29, 2018', 'h-index', '12papers', '3 Papers', 'Novelty', '%', ', , '),
);

/** A small profile: the sample or a generated one of 1–12 papers. */
const baseProfile = fc.oneof(
  fc.constant(SAMPLE),
  fc
    .record({ papers: fc.integer({ min: 1, max: 12 }), seed: fc.nat() })
    .map(({ papers, seed }) => generateProfile({ papers, seed })),
);

/** A paper line of a well-formed profile: codes, `Mon D, YYYY`, optional `Code`. */
const PAPER_LINE_SHAPE = /^[A-Z]*[A-Z][a-z]{2} \d{1,2}, \d{4}(?:Code)?$/;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8'); // not fatal: invalid sequences decode to U+FFFD

type Mutation =
  | { kind: 'delete' | 'duplicate' | 'blank'; at: number }
  | { kind: 'swap'; at: number; other: number }
  | { kind: 'truncateLine' | 'truncateText'; at: number; keep: number }
  | { kind: 'insert'; at: number; keep: number; text: string }
  | { kind: 'replace'; at: number; text: string }
  | { kind: 'bytes'; at: number; bytes: Uint8Array }
  | { kind: 'surrogate'; at: number; unit: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete', 'duplicate', 'blank'), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap'), at: fc.nat(), other: fc.nat() }),
  fc.record({
    kind: fc.constantFrom('truncateLine', 'truncateText'),
    at: fc.nat(),
    keep: fc.nat(),
  }),
  fc.record({ kind: fc.constant('insert'), at: fc.nat(), keep: fc.nat(), text: fragment }),
  fc.record({ kind: fc.constant('replace'), at: fc.nat(), text: fragment }),
  fc.record({
    kind: fc.constant('bytes'),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 6 }),
  }),
  fc.record({
    kind: fc.constant('surrogate'),
    at: fc.nat(),
    unit: fc.constantFrom(...LONE_SURROGATES),
  }),
) as fc.Arbitrary<Mutation>;

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const i = m.at % lines.length;
  const line = lines[i] as string;
  switch (m.kind) {
    case 'delete':
      lines.splice(i, 1);
      break;
    case 'duplicate':
      lines.splice(i, 0, line);
      break;
    case 'blank':
      lines.splice(i, 0, '');
      break;
    case 'swap': {
      const j = m.other % lines.length;
      [lines[i], lines[j]] = [lines[j] as string, line];
      break;
    }
    case 'truncateLine':
      lines[i] = line.slice(0, m.keep % (line.length + 1));
      break;
    case 'truncateText':
      return text.slice(0, m.keep % (text.length + 1));
    case 'insert': {
      const at = m.keep % (line.length + 1);
      lines[i] = line.slice(0, at) + m.text + line.slice(at);
      break;
    }
    case 'replace':
      lines[i] = m.text;
      break;
    case 'bytes': {
      const bytes = encoder.encode(text);
      const at = m.at % (bytes.length + 1);
      const out = new Uint8Array(bytes.length + m.bytes.length);
      out.set(bytes.subarray(0, at));
      out.set(m.bytes, at);
      out.set(bytes.subarray(at), at + m.bytes.length);
      return decoder.decode(out);
    }
    case 'surrogate': {
      const at = m.at % (text.length + 1); // may also split a surrogate pair
      return text.slice(0, at) + m.unit + text.slice(at);
    }
  }
  return lines.join('\n');
}

const mutatedProfile = fc
  .tuple(baseProfile, fc.array(mutation, { minLength: 1, maxLength: 10 }))
  .map(([text, mutations]) => mutations.reduce(mutate, text));

/** Lines of real and synthetic profiles shuffled together: well-formed pieces in a wrong order. */
const SOUP_LINES = [...SAMPLE.split('\n'), ...generateProfile({ papers: 8, seed: 3 }).split('\n')];
const lineSoup = fc
  .tuple(
    fc.option(fc.constantFrom('Paolo Glorioso', 'Zoë Łukasz', ''), { nil: null }),
    fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...SOUP_LINES) }, fragment), {
      maxLength: 60,
    }),
  )
  // Half of the soups open with an owner's name, so that the parser gets past the first line.
  .map(([owner, lines]) => (owner === null ? lines : [owner, ...lines]).join('\n'));

// ---- Properties ----------------------------------------------------------------------------------

describe('parseProfile() fuzzed', { timeout: TIMEOUT_MS }, () => {
  it('returns a Profile or throws a ProfileParseError on any string of code points', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => void parseChecked(text)),
      runs(300),
    );
  });

  it('returns a Profile or throws a ProfileParseError on strings of meaningful characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: anyChar, maxLength: 300 }), (text) => void parseChecked(text)),
      runs(300),
    );
  });

  it('returns a Profile or throws a ProfileParseError on mutated real and synthetic profiles', () => {
    fc.assert(
      fc.property(mutatedProfile, (text) => void parseChecked(text)),
      runs(400),
    );
  });

  it('returns a Profile or throws a ProfileParseError on profile lines in random order', () => {
    fc.assert(
      fc.property(lineSoup, (text) => void parseChecked(text)),
      runs(300),
    );
  });

  it('reads the same profile whatever the line ends, byte-order mark or trailing spaces', () => {
    fc.assert(
      fc.property(
        fc.oneof(mutatedProfile, lineSoup).filter((text) => !text.includes('\r')),
        (text) => {
          const expected = parseChecked(text);
          expect(parseChecked(text.replace(/\n/g, '\r\n'))).toEqual(expected);
          if (!text.startsWith('\uFEFF')) expect(parseChecked(`\uFEFF${text}`)).toEqual(expected);
          expect(parseChecked(text.replace(/\n/g, ' \t\n'))).toEqual(expected);
        },
      ),
      runs(150),
    );
  });

  it('reads the same papers from a well-formed profile with blank lines dropped or doubled', () => {
    /** The profile without line numbers, which blank lines shift. */
    const withoutLines = (outcome: Outcome) => {
      expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
      const { papers, warnings, ...rest } = (outcome as Outcome & { ok: true }).profile;
      return {
        ...rest,
        papers: papers.map(({ line: _line, ...paper }) => paper),
        warnings: warnings.map((warning) => warning.message),
      };
    };
    fc.assert(
      fc.property(
        baseProfile,
        fc.array(fc.constantFrom('\n', '\n\n', '\n\n\n'), { minLength: 1 }),
        (text, gaps) => {
          const expected = withoutLines(parseChecked(text));
          const regapped = text
            .split('\n\n')
            .reduce((out, part, i) => (i === 0 ? part : out + gaps[i % gaps.length] + part));
          expect(withoutLines(parseChecked(regapped))).toEqual(expected);
        },
      ),
      runs(100),
    );
  });

  it('reads the same authors from a well-formed profile with runs of spaces widened in author lists', () => {
    fc.assert(
      fc.property(
        baseProfile,
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1 }),
        (text, widths) => {
          const lines = text.split('\n');
          let n = 0;
          for (let i = 0; i + 3 < lines.length; i++) {
            // In these profiles a paper line is followed by the title, a blank line and the authors.
            if (!PAPER_LINE_SHAPE.test(lines[i] as string)) continue;
            lines[i + 3] = (lines[i + 3] as string).replace(/ /g, () =>
              ' '.repeat(widths[n++ % widths.length] as number),
            );
          }
          expect(parseChecked(lines.join('\n'))).toEqual(parseChecked(text));
        },
      ),
      runs(100),
    );
  });

  it('reads the same profile from canonically equivalent text (NFD or NFC)', () => {
    fc.assert(
      fc.property(
        fc.oneof(mutatedProfile, lineSoup).filter((text) => !LONE_SURROGATE.test(text)),
        (text) => {
          expect(parseChecked(text.normalize('NFD'))).toEqual(parseChecked(text));
        },
      ),
      runs(150),
    );
  });

  it('gives the same result when parsing the same text twice (no state kept between calls)', () => {
    fc.assert(
      fc.property(mutatedProfile, (text) => {
        expect(parseChecked(text)).toEqual(parseChecked(text));
      }),
      runs(50),
    );
  });
});

// ---- Fixed hostile inputs ------------------------------------------------------------------------

/** 10 MB of seeded garbage bytes (a newline every ~60), decoded as UTF-8 with U+FFFD for errors. */
function garbage(bytes: number): string {
  const random = createRandom(`garbage ${SEED}`);
  const out = new Uint8Array(bytes);
  for (let i = 0; i < bytes; i++) out[i] = random.int(60) === 0 ? 0x0a : random.int(256);
  return decoder.decode(out);
}

const PAPER_LINE = 'LGOct 28, 2022';
const AUTHOR_LINE = 'Aditya Cowsik, Tankut Can, Paolo Glorioso';

describe('parseProfile() on fixed hostile inputs', () => {
  const cases: { name: string; input: () => string }[] = [
    { name: '10 MB of garbage bytes', input: () => garbage(10 * MB) },
    { name: 'one 1 MB line', input: () => 'x'.repeat(MB) },
    {
      name: 'the sample with a 1 MB title',
      input: () => SAMPLE.replace('Flatter, faster', 'x'.repeat(MB)),
    },
    { name: '1 MB of LG on one line', input: () => 'LG'.repeat(MB / 2) },
    {
      name: '1 MB of LG glued before a date',
      input: () => SAMPLE.replace(PAPER_LINE, `${'LG'.repeat(MB / 2)}Oct 28, 2022`),
    },
    {
      name: '1 MB of LG as the header category',
      input: () => SAMPLE.replace('\nCL\n', `\n${'LG'.repeat(MB / 2)}\n`),
    },
    {
      name: '1 MB of commas as an author line',
      input: () => SAMPLE.replace(AUTHOR_LINE, ','.repeat(MB)),
    },
    {
      name: '1 MB of commas before "et al."',
      input: () => SAMPLE.replace(AUTHOR_LINE, `${','.repeat(MB)} et al.`),
    },
    { name: '1 MB of commas as the owner', input: () => ','.repeat(MB) },
    {
      name: '100k spaces then a date',
      input: () => SAMPLE.replace(PAPER_LINE, `${' '.repeat(100_000)}${PAPER_LINE}`),
    },
    {
      name: '100k spaces inside a date',
      input: () => SAMPLE.replace(PAPER_LINE, `LGOct${' '.repeat(100_000)}28, 2022`),
    },
    { name: '200k empty lines', input: () => '\n'.repeat(200_000) },
    {
      name: '200k copies of one paper block',
      input: () => `Ada\n\n${'LGMay 5, 2021\nT\n\nAda\n\n'.repeat(200_000)}`,
    },
    {
      name: 'one character over MAX_PROFILE_BYTES',
      input: () => 'x'.repeat(MAX_PROFILE_BYTES + 1),
    },
  ];
  for (const { name, input } of cases) {
    it(`returns a Profile or throws a ProfileParseError on ${name}`, () => {
      void parseChecked(input());
    }, 30_000);
  }

  it('refuses input over MAX_PROFILE_BYTES on line 0 before reading it', () => {
    expect(parseChecked(`Ada\n${'x'.repeat(MAX_PROFILE_BYTES)}`)).toMatchObject({
      ok: false,
      line: 0,
    });
  });
});

// ---- Minimal cases of what fuzzing found ---------------------------------------------------------

describe('parseProfile() on cases found by fuzzing', () => {
  // The author-list reader looks for "et al." in the last 32 characters only: a run of spaces
  // inside "et   al." moved "et" out of that window (missed), or "^" of the window matched inside
  // a word (false "et al.").
  it.each([
    {
      name: 'finds "et al." after a run of 28 spaces',
      line: `Bo et${' '.repeat(28)}al.`,
      authors: ['Bo'],
      truncated: true,
    },
    {
      name: 'reads no "et al." in "Bet" + 27 spaces + "al."',
      line: `Bet${' '.repeat(27)}al.`,
      authors: ['Bet al.'],
      truncated: false,
    },
  ])('parseProfile() $name as with a single space', ({ line, authors, truncated }) => {
    const result = parseChecked(`Ada\n\nLGOct 28, 2022\nT\n\n${line}\n`);
    expect(result.ok && result.profile.papers[0]).toMatchObject({ authors, truncated });
    const single = parseChecked(`Ada\n\nLGOct 28, 2022\nT\n\n${line.replace(/ +/g, ' ')}\n`);
    expect(single.ok && single.profile.papers[0]).toMatchObject({ authors, truncated });
  });
});
