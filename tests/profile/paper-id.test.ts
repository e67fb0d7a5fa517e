// fnv1a64() against the published FNV-1a test vectors, and what paperId() depends on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fnv1a64, paperId } from '../../src/profile/paper-id';

describe('fnv1a64()', () => {
  // Vectors from the FNV reference (Landon Curt Noll's test suite), 64-bit FNV-1a.
  const cases = [
    { name: 'the empty string', input: '', expected: 'cbf29ce484222325' },
    { name: '"a"', input: 'a', expected: 'af63dc4c8601ec8c' },
    { name: '"foobar"', input: 'foobar', expected: '85944171f73967e8' },
    { name: '"chongo was here!\\n"', input: 'chongo was here!\n', expected: '46810940eff5f915' },
  ];
  for (const { name, input, expected } of cases) {
    it(`fnv1a64() hashes ${name}`, () => expect(fnv1a64(input)).toBe(expected));
  }

  it('fnv1a64() hashes the UTF-8 bytes of non-ASCII text', () => {
    expect(fnv1a64('é')).toBe(fnv1a64('\u00e9'));
    expect(fnv1a64('é')).not.toBe(fnv1a64('e'));
    expect(fnv1a64('é')).toMatch(/^[0-9a-f]{16}$/);
  });
});

/** The textbook FNV-1a 64 over TextEncoder's bytes, in BigInt: slow, obviously right. */
function referenceFnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

describe('fnv1a64() against a BigInt reference', () => {
  it('fnv1a64() agrees with the reference on any UTF-16 text, lone surrogates included', () => {
    const units = fc
      .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 64 })
      .map((codes) => String.fromCharCode(...codes));
    fc.assert(
      fc.property(fc.oneof(units, fc.string({ unit: 'binary' })), (text) => {
        expect(fnv1a64(text)).toBe(referenceFnv1a64(text));
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('fnv1a64() agrees with the reference on a text longer than its reused buffer', () => {
    const text = 'Zoë 😀 '.repeat(2000);
    expect(fnv1a64(text)).toBe(referenceFnv1a64(text));
    expect(fnv1a64('short')).toBe(referenceFnv1a64('short'));
  });
});

describe('paperId()', () => {
  it('paperId() depends on the date, the title and the authors in order', () => {
    const base = paperId('2023-01-02', 'A title', ['Ada', 'Bo']);
    expect(paperId('2023-01-02', 'A  TITLE', ['ADA', ' bo'])).toBe(base);
    expect(paperId('2023-01-03', 'A title', ['Ada', 'Bo'])).not.toBe(base);
    expect(paperId('2023-01-02', 'A title!', ['Ada', 'Bo'])).not.toBe(base);
    expect(paperId('2023-01-02', 'A title', ['Bo', 'Ada'])).not.toBe(base);
    expect(paperId('2023-01-02', 'A title', ['Ada'])).not.toBe(base);
  });

  it('paperId() does not confuse a title boundary with an author boundary', () => {
    expect(paperId('2023-01-02', 'A', ['B', 'C'])).not.toBe(paperId('2023-01-02', 'A B', ['C']));
  });
});
