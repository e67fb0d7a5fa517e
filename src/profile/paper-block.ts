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

/** The error for the line at `index` (0-based). */
function errorAt(source: string, reason: string, index: number): ProfileParseError {
  return new ProfileParseError(reason, index + 1, source);
}

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
  const line = start + 1;
  const head = readPaperLine(lines[start] as string);
  if (head === null) {
    throw errorAt(source, 'expected a paper line (codes, then a date like "Oct 28, 2022")', start);
  }
  if (head.kind === 'invalid') throw errorAt(source, head.reason, start);

  const titleAt = nextContent(lines, start + 1);
  const afterPaperLine = `expected the title after the paper line on line ${line}`;
  if (titleAt === -1) {
    throw errorAt(source, `${afterPaperLine}, found the end of the input`, lines.length - 1);
  }
  const title = lines[titleAt] as string;
  // "Top 10, 2024" has the shape of a paper line but no month: here it can only be a title.
  const titleShape = readPaperLine(title);
  if (titleShape && (titleShape.kind === 'paper' || titleShape.knownMonth)) {
    throw errorAt(source, `${afterPaperLine}, found another paper line`, titleAt);
  }

  const authorsAt = nextContent(lines, titleAt + 1);
  const afterTitle = `expected the author list after the title on line ${titleAt + 1}`;
  if (authorsAt === -1) {
    throw errorAt(source, `${afterTitle}, found the end of the input`, lines.length - 1);
  }
  const authorLine = lines[authorsAt] as string;
  if (readPaperLine(authorLine))
    throw errorAt(source, `${afterTitle}, found a paper line`, authorsAt);
  const { authors, truncated } = readAuthorList(authorLine, authorsAt + 1, source, warnings);

  // Paragraphs of the abstract: runs of lines between blank lines.
  const paragraphs: string[] = [];
  let paragraph: string[] = [];
  let next = authorsAt + 1;
  for (; next < lines.length; next++) {
    const text = lines[next] as string;
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
      title: normalizeName(title),
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
