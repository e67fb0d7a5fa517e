// Node radius in layout units: the layout keeps nodes this far apart and the renderer draws them so.

/** Radius of a paper node (and of any node that is not an author). */
export const PAPER_SIZE = 3;
/** Radius of an author with no papers; it grows with the square root of the paper count. */
export const AUTHOR_BASE_SIZE = 4;
export const AUTHOR_SIZE_PER_SQRT_PAPER = 2;

/** The radius of a node from its research attributes (authors grow with their paper count). */
export function nodeSize(attributes: { kind?: unknown; paperCount?: unknown }): number {
  if (attributes.kind === 'author' && typeof attributes.paperCount === 'number') {
    return AUTHOR_BASE_SIZE + AUTHOR_SIZE_PER_SQRT_PAPER * Math.sqrt(attributes.paperCount);
  }
  return PAPER_SIZE;
}
