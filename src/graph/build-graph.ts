// Builds the author–paper graph of a profile: one node per author and per paper, one edge per authorship.
import Graph from 'graphology';
import { normalizeName } from '../profile/names';
import type { Paper, Profile } from '../profile/types';
import { authorNodeKey, authorshipEdgeKey, paperNodeKey } from './keys';
import {
  GRAPH_OPTIONS,
  type AuthorNodeAttributes,
  type AuthorshipEdgeAttributes,
  type CoauthorGraph,
  type NodeAttributes,
  type PaperNodeAttributes,
} from './types';

/**
 * The graph of a profile. The owner is linked to every paper: a link the author list did not show
 * (cut by "et al.", or simply missing) is marked `implied: true` with `position: -1`.
 * Authors are one node per author key; an author's label is the first spelling met, except the
 * owner's, which is the profile's spelling. Names listed twice on one paper count once.
 */
export function buildGraph(profile: Profile): CoauthorGraph {
  const graph: CoauthorGraph = new Graph<NodeAttributes, AuthorshipEdgeAttributes>(GRAPH_OPTIONS);
  // Each author's attributes object, counted up as its papers come: the graph holds these very
  // objects, so no copy is made per authorship (30,000 papers have about 100,000).
  const authors = new Map<string, AuthorNodeAttributes>();
  const addAuthor = (key: string, name: string, isOwner: boolean): AuthorNodeAttributes => {
    const author: AuthorNodeAttributes = {
      kind: 'author',
      label: normalizeName(name),
      paperCount: 0,
      isOwner,
      firstYear: 0,
      lastYear: 0,
    };
    authors.set(key, author);
    graph.addNode(key, author);
    return author;
  };
  const ownerKey = authorNodeKey(profile.owner);
  const owner = addAuthor(ownerKey, profile.owner, true);

  for (const paper of profile.papers) {
    const paperKey = paperNodeKey(paper.id);
    if (graph.hasNode(paperKey)) {
      throw new Error(`buildGraph: two papers share the id ${JSON.stringify(paper.id)}`);
    }
    const attributes = paperAttributes(paper);
    const { year } = attributes;
    graph.addNode(paperKey, attributes);
    // The authors linked to this paper: a name listed twice counts once.
    const linked = new Set<string>();
    const link = (
      key: string,
      author: AuthorNodeAttributes,
      edge: AuthorshipEdgeAttributes,
    ): void => {
      if (linked.has(key)) return;
      linked.add(key);
      graph.addUndirectedEdgeWithKey(authorshipEdgeKey(paperKey, key), key, paperKey, edge);
      const first = author.paperCount === 0;
      author.paperCount += 1;
      author.firstYear = first ? year : Math.min(author.firstYear, year);
      author.lastYear = first ? year : Math.max(author.lastYear, year);
    };
    paper.authors.forEach((name, position) => {
      const key = authorNodeKey(name);
      link(key, authors.get(key) ?? addAuthor(key, name, false), { implied: false, position });
    });
    link(ownerKey, owner, { implied: true, position: -1 });
  }
  return graph;
}

function paperAttributes(paper: Paper): PaperNodeAttributes {
  return {
    kind: 'paper',
    label: paper.title,
    date: paper.date,
    year: Number(paper.date.slice(0, 4)),
    category: paper.category,
    categories: [...paper.categories],
    hasCode: paper.hasCode,
    truncated: paper.truncated,
  };
}
