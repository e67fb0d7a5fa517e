// The line that opens a paper block: glued subject codes, a date, an optional `Code` marker
// (`LGAIMLOct 29, 2018`, `CLFeb 1, 2024Code`, `Mar 3, 2020`).

import { splitCategoryCodes } from './categories';

/** Longer lines are never paper lines; the check keeps the pattern off megabyte-long lines. */
export const MAX_PAPER_LINE_LENGTH = 256;

/**
 * Codes and the month's capital form one uppercase run; the month's other two letters end it, which
 * is how `MAMay` reads as MA + May. The character classes next to each other are disjoint and the
 * pattern is anchored, so it cannot backtrack more than a step.
 */
const PAPER_LINE = /^([A-Z]+)([a-z]{2}) ?(\d{1,2}) ?, ?(\d{4})(?: ?(Code))?$/;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface PaperLine {
  kind: 'paper';
  /** ISO date, yyyy-mm-dd. */
  date: string;
  /** Codes in the order written; may hold unknown codes (the caller warns). */
  codes: string[];
  hasCode: boolean;
}

/** A line shaped like a paper line whose date does not exist. */
export interface InvalidPaperLine {
  kind: 'invalid';
  /** Why the date is wrong, for the error message. */
  reason: string;
  /** The month part is a real month name (only the day is wrong). */
  knownMonth: boolean;
}

const pad2 = (value: number): string => String(value).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Reads a trimmed line as a paper line: null when it does not have the shape at all, `invalid` when
 * it has the shape but not a real date (`Feb 30, 2024`, `Foo 1, 2024`).
 */
export function readPaperLine(line: string): PaperLine | InvalidPaperLine | null {
  if (line.length > MAX_PAPER_LINE_LENGTH) return null;
  // Cheap checks first: a paper line starts with A-Z and ends with a digit or the "e" of "Code".
  const first = line.charCodeAt(0);
  if (first < 0x41 || first > 0x5a) return null;
  const end = line.charCodeAt(line.length - 1);
  if ((end < 0x30 || end > 0x39) && end !== 0x65) return null;
  const match = PAPER_LINE.exec(line);
  if (!match) return null;
  const [, run = '', rest = '', dayText = '', yearText = '', code] = match;
  const monthName = run.charAt(run.length - 1) + rest;
  const month = MONTHS.indexOf(monthName) + 1;
  if (month === 0) {
    return {
      kind: 'invalid',
      reason: `invalid date "${monthName} ${dayText}, ${yearText}": "${monthName}" is not a month (Jan to Dec)`,
      knownMonth: false,
    };
  }
  const year = Number(yearText);
  const day = Number(dayText);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return {
      kind: 'invalid',
      reason: `invalid date "${monthName} ${dayText}, ${yearText}": ${monthName} ${yearText} has days 1 to ${last}`,
      knownMonth: true,
    };
  }
  return {
    kind: 'paper',
    date: `${yearText}-${pad2(month)}-${pad2(day)}`,
    codes: splitCategoryCodes(run.slice(0, -1)),
    hasCode: code !== undefined,
  };
}
