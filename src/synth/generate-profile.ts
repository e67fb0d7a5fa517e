// Deterministic synthetic publication profiles in the plain-text profile format, for tests and benchmarks.
import { createCoauthorPool, drawName } from './coauthor-pool';
import { formatProfile, type SyntheticPaper, type SyntheticProfile } from './format-profile';
import { createRandom, createWeightedSampler, type Random } from './random';
import { drawAbstract, drawTitle } from './text';
import { CATEGORY_WEIGHTS } from './vocabulary';

export interface GenerateProfileOptions {
  /** Number of papers, 1..MAX_GENERATED_PAPERS. */
  papers: number;
  /** Seed of the random stream; the same seed and paper count give byte-identical text. */
  seed?: string | number;
}

export const MAX_GENERATED_PAPERS = 200_000;
export const DEFAULT_SEED = 1;
/** Last day papers are dated up to: fixed, so the output does not depend on the clock. */
const END_DATE_MS = Date.UTC(2025, 9, 31);
const DAY_MS = 86_400_000;

/** Share of papers with no subject code, with the `Code` marker, without an abstract. */
const NO_CATEGORY_SHARE = 0.06;
const CODE_MARKER_SHARE = 0.4;
const NO_ABSTRACT_SHARE = 0.08;
/** Share of papers that list the owner at all (the rest are attributed to them by the site). */
const OWNER_LISTED_SHARE = 0.9;
/** Relative frequencies of author-list lengths 1..12. */
const AUTHOR_COUNT_WEIGHTS = [3, 9, 14, 15, 13, 11, 9, 7, 6, 5, 4, 4];

/** Span of publication years: a couple of years for a handful of papers, 25 for a big record. */
export function publicationSpanYears(papers: number): number {
  return Math.min(25, Math.max(2, Math.round(3 * Math.log(papers))));
}

/** Size of the coauthor pool: sublinear in the paper count, as collaborators recur. */
export function coauthorPoolSize(papers: number): number {
  return Math.max(24, Math.round(3 * Math.pow(papers, 0.8)));
}

/** Generates a synthetic profile as text; pure and deterministic. */
export function generateProfile(options: GenerateProfileOptions): string {
  return formatProfile(createSyntheticProfile(options));
}

/**
 * Draws the profile that {@link generateProfile} writes, as data: what a parser must read back
 * (the full author lists included, which the text cuts to three names).
 */
export function createSyntheticProfile(options: GenerateProfileOptions): SyntheticProfile {
  const { papers, seed = DEFAULT_SEED } = options;
  if (!Number.isInteger(papers) || papers < 1 || papers > MAX_GENERATED_PAPERS) {
    throw new RangeError(`papers must be an integer in 1..${MAX_GENERATED_PAPERS}, got ${papers}`);
  }
  const random = createRandom(`coauthor-network synth ${seed}`);
  const owner = drawName(random);
  const pool = createCoauthorPool(random, coauthorPoolSize(papers), [owner]);
  const drawCategory = createCategorySampler(random);
  const drawAuthorCount = createWeightedSampler(AUTHOR_COUNT_WEIGHTS);
  const spanDays = publicationSpanYears(papers) * 365;
  const titles = new Set<string>();

  const drawn: SyntheticPaper[] = [];
  for (let i = 0; i < papers; i++) {
    // sqrt(u) has density 2t on [0, 1): recent years carry more papers than early ones.
    const ageDays = Math.floor(spanDays * (1 - Math.sqrt(random.next())));
    let title = drawTitle(random);
    while (titles.has(title)) title = drawTitle(random);
    titles.add(title);
    drawn.push({
      codes: random.chance(NO_CATEGORY_SHARE) ? [] : drawCodes(random, drawCategory),
      date: new Date(END_DATE_MS - ageDays * DAY_MS).toISOString().slice(0, 10),
      hasCode: random.chance(CODE_MARKER_SHARE),
      title,
      authors: drawAuthors(random, owner, pool.names, pool.draw, drawAuthorCount(random) + 1),
      abstract: random.chance(NO_ABSTRACT_SHARE) ? '' : drawAbstract(random),
      citations: drawCitations(random, ageDays / 365),
    });
  }
  return {
    owner,
    primaryCategory: primaryCategory(drawn),
    stats: {
      hIndex: hIndex(drawn.map((paper) => paper.citations)),
      papers,
      citations: drawn.reduce((sum, paper) => sum + paper.citations, 0),
      noveltyPct: random.between(15, 75),
      aiScore: random.between(5, 95),
    },
    papers: drawn,
  };
}

/** Weighted subject codes, skewed towards a field of the owner's own. */
function createCategorySampler(random: Random): (random: Random) => string {
  const field = random.int(4); // one of the four most common codes gets a strong boost
  const codes = CATEGORY_WEIGHTS.map(([code]) => code);
  const weights = CATEGORY_WEIGHTS.map(([, weight], i) => (i === field ? weight * 6 : weight));
  const sample = createWeightedSampler(weights);
  return (r) => codes[sample(r)] as string;
}

function drawCodes(random: Random, drawCategory: (random: Random) => string): string[] {
  const count = random.chance(0.6) ? 1 : random.chance(0.7) ? 2 : 3;
  const codes: string[] = [];
  while (codes.length < count) {
    const code = drawCategory(random);
    if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}

/** A full author list of `count` distinct names, the owner in most of them. */
function drawAuthors(
  random: Random,
  owner: string,
  names: readonly string[],
  draw: (random: Random) => number,
  count: number,
): string[] {
  const withOwner = random.chance(OWNER_LISTED_SHARE);
  const others = Math.min(withOwner ? count - 1 : count, names.length);
  const chosen = new Set<number>();
  let attempts = 0;
  while (chosen.size < others) {
    let index = draw(random);
    // The head of the law is tiny for small pools: after a few clashes take the next free rank.
    if (++attempts > 8 * others) while (chosen.has(index)) index = (index + 1) % names.length;
    chosen.add(index);
  }
  const authors = [...chosen].map((index) => names[index] as string);
  if (withOwner) {
    // The owner leads or closes many lists; otherwise sits anywhere, often behind "et al.".
    const roll = random.next();
    const at = roll < 0.35 ? 0 : roll < 0.55 ? authors.length : random.int(authors.length + 1);
    authors.splice(at, 0, owner);
  }
  return authors;
}

/** Heavy-tailed citation count growing with the paper's age. */
function drawCitations(random: Random, ageYears: number): number {
  const mu = 0.3 + 1.1 * Math.log1p(ageYears);
  return Math.max(0, Math.floor(Math.exp(mu + 1.2 * random.normal()) - 1));
}

function hIndex(citations: number[]): number {
  const sorted = [...citations].sort((a, b) => b - a);
  let h = 0;
  while (h < sorted.length && (sorted[h] as number) >= h + 1) h++;
  return h;
}

/** The most common first code of the papers (LG when none has a code). */
function primaryCategory(papers: readonly SyntheticPaper[]): string {
  const counts = new Map<string, number>();
  for (const paper of papers) {
    const first = paper.codes[0];
    if (first !== undefined) counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  let primary = 'LG';
  for (const [code, count] of counts) if (count > (counts.get(primary) ?? 0)) primary = code;
  return primary;
}
