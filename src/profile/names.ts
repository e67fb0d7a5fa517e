// Name and text keys shared by the parser, the graph builder and the search box.

const WHITESPACE_RUN = /\s+/g;
/** Whitespace that collapsing would change: anything but a single space. */
const UNCOLLAPSED = /[^\S ]| {2}/;
/** Text without these is already NFC (nothing below U+0300 composes or decomposes on its own). */
const MAY_NEED_NFC = /[\u0300-\uffff]/;

function nfc(text: string): string {
  return MAY_NEED_NFC.test(text) ? text.normalize('NFC') : text;
}
const COMBINING_MARKS = /\p{M}/gu;

/**
 * Letters that carry their "accent" inside the letter (no combining mark to strip in NFD), folded to
 * what a person typing without the accent would write.
 */
const UNDECOMPOSABLE: Readonly<Record<string, string>> = {
  æ: 'ae',
  ð: 'd',
  đ: 'd',
  ħ: 'h',
  ı: 'i',
  ł: 'l',
  ø: 'o',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
  ŧ: 't',
};
const UNDECOMPOSABLE_LETTER = /[æðđħıłøœßþŧ]/g;

/** A name as it should be shown: NFC, trimmed, each run of whitespace one space. */
export function normalizeName(name: string): string {
  const composed = nfc(name);
  // Most names need no collapsing; testing first saves a replace on long lines.
  return (UNCOLLAPSED.test(composed) ? composed.replace(WHITESPACE_RUN, ' ') : composed).trim();
}

/**
 * The identity of an author: two spellings with the same key are one person. {@link normalizeName}
 * then a locale-independent lower case (`String.prototype.toLowerCase`, never the locale variant),
 * so `ZOË  Smith` and `Zoë Smith` are one author; `Zoe Smith` (no diaeresis) is another.
 */
export function authorKey(name: string): string {
  return nfc(normalizeName(name).toLowerCase());
}

/**
 * A key for accent- and case-insensitive search: NFD, combining marks removed, lower case,
 * whitespace collapsed and trimmed (`Zoë` → `zoe`, `Élodie  DURAND` → `elodie durand`). Letters
 * whose accent is not a combining mark are folded too (`Łukasz` → `lukasz`, `Søren` → `soren`,
 * `Strauß` → `strauss`). Compare two search keys, never a key with raw text.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(UNDECOMPOSABLE_LETTER, (letter) => UNDECOMPOSABLE[letter] ?? letter)
    .normalize('NFC')
    .replace(WHITESPACE_RUN, ' ')
    .trim();
}
