// One paper block: the paper line, the title, the author list, then the abstract up to the next paper line.

import { readAuthorList } from './author-list';
import { isKnownCategory } from './categories';
import { ProfileParseError } from './errors';
import { normalizeName } from './names';
import { readPaperLine } from './paper-line';
import type { Paper } from './types';
import { quote, type WarningList } from './warning-list';

/** A paper as read, before it gets its id (which depends on the papers before it). */
export type PaperBlock = Omit<Paper, 'id'>;

function nextContent(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length; i++) if (lines[i] !== '') return i;
  return -1;
}

/**
 * Reads the block whose paper line is at index `start` of the trimmed `lines`. Returns the paper and
 * the index of the next paper line (or `lines.length`). Throws when the date is invalid or the title
 * or author list is missing.
 */
export function readPaperBlock(
  lines: readonly string[],
  start: number,
  source: string,
  warnings: WarningList,
): { paper: PaperBlock; next: number } {
  const at = (index: number) => lines[index] as string;
  const error = (reason: string, index: number) => new ProfileParseError(reason, index + 1, source);
  const line = start + 1;

  const head = readPaperLine(at(start));
  if (head === null)
    throw error('expected a paper line (codes, then a date like "Oct 28, 2022")', start);
  if (head.kind === 'invalid') throw error(head.reason, start);

  const titleAt = nextContent(lines, start + 1);
  if (titleAt === -1) {
    const reason = `expected the title after the paper line on line ${line}, found the end of the input`;
    throw error(reason, lines.length - 1);
  }
  // "Top 10, 2024" has the shape of a paper line but no month: here it can only be a title.
  const titleShape = readPaperLine(at(titleAt));
  if (titleShape && (titleShape.kind === 'paper' || titleShape.knownMonth)) {
    throw error(
      `expected the title after the paper line on line ${line}, found another paper line`,
      titleAt,
    );
  }

  const authorsAt = nextContent(lines, titleAt + 1);
  const afterTitle = `expected the author list after the title on line ${titleAt + 1}`;
  if (authorsAt === -1) throw error(`${afterTitle}, found the end of the input`, lines.length - 1);
  if (readPaperLine(at(authorsAt))) throw error(`${afterTitle}, found a paper line`, authorsAt);
  const { authors, truncated } = readAuthorList(at(authorsAt), authorsAt + 1, source, warnings);

  // Paragraphs of the abstract: runs of lines between blank lines.
  const paragraphs: string[] = [];
  let paragraph: string[] = [];
  let next = authorsAt + 1;
  for (; next < lines.length; next++) {
    const text = at(next);
    if (text === '') {
      if (paragraph.length > 0) paragraphs.push(paragraph.join('\n'));
      paragraph = [];
    } else if (readPaperLine(text)) {
      break;
    } else {
      paragraph.push(text);
    }
  }
  if (paragraph.length > 0) paragraphs.push(paragraph.join('\n'));

  for (const code of head.codes) {
    if (!isKnownCategory(code))
      warnings.add(line, `unknown category code ${quote(code)} (kept as is)`);
  }

  return {
    paper: {
      title: normalizeName(at(titleAt)),
      date: head.date,
      categories: head.codes,
      category: head.codes[0] ?? null,
      hasCode: head.hasCode,
      authors,
      truncated,
      abstract: paragraphs.join('\n\n'),
      line,
    },
    next,
  };
}
