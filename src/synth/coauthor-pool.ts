// A seeded pool of distinct coauthor names drawn with a heavy tail: a few names recur on many papers.
import { createWeightedSampler, type Random } from './random';
import { FIRST_NAMES, LAST_NAMES } from './vocabulary';

const INITIALS = 'ABCDEFGHJKLMNPRSTVW';
/** Share of names with a middle initial ("Anna K. Berg"); they also widen the space of names. */
const MIDDLE_INITIAL_SHARE = 0.15;
/**
 * Zipf–Mandelbrot exponent and offset: rank k is drawn with weight 1 / (k + q)^s. The offset keeps
 * the first few ranks from taking an implausible share of all papers.
 */
const ZIPF_EXPONENT = 1.05;
const ZIPF_OFFSET = 2.5;

export interface CoauthorPool {
  /** Names in rank order: names[0] is the most frequent coauthor. */
  readonly names: readonly string[];
  /** Draws the index of one coauthor, heavy-tailed over ranks. */
  draw(random: Random): number;
}

/** Draws one person's name; most have no middle initial. */
export function drawName(random: Random): string {
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  return random.chance(MIDDLE_INITIAL_SHARE)
    ? `${first} ${INITIALS[random.int(INITIALS.length)]}. ${last}`
    : `${first} ${last}`;
}

/** Largest pool that can be filled with distinct names without the draws stalling. */
export const MAX_POOL_SIZE = Math.floor(
  FIRST_NAMES.length * LAST_NAMES.length * (1 + INITIALS.length) * 0.25,
);

/**
 * Creates a pool of `size` distinct names, none in `exclude` (the profile owner), ranked so that
 * `draw` follows a Zipf–Mandelbrot law over ranks.
 */
export function createCoauthorPool(
  random: Random,
  size: number,
  exclude: readonly string[] = [],
): CoauthorPool {
  if (!Number.isInteger(size) || size < 1 || size > MAX_POOL_SIZE) {
    throw new RangeError(`coauthor pool size must be an integer in 1..${MAX_POOL_SIZE}`);
  }
  const taken = new Set(exclude);
  const names: string[] = [];
  while (names.length < size) {
    const name = drawName(random);
    if (taken.has(name)) continue;
    taken.add(name);
    names.push(name);
  }
  const weights = names.map((_, rank) => 1 / Math.pow(rank + 1 + ZIPF_OFFSET, ZIPF_EXPONENT));
  return { names, draw: createWeightedSampler(weights) };
}
