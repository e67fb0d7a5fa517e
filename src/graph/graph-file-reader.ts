// Reads a graph file as its text arrives: the line layout serializeGraph() writes a line at a time
// (each paper, node and edge checked as it comes, errors with their line); any other layout whole.
import Graph from 'graphology';
import type { SerializedEdge, SerializedGraph, SerializedNode } from 'graphology-types';
import type { Paper, Profile } from '../profile/types';
import {
  checkGraphHead,
  checkHeader,
  checkPaper,
  checkPapersAreNodes,
  checkProfile,
  FILE_END,
  graphChecker,
  GraphFileError,
  NODES_END,
  PAPERS_END,
  readGraphDocument,
} from './graph-json';
import {
  GRAPH_OPTIONS,
  type AuthorshipEdgeAttributes,
  type CoauthorGraph,
  type NodeAttributes,
} from './types';

type ReadGraph = {
  profile: Profile;
  graph: SerializedGraph<NodeAttributes, AuthorshipEdgeAttributes>;
};

/** The first line of the line layout: the header and the profile's fields, its papers' list open. */
const HEAD = /^\{.*"papers":\[$/;

/**
 * Takes a graph file's text in pieces (push), in any cut, and reads it: the line layout as the lines
 * complete, so that its profile, then its nodes, then its edges can be used before the file has
 * all arrived; any other layout (one line, pretty-printed) whole, at end(). Checks what
 * readGraphDocument() checks; a fault in a line is reported with its number.
 */
export class GraphFileReader {
  /** The profile, once its papers are read (in the line layout, before the graph's items). */
  profile: Profile | null = null;
  /** The graph's nodes read so far, checked, in the file's order. */
  nodes: SerializedNode<NodeAttributes>[] = [];
  /** The edges read so far (all after the last node), checked. */
  edges: SerializedEdge<AuthorshipEdgeAttributes>[] = [];
  private section: 'head' | 'papers' | 'nodes' | 'edges' | 'end' | 'whole' = 'head';
  private line = 0;
  /** The text after the last line end (the whole text, not in the line layout). */
  private pending: string[] = [];
  /** The profile's fields (from the first line), its papers not yet read. */
  private fields: Profile | null = null;
  private graphHead: Record<string, unknown> = {};
  private readonly papers: Paper[] = [];
  private readonly fail = (reason: string): never => {
    throw new GraphFileError(reason, this.source, this.line);
  };
  private readonly checker = graphChecker(this.fail);

  constructor(private readonly source = 'graph') {}

  /** Takes the next piece of the text. @throws GraphFileError */
  push(text: string): void {
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1 && this.section !== 'whole';) {
      const piece = text.slice(start, end);
      this.take(this.pending.length ? this.pending.splice(0).join('') + piece : piece);
      start = end + 1;
      end = text.indexOf('\n', start);
    }
    if (start < text.length) this.pending.push(start ? text.slice(start) : text);
  }

  /** The whole file read: its profile and items, all checked. @throws GraphFileError */
  end(): ReadGraph {
    const rest = this.pending.splice(0).join('');
    if (this.section === 'head' || this.section === 'whole') {
      const read = readGraphDocument(rest, this.source);
      this.profile = read.profile;
      this.nodes = read.graph.nodes;
      this.edges = read.graph.edges;
      return read;
    }
    if (rest) this.take(rest);
    if (this.section !== 'end') this.fail(`the file ends early: ${FILE_END} expected`);
    this.line = 0;
    checkPapersAreNodes(this.profile!, this.checker.index, this.fail);
    return {
      profile: this.profile!,
      graph: { ...(this.graphHead as ReadGraph['graph']), nodes: this.nodes, edges: this.edges },
    };
  }

  private take(text: string): void {
    this.line += 1;
    const line = text.endsWith('\r') ? text.slice(0, -1) : text;
    const isItem = line.startsWith('{');
    switch (this.section) {
      case 'head':
        if (!HEAD.test(line)) {
          // Not the line layout: kept, and read whole at the end.
          this.section = 'whole';
          this.pending.push(text, '\n');
          return;
        }
        {
          const head = this.parse(`${line}]}}`);
          checkHeader(head, this.fail);
          this.fields = checkProfile(head.profile, this.fail);
        }
        this.section = 'papers';
        return;
      case 'papers':
        if (isItem) {
          const paper = this.parse(line);
          checkPaper(paper, this.papers.length, this.fail);
          this.papers.push(paper as Paper);
          return;
        }
        if (line.startsWith(PAPERS_END) && line.endsWith('"nodes":[')) {
          this.graphHead = checkGraphHead(
            this.parse(`${line.slice(PAPERS_END.length)}]}`),
            this.fail,
          );
          this.profile = { ...this.fields!, papers: this.papers };
          this.section = 'nodes';
          return;
        }
        break;
      case 'nodes':
        if (isItem) {
          const node = this.parse(line);
          this.checker.node(node);
          this.nodes.push(node as SerializedNode<NodeAttributes>);
          return;
        }
        if (line === NODES_END) {
          this.section = 'edges';
          return;
        }
        break;
      case 'edges':
        if (isItem) {
          const edge = this.parse(line);
          this.checker.edge(edge);
          this.edges.push(edge as SerializedEdge<AuthorshipEdgeAttributes>);
          return;
        }
        if (line === FILE_END) {
          this.section = 'end';
          return;
        }
        break;
    }
    if (!line.trim()) return;
    this.fail(
      {
        papers: `a paper, or the end of the papers (${PAPERS_END}…"nodes":[), expected`,
        nodes: `a node, or the end of the nodes (${NODES_END}), expected`,
        edges: `an edge, or the end of the file (${FILE_END}), expected`,
        end: 'nothing after the end of the file expected',
      }[this.section as 'papers' | 'nodes' | 'edges' | 'end'],
    );
  }

  /** A line's JSON (an item's without the comma that follows it). */
  private parse(line: string): unknown {
    try {
      return JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line);
    } catch (error) {
      return this.fail(`invalid JSON (${(error as Error).message})`);
    }
  }
}

/** A whole graph file's profile and items, checked (see GraphFileReader). @throws GraphFileError */
export function readGraphJson(text: string, source = 'graph'): ReadGraph {
  const reader = new GraphFileReader(source);
  reader.push(text);
  return reader.end();
}

/** readGraphJson()'s profile and its items built into a graph. @throws GraphFileError */
export function parseGraphJson(
  text: string,
  source = 'graph',
): { profile: Profile; graph: CoauthorGraph } {
  const { profile, graph } = readGraphJson(text, source);
  return {
    profile,
    graph: new Graph<NodeAttributes, AuthorshipEdgeAttributes>(GRAPH_OPTIONS).import(graph),
  };
}
