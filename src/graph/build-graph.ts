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
  const ownerKey = authorNodeKey(profile.owner);
  graph.addNode(ownerKey, authorAttributes(normalizeName(profile.owner), true));

  for (const paper of profile.papers) {
    const paperKey = paperNodeKey(paper.id);
    if (graph.hasNode(paperKey)) {
      throw new Error(`buildGraph: two papers share the id ${JSON.stringify(paper.id)}`);
    }
    const attributes = paperAttributes(paper);
    graph.addNode(paperKey, attributes);

    paper.authors.forEach((name, position) => {
      const key = authorNodeKey(name);
      if (!graph.hasNode(key)) graph.addNode(key, authorAttributes(normalizeName(name), false));
      link(graph, paperKey, key, attributes.year, { implied: false, position });
    });
    link(graph, paperKey, ownerKey, attributes.year, { implied: true, position: -1 });
  }
  return graph;
}

function authorAttributes(label: string, isOwner: boolean): AuthorNodeAttributes {
  return { kind: 'author', label, paperCount: 0, isOwner, firstYear: 0, lastYear: 0 };
}

/** Adds the authorship edge unless the author is already linked to the paper. */
function link(
  graph: CoauthorGraph,
  paperKey: string,
  authorKey: string,
  year: number,
  attributes: AuthorshipEdgeAttributes,
): void {
  if (graph.hasEdge(authorKey, paperKey)) return;
  graph.addUndirectedEdgeWithKey(
    authorshipEdgeKey(paperKey, authorKey),
    authorKey,
    paperKey,
    attributes,
  );
  graph.updateNodeAttributes(authorKey, (node) => {
    const author = node as AuthorNodeAttributes;
    const first = author.paperCount === 0;
    return {
      ...author,
      paperCount: author.paperCount + 1,
      firstYear: first ? year : Math.min(author.firstYear, year),
      lastYear: first ? year : Math.max(author.lastYear, year),
    };
  });
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
