// Which labels are always drawn (the owner and frequent coauthors) and how long a drawn label may be.
import type { AbstractGraph, Attributes } from 'graphology-types';

/** At most this many coauthors are labelled at rest, so the picture never turns into a soup of text. */
export const DEFAULT_MAX_RESTING_LABELS = 12;

/** A coauthor is "frequent" from this many papers on the profile. */
export const FREQUENT_COAUTHOR_PAPERS = 2;

interface Frequent {
  key: string;
  count: number;
  label: string;
}

/** Frequent coauthors, most papers first (ties by name): the order in which they are labelled. */
function frequentCoauthors(graph: AbstractGraph): Frequent[] {
  const frequent: Frequent[] = [];
  graph.forEachNode((key, attributes: Attributes) => {
    if (attributes.kind !== 'author' || attributes.isOwner === true) return;
    const count = Number(attributes.paperCount);
    if (count >= FREQUENT_COAUTHOR_PAPERS)
      frequent.push({ key, count, label: String(attributes.label) });
  });
  return frequent.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/**
 * Keys of the nodes labelled without hover or selection: the owner, then the authors with at least
 * FREQUENT_COAUTHOR_PAPERS papers, most papers first (ties by name), at most `max` of them.
 */
export function restingLabels(
  graph: AbstractGraph,
  max = DEFAULT_MAX_RESTING_LABELS,
): ReadonlySet<string> {
  const keys = new Set<string>();
  graph.forEachNode((key, attributes: Attributes) => {
    if (attributes.kind === 'author' && attributes.isOwner === true) keys.add(key);
  });
  for (const { key } of frequentCoauthors(graph).slice(0, max)) keys.add(key);
  return keys;
}

/**
 * A test on a node's attributes that holds for exactly restingLabels(graph, max): the renderer's
 * styles read attributes, not keys, and a label known when the graph is first drawn takes part in
 * sigma's label placement from the start.
 */
export function restingLabelTest(
  graph: AbstractGraph,
  max = DEFAULT_MAX_RESTING_LABELS,
): (attributes: Attributes) => boolean {
  const last = frequentCoauthors(graph).slice(0, max).pop();
  return (a) => {
    if (a.kind !== 'author') return false;
    if (a.isOwner === true) return true;
    const count = Number(a.paperCount);
    if (last === undefined || count < FREQUENT_COAUTHOR_PAPERS) return false;
    return (
      count > last.count || (count === last.count && String(a.label).localeCompare(last.label) <= 0)
    );
  };
}

/** Cuts `text` to at most `max` characters at a word boundary when it can, ending with an ellipsis. */
export function truncateLabel(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/u, '')}…`;
}
