// The author line of a paper block: names separated by commas, cut short by a trailing "et al.".

import { ProfileParseError } from './errors';
import { authorKey, normalizeName } from './names';
import { quote, type WarningList } from './warning-list';

/** A longer "name" is more likely a sentence read in the wrong place: worth a warning. */
export const MAX_PLAIN_NAME_LENGTH = 100;

/** `et al.` (or `et al`, any case) ending the last name, or standing alone after the last comma. */
const ET_AL = /(?:^|\s)et\s+al\.?$/i;

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
  // The pattern runs on the tail only, so a megabyte-long line costs no more than a short one.
  const lastPart = parts[last] as string;
  const tail = lastPart.slice(-32);
  const etAl = ET_AL.exec(tail);
  const truncated = etAl !== null;
  if (etAl) parts[last] = lastPart.slice(0, lastPart.length - tail.length + etAl.index);

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
