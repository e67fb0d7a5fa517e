// Data types of a parsed publication profile: what the text says, nothing visual.

/** A non-fatal oddity found while parsing, with its 1-based line number. */
export interface ParseWarning {
  line: number;
  message: string;
}

/** Header figures of a profile; each one is null when the profile does not give it. */
export interface ProfileStats {
  hIndex: number | null;
  papers: number | null;
  citations: number | null;
  noveltyPct: number | null;
  aiScore: number | null;
}

export interface Paper {
  /** Stable across runs: derived from the paper's content (date, title, authors). */
  id: string;
  title: string;
  /** ISO date, yyyy-mm-dd. */
  date: string;
  /** arXiv subject codes in the order the profile lists them (e.g. ["LG", "AI", "ML"]). */
  categories: string[];
  /** The primary (first) code, or null when the paper line has none. */
  category: string | null;
  /** The paper line carries the `Code` marker. */
  hasCode: boolean;
  /** Authors as listed, NFC, without the trailing "et al.". */
  authors: string[];
  /** The author list ended with "et al.": it was cut to its first names. */
  truncated: boolean;
  /** The abstract, or "" when the profile has none. */
  abstract: string;
  /** 1-based line of the paper's date line in the source text. */
  line: number;
}

export interface Profile {
  owner: string;
  /** Primary category code from the header, or null. */
  primaryCategory: string | null;
  stats: ProfileStats;
  papers: Paper[];
  warnings: ParseWarning[];
}

export interface ParseOptions {
  /** Name of the input (a file name or URL) used in error messages. */
  source?: string;
}
