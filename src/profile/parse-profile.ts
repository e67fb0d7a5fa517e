// Reads a researcher's plain-text publication profile into a Profile; the format is in data/README.md.

import { ProfileParseError } from './errors';
import { readHeader, readHeaderLine, STAT_LABELS } from './header';
import { normalizeName } from './names';
import { readPaperBlock } from './paper-block';
import { fnv1a64, paperIdentity } from './paper-id';
import { readPaperLine } from './paper-line';
import { readLines } from './read-lines';
import type { Paper, ParseOptions, Profile } from './types';
import { quote, WarningList } from './warning-list';

/**
 * The largest profile accepted, in UTF-16 code units (`text.length`): 20 MiB. Larger input is
 * refused with a ProfileParseError on line 0 before anything else is read.
 */
export const MAX_PROFILE_BYTES = 20 * 1024 * 1024;

/** An owner's "name" longer than this is probably not a name: worth a warning. */
const MAX_PLAIN_OWNER_LENGTH = 200;

/** What the first line is when it cannot be the owner's name (another known line), or null. */
function describeNonName(line: string): string | null {
  if (readPaperLine(line)) return 'a paper line';
  const field = readHeaderLine(line);
  if (!field) return null;
  return field.kind === 'category' ? 'the category line' : `the ${STAT_LABELS[field.field]} line`;
}

/**
 * Parses a profile: the owner's name, optional header lines, then one block per paper.
 * Returns the profile with its warnings (odd but readable input), or throws a ProfileParseError
 * naming `options.source` and the 1-based line (0 for the whole input) of what could not be read.
 * Linear in the length of the text.
 */
export function parseProfile(text: string, options: ParseOptions = {}): Profile {
  const source = typeof options?.source === 'string' ? options.source : 'profile';
  const error = (reason: string, line: number) => new ProfileParseError(reason, line, source);
  if (typeof text !== 'string') throw error('expected the profile as a string', 0);
  if (text.length > MAX_PROFILE_BYTES) {
    throw error(`profile is larger than the 20 MiB limit (${text.length} UTF-16 code units)`, 0);
  }

  const warnings = new WarningList();
  const lines = readLines(text, warnings);

  // The owner: the first line with text on it.
  const ownerAt = lines.findIndex((line) => line !== '');
  if (ownerAt === -1) throw error("expected the owner's name, found an empty profile", 1);
  const ownerLine = lines[ownerAt] as string;
  const notAName = describeNonName(ownerLine);
  if (notAName) {
    throw error(`expected the owner's name, found ${notAName} ${quote(ownerLine)}`, ownerAt + 1);
  }
  const owner = normalizeName(ownerLine);
  if (owner.length > MAX_PLAIN_OWNER_LENGTH) {
    warnings.add(ownerAt + 1, `the owner's name is ${owner.length} characters long; is it a name?`);
  }

  const header = readHeader(lines, ownerAt + 1, warnings);

  const papers: Paper[] = [];
  const firstLineOf = new Map<string, number>();
  const ids = new Set<string>();
  for (let i = header.end; i < lines.length;) {
    const { paper, next } = readPaperBlock(lines, i, source, warnings);
    i = next;
    const identity = paperIdentity(paper.date, paper.title, paper.authors);
    const original = firstLineOf.get(identity);
    if (original !== undefined) {
      const message = `duplicate of the paper on line ${original} (${quote(paper.title)}); kept once`;
      warnings.add(paper.line, message);
      continue;
    }
    firstLineOf.set(identity, paper.line);
    // Two papers with one 64-bit hash are unlikely; should it happen, the later one gets a suffix.
    const base = fnv1a64(identity);
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    papers.push({
      id,
      title: paper.title,
      date: paper.date,
      categories: paper.categories,
      category: paper.category,
      hasCode: paper.hasCode,
      authors: paper.authors,
      truncated: paper.truncated,
      abstract: paper.abstract,
      line: paper.line,
    });
  }

  // The profile's two count lines (`6papers`, `6 Papers`) are always reported; any further ones
  // only within the warning cap, so that a flood of count lines cannot flood the warnings.
  header.paperCounts.forEach(({ line, value }, index) => {
    if (value !== papers.length) {
      const message = `the header says ${value} papers but the profile lists ${papers.length}; the paper blocks are used`;
      warnings.add(line, message, index < 2);
    }
  });

  return {
    owner,
    primaryCategory: header.primaryCategory,
    stats: header.stats,
    papers,
    warnings: warnings.toArray(),
  };
}
