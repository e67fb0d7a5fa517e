// normalizeName(), authorKey() and searchKey(): what is shown, what identifies an author, what is searched.
import { describe, expect, it } from 'vitest';
import { authorKey, normalizeName, searchKey } from '../../src/profile/names';

const NFD_ZOE = 'Zoe\u0308'; // "Zoë" with a combining diaeresis

describe('normalizeName()', () => {
  const cases = [
    {
      name: 'trims and collapses spaces, tabs and newlines',
      input: '  Ada \t\n Example  ',
      expected: 'Ada Example',
    },
    {
      name: 'composes decomposed letters (NFC)',
      input: `${NFD_ZOE} Smith`,
      expected: 'Zo\u00EB Smith',
    },
    {
      name: 'keeps case and punctuation',
      input: "O'BRIEN-Smith, Jr.",
      expected: "O'BRIEN-Smith, Jr.",
    },
    {
      name: 'collapses no-break spaces too',
      input: 'Ada\u00A0\u00A0Example',
      expected: 'Ada Example',
    },
    { name: 'leaves an empty name empty', input: ' \t ', expected: '' },
  ];
  for (const { name, input, expected } of cases) {
    it(`normalizeName() ${name}`, () => expect(normalizeName(input)).toBe(expected));
  }
});

describe('authorKey()', () => {
  const cases = [
    { name: 'lower-cases a normalised name', input: '  ZOË   Smith ', expected: 'zoë smith' },
    {
      name: 'gives NFC and NFD spellings one key',
      input: `${NFD_ZOE} SMITH`,
      expected: 'zo\u00EB smith',
    },
    {
      name: 'keeps accents (Zoe and Zoë are two people)',
      input: 'Zoe Smith',
      expected: 'zoe smith',
    },
    {
      name: 'lower-cases Turkish İ the same in every locale',
      input: 'İlker',
      expected: 'i\u0307lker',
    },
    { name: 'lower-cases Greek with a final sigma', input: 'ΟΔΥΣΣΕΥΣ', expected: 'οδυσσευς' },
  ];
  for (const { name, input, expected } of cases) {
    it(`authorKey() ${name}`, () => expect(authorKey(input)).toBe(expected));
  }

  it('authorKey() makes two spellings of one author equal and two authors different', () => {
    expect(authorKey('Paolo  GLORIOSO')).toBe(authorKey('paolo glorioso'));
    expect(authorKey(`${NFD_ZOE} Smith`)).toBe(authorKey('ZOË SMITH'));
    expect(authorKey('Zoe Smith')).not.toBe(authorKey('Zoë Smith'));
  });
});

describe('searchKey()', () => {
  const cases = [
    { name: 'drops accents and case', input: 'Zoë', expected: 'zoe' },
    { name: 'drops accents of decomposed input', input: NFD_ZOE, expected: 'zoe' },
    {
      name: 'collapses and trims whitespace',
      input: '  Élodie \t DURAND ',
      expected: 'elodie durand',
    },
    {
      name: 'folds letters whose accent is not a mark',
      input: 'Łukasz Søren Strauß Æsir',
      expected: 'lukasz soren strauss aesir',
    },
    { name: 'drops the dot of Turkish İ', input: 'İlker', expected: 'ilker' },
    { name: 'keeps Hangul syllables whole', input: '한국어', expected: '한국어' },
    { name: 'keeps markup as text', input: '<b>Ada</b> &amp;', expected: '<b>ada</b> &amp;' },
  ];
  for (const { name, input, expected } of cases) {
    it(`searchKey() ${name}`, () => expect(searchKey(input)).toBe(expected));
  }
});
