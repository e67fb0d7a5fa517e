// Node and edge keys of the author–paper graph, so every view names a node the same way.
import { authorKey } from '../profile/names';
import { AUTHOR_PREFIX, PAPER_PREFIX } from './types';

/** Key of an author's node: `a:` and the author key (NFC, trimmed, spaces collapsed, case folded). */
export function authorNodeKey(name: string): string {
  return AUTHOR_PREFIX + authorKey(name);
}

/** Key of a paper's node: `p:` and the paper's id. */
export function paperNodeKey(id: string): string {
  return PAPER_PREFIX + id;
}

/** Key of an authorship edge: the paper's node key, `|`, the author's node key. */
export function authorshipEdgeKey(paperNode: string, authorNode: string): string {
  return `${paperNode}|${authorNode}`;
}

/** Key of a coauthor edge: the two author node keys in code-unit order. */
export function coauthorEdgeKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
