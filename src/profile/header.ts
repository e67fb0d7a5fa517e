// A profile's header after the owner's name: the primary category and the figures
// (`CL`, `h-index25`, `6papers`, `285citations`, `Novelty43%`, `AI Score37`, `6 Papers`).

import { isKnownCategory } from './categories';
import { readPaperLine } from './paper-line';
import type { ProfileStats } from './types';
import { quote, type WarningList } from './warning-list';

/** Longer lines are never header fields (and never reach a pattern). */
export const MAX_HEADER_LINE_LENGTH = 100;

export type HeaderLine =
  { kind: 'category'; code: string } | { kind: 'stat'; field: keyof ProfileStats; value: number };

/** How messages name each figure. */
export const STAT_LABELS: Readonly<Record<keyof ProfileStats, string>> = {
  hIndex: 'h-index',
  papers: 'paper count',
  citations: 'citation count',
  noveltyPct: 'novelty',
  aiScore: 'AI score',
};

// Whole numbers, optionally with thousands separators (1,234); decimals for the two scores.
const INT = String.raw`(\d{1,3}(?:,\d{3}){1,4}|\d{1,15})`;
const DEC = String.raw`(\d{1,15}(?:\.\d{1,6})?)`;

// Anchored, bounded, and run only on lines of at most MAX_HEADER_LINE_LENGTH characters.
const STAT_PATTERNS: readonly (readonly [keyof ProfileStats, RegExp])[] = [
  ['hIndex', new RegExp(String.raw`^h-index ?:? ?${INT}$`, 'i')],
  ['papers', new RegExp(String.raw`^${INT} ?papers?$`, 'i')],
  ['citations', new RegExp(String.raw`^${INT} ?citations?$`, 'i')],
  ['noveltyPct', new RegExp(String.raw`^novelty ?:? ?${DEC} ?%$`, 'i')],
  ['aiScore', new RegExp(String.raw`^ai ?score ?:? ?${DEC}$`, 'i')],
];

/** `CL`, or with its archive, `cs.CL`. */
const CATEGORY = /^(?:[a-z][a-z-]{0,15}\.)?([A-Z]{2})$/;

/** Reads a trimmed header line; null when it is none of the known fields. */
export function readHeaderLine(line: string): HeaderLine | null {
  if (line.length > MAX_HEADER_LINE_LENGTH) return null;
  const category = CATEGORY.exec(line);
  if (category) return { kind: 'category', code: category[1] as string };
  for (const [field, pattern] of STAT_PATTERNS) {
    const match = pattern.exec(line);
    if (match)
      return { kind: 'stat', field, value: Number((match[1] as string).replace(/,/g, '')) };
  }
  return null;
}

export interface Header {
  primaryCategory: string | null;
  stats: ProfileStats;
  /** Every paper-count line (`6papers`, `6 Papers`), to be checked against the paper blocks. */
  paperCounts: { line: number; value: number }[];
  /** Index of the first paper line, or `lines.length` when there is none. */
  end: number;
}

/**
 * Reads the header: the trimmed lines from index `from` up to the first paper line. Lines that are
 * no known field are skipped with a warning; a field given twice keeps its first value.
 */
export function readHeader(lines: readonly string[], from: number, warnings: WarningList): Header {
  const stats: ProfileStats = {
    hIndex: null,
    papers: null,
    citations: null,
    noveltyPct: null,
    aiScore: null,
  };
  const statLines: Partial<Record<keyof ProfileStats, number>> = {};
  const paperCounts: { line: number; value: number }[] = [];
  let primaryCategory: string | null = null;
  let categoryLine = 0;
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '') continue;
    if (readPaperLine(line)) break;
    const lineNo = i + 1;
    const field = readHeaderLine(line);
    if (!field) {
      warnings.add(lineNo, `unrecognised header line ${quote(line)}; ignored`);
    } else if (field.kind === 'category') {
      if (primaryCategory === null) {
        primaryCategory = field.code;
        categoryLine = lineNo;
        if (!isKnownCategory(field.code)) {
          warnings.add(lineNo, `unknown category code ${quote(field.code)} (kept as is)`);
        }
      } else if (field.code !== primaryCategory) {
        warnings.add(
          lineNo,
          `category given twice (${primaryCategory} on line ${categoryLine}, ${field.code} here); the first is kept`,
        );
      }
    } else {
      if (field.field === 'papers') paperCounts.push({ line: lineNo, value: field.value });
      const previous = stats[field.field];
      if (previous === null) {
        stats[field.field] = field.value;
        statLines[field.field] = lineNo;
      } else if (previous !== field.value) {
        warnings.add(
          lineNo,
          `${STAT_LABELS[field.field]} given twice (${previous} on line ${statLines[field.field]}, ${field.value} here); the first is kept`,
        );
      }
    }
  }
  return { primaryCategory, stats, paperCounts, end: i };
}
