// What the details panel shows for a node, derived from the graph and the profile (pure, no DOM).
import { paperNodeKey } from '../../graph/keys';
import type { CoauthorGraph, PaperNodeAttributes } from '../../graph/types';
import { categoryName } from '../../profile/categories';
import type { Profile } from '../../profile/types';

export interface PaperItem {
  key: string;
  title: string;
  date: string;
  /** Primary category code, or null. */
  category: string | null;
  /** Its name (the code itself when the code is unknown), or null. */
  categoryName: string | null;
  hasCode: boolean;
}

export interface AuthorItem {
  key: string;
  name: string;
  isOwner: boolean;
}

export interface AuthorDetails {
  kind: 'author';
  key: string;
  name: string;
  isOwner: boolean;
  /** Papers of this author on the profile, newest first. */
  papers: PaperItem[];
  /** Coauthors on those papers with the number of papers shared, most first. */
  coauthors: (AuthorItem & { shared: number })[];
}

export interface PaperDetails {
  kind: 'paper';
  key: string;
  title: string;
  date: string;
  categories: { code: string; name: string }[];
  /** Authors in the order of the paper's list (an owner who is only implied comes last). */
  authors: AuthorItem[];
  /** The author list was cut ("et al."): more authors exist than are listed. */
  truncated: boolean;
  /** The owner is on the paper only by implication: the (cut) list did not show them. */
  ownerImplied: boolean;
  abstract: string;
  hasCode: boolean;
}

export type NodeDetails = AuthorDetails | PaperDetails;

function paperItem(key: string, a: PaperNodeAttributes): PaperItem {
  return {
    key,
    title: a.label,
    date: a.date,
    category: a.category,
    categoryName: a.category === null ? null : categoryName(a.category),
    hasCode: a.hasCode,
  };
}

function authorDetails(graph: CoauthorGraph, key: string): AuthorDetails | null {
  const attributes = graph.getNodeAttributes(key);
  if (attributes.kind !== 'author') return null;
  const papers: PaperItem[] = [];
  const shared = new Map<string, number>();
  graph.forEachNeighbor(key, (paperKey, paper) => {
    if (paper.kind !== 'paper') return;
    papers.push(paperItem(paperKey, paper));
    graph.forEachNeighbor(paperKey, (other) => {
      if (other !== key) shared.set(other, (shared.get(other) ?? 0) + 1);
    });
  });
  papers.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
  const coauthors = [...shared].map(([other, count]) => {
    const a = graph.getNodeAttributes(other);
    return { key: other, name: a.label, isOwner: a.kind === 'author' && a.isOwner, shared: count };
  });
  coauthors.sort((a, b) => b.shared - a.shared || a.name.localeCompare(b.name));
  return {
    kind: 'author',
    key,
    name: attributes.label,
    isOwner: attributes.isOwner,
    papers,
    coauthors,
  };
}

function paperDetails(graph: CoauthorGraph, profile: Profile, key: string): PaperDetails | null {
  const attributes = graph.getNodeAttributes(key);
  if (attributes.kind !== 'paper') return null;
  const listed: (AuthorItem & { position: number })[] = [];
  let ownerImplied = false;
  graph.forEachEdge(key, (_edge, edge, source, target) => {
    const author = source === key ? target : source;
    const a = graph.getNodeAttributes(author);
    if (a.kind !== 'author') return;
    if (edge.implied) ownerImplied = true;
    const position = edge.implied ? Number.MAX_SAFE_INTEGER : edge.position;
    listed.push({ key: author, name: a.label, isOwner: a.isOwner, position });
  });
  listed.sort((a, b) => a.position - b.position);
  const paper = profile.papers.find((p) => paperNodeKey(p.id) === key);
  return {
    kind: 'paper',
    key,
    title: attributes.label,
    date: attributes.date,
    categories: attributes.categories.map((code) => ({ code, name: categoryName(code) })),
    authors: listed.map(({ key: k, name, isOwner }) => ({ key: k, name, isOwner })),
    truncated: attributes.truncated,
    ownerImplied,
    abstract: paper?.abstract ?? '',
    hasCode: attributes.hasCode,
  };
}

/** Details of the node `key`, or null when there is no such node. */
export function nodeDetails(
  graph: CoauthorGraph,
  profile: Profile,
  key: string | null,
): NodeDetails | null {
  if (key === null || !graph.hasNode(key)) return null;
  return graph.getNodeAttribute(key, 'kind') === 'author'
    ? authorDetails(graph, key)
    : paperDetails(graph, profile, key);
}
