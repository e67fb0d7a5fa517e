// The author line of a paper block: names separated by commas, cut short by a trailing "et al.".

import { ProfileParseError } from './errors';
import { authorKey, normalizeName } from './names';
import { quote, type WarningList } from './warning-list';

/** A longer "name" is more likely a sentence read in the wrong place: worth a warning. */
export const MAX_PLAIN_NAME_LENGTH = 100;

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);

/**
 * Where `et al.` (or `et al`, any case, any run of spaces) ends `part` as a word of its own, or -1.
 * Scans back from the end, so a megabyte-long part costs no more than its trailing spaces.
 */
export function etAlStart(part: string): number {
  let end = part.length;
  while (end > 0 && isSpace(part[end - 1])) end--;
  if (part[end - 1] === '.') end--;
  if (end < 2 || part.slice(end - 2, end).toLowerCase() !== 'al') return -1;
  let gap = end - 2;
  while (gap > 0 && isSpace(part[gap - 1])) gap--;
  if (gap === end - 2 || gap < 2 || part.slice(gap - 2, gap).toLowerCase() !== 'et') return -1;
  const start = gap - 2;
  return start === 0 || isSpace(part[start - 1]) ? start : -1;
}

export interface AuthorList {
  authors: string[];
  truncated: boolean;
}

/**
 * Reads a trimmed author line (1-based `line` for messages). Names are normalised, an author listed
 * twice is kept once, empty names are skipped; each with a warning. Throws when no name is left.
 */
export function readAuthorList(
  text: string,
  line: number,
  source: string,
  warnings: WarningList,
): AuthorList {
  const parts = text.split(',');
  const last = parts.length - 1;
  const lastPart = parts[last] as string;
  const etAl = etAlStart(lastPart);
  const truncated = etAl >= 0;
  if (truncated) parts[last] = lastPart.slice(0, etAl);

  const authors: string[] = [];
  const seen = new Map<string, string>();
  let empty = 0;
  for (let index = 0; index <= last; index++) {
    const name = normalizeName(parts[index] as string);
    if (name === '') {
      // "A, B, et al." leaves an empty last part: that one is expected.
      if (!(truncated && index === last)) empty++;
      continue;
    }
    const key = authorKey(name);
    const first = seen.get(key);
    if (first !== undefined) {
      warnings.add(line, `author ${quote(name)} is listed twice (as ${quote(first)}); kept once`);
      continue;
    }
    seen.set(key, name);
    if (name.length > MAX_PLAIN_NAME_LENGTH) {
      warnings.add(
        line,
        `author name of ${name.length} characters (${quote(name)}); is this line an author list?`,
      );
    }
    authors.push(name);
  }

  if (authors.length === 0) {
    const reason = truncated
      ? 'expected at least one author name before "et al."'
      : 'expected at least one author name in the author list';
    throw new ProfileParseError(reason, line, source);
  }
  if (empty > 0) {
    warnings.add(line, `${empty} empty author name${empty === 1 ? '' : 's'} in the list; skipped`);
  }
  return { authors, truncated };
}
