// Which labels are always drawn (the owner and frequent coauthors) and how long a drawn label may be.
import type { AbstractGraph, Attributes } from 'graphology-types';

/** At most this many coauthors are labelled at rest, so the picture never turns into a soup of text. */
export const DEFAULT_MAX_RESTING_LABELS = 12;

/** A coauthor is "frequent" from this many papers on the profile. */
export const FREQUENT_COAUTHOR_PAPERS = 2;

/**
 * Keys of the nodes labelled without hover or selection: the owner, then the authors with at least
 * FREQUENT_COAUTHOR_PAPERS papers, most papers first (ties by name), at most `max` of them.
 */
export function restingLabels(
  graph: AbstractGraph,
  max = DEFAULT_MAX_RESTING_LABELS,
): ReadonlySet<string> {
  const keys = new Set<string>();
  const frequent: { key: string; count: number; label: string }[] = [];
  graph.forEachNode((key, attributes: Attributes) => {
    if (attributes.kind !== 'author') return;
    if (attributes.isOwner === true) keys.add(key);
    else if (Number(attributes.paperCount) >= FREQUENT_COAUTHOR_PAPERS) {
      frequent.push({ key, count: Number(attributes.paperCount), label: String(attributes.label) });
    }
  });
  frequent.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  for (const { key } of frequent.slice(0, max)) keys.add(key);
  return keys;
}

/** Cuts `text` to at most `max` characters at a word boundary when it can, ending with an ellipsis. */
export function truncateLabel(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/u, '')}…`;
}
