// Writes a synthetic profile model in the plain-text profile format, the way the source site does.
import { MONTHS } from './vocabulary';

/** A paper as drawn, before the site cuts its author list. */
export interface SyntheticPaper {
  /** arXiv codes in order, glued on the paper line; empty for none. */
  codes: string[];
  /** ISO date, yyyy-mm-dd. */
  date: string;
  hasCode: boolean;
  title: string;
  /** The full author list; the text shows the first three and " et al." when longer. */
  authors: string[];
  /** One paragraph, or "" for none. */
  abstract: string;
  citations: number;
}

export interface SyntheticProfile {
  owner: string;
  primaryCategory: string;
  stats: { hIndex: number; papers: number; citations: number; noveltyPct: number; aiScore: number };
  papers: SyntheticPaper[];
}

/** The profile shows the first three names and " et al." for longer lists. */
export const SHOWN_AUTHORS = 3;

/** The author line as the profile prints it. */
export function formatAuthors(authors: readonly string[]): string {
  const shown = authors.slice(0, SHOWN_AUTHORS).join(', ');
  return authors.length > SHOWN_AUTHORS ? `${shown} et al.` : shown;
}

/** `2022-10-28` → `Oct 28, 2022`. */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return `${MONTHS[month - 1]} ${day}, ${year}`;
}

/** The profile text: header, blank-line separated paper blocks, one final newline. */
export function formatProfile(profile: SyntheticProfile): string {
  const { owner, primaryCategory, stats, papers } = profile;
  const header =
    `${owner}\n\n${primaryCategory}\nh-index${stats.hIndex}\n${stats.papers}papers\n` +
    `${stats.citations}citations\nNovelty${stats.noveltyPct}%\nAI Score${stats.aiScore}\n\n` +
    `${stats.papers} Papers\n\n`;
  const blocks = papers.map((paper) => {
    const dateLine = `${paper.codes.join('')}${formatDate(paper.date)}${paper.hasCode ? 'Code' : ''}`;
    const block = `${dateLine}\n${paper.title}\n\n${formatAuthors(paper.authors)}`;
    return paper.abstract === '' ? block : `${block}\n\n${paper.abstract}`;
  });
  return `${header}${blocks.join('\n\n')}\n`;
}
