// The graph file: a laid-out author–paper graph with the profile it came from, as one JSON document
// with one paper, node or edge a line (graph-file-reader.ts reads it as it arrives).
import type { SerializedGraph } from 'graphology-types';
import type { Paper, ParseWarning, Profile, ProfileStats } from '../profile/types';
import { paperNodeKey } from './keys';
import type { AuthorshipEdgeAttributes, CoauthorGraph, NodeAttributes } from './types';

export const GRAPH_FILE_FORMAT = 'coauthor-network/graph';
export const GRAPH_FILE_VERSION = 1;

/** What a graph file holds: a header, the profile (for the detail views) and graphology's export. */
export interface GraphFile {
  format: typeof GRAPH_FILE_FORMAT;
  version: typeof GRAPH_FILE_VERSION;
  profile: Profile;
  graph: SerializedGraph<NodeAttributes, AuthorshipEdgeAttributes>;
}

/**
 * A graph file that cannot be read: `source: not a coauthor-network graph file: reason`, or
 * `source:line: …` when a line is at fault (a file read line by line, see graph-file-reader.ts).
 */
export class GraphFileError extends Error {
  override readonly name = 'GraphFileError';
  readonly source: string;
  readonly reason: string;
  /** 1-based line at fault, or 0 when none is. */
  readonly line: number;

  constructor(reason: string, source: string, line = 0) {
    super(`${source}${line ? `:${line}` : ''}: not a coauthor-network graph file: ${reason}`);
    this.source = source;
    this.reason = reason;
    this.line = line;
  }
}

/**
 * The graph (with its x/y, if laid out) and its profile as JSON text: the header and the profile's
 * fields on the first line, then one paper, node or edge a line, so that a reader can take the file
 * in as it arrives (graph-file-reader.ts); to any other JSON reader, white space. In ASCII: every
 * other character is written as a `\u` escape, which any JSON reader reads back the same; a browser
 * decodes ASCII faster and keeps it in one byte a character.
 */
export function serializeGraph(graph: CoauthorGraph, profile: Profile): string {
  return writeGraphFile({
    format: GRAPH_FILE_FORMAT,
    version: GRAPH_FILE_VERSION,
    profile,
    graph: graph.export(),
  });
}

/** A graph file's object (checked or not) as serializeGraph() writes it. */
export function writeGraphFile(file: {
  format: unknown;
  version: unknown;
  profile: { papers: unknown[] };
  graph: { nodes: unknown[]; edges: unknown[] };
}): string {
  const {
    profile: { papers, ...fields },
    graph: { nodes, edges, ...rest },
    ...header
  } = file;
  // Each head is the JSON of its object with the list left open: `…"papers":[`.
  const open = (value: object): string => JSON.stringify(value).replace(/\]\}+$/, '');
  const list = (items: unknown[]): string[] =>
    items.map((item, i) => JSON.stringify(item) + (i < items.length - 1 ? ',' : ''));
  return [
    open({ ...header, profile: { ...fields, papers: [] } }),
    ...list(papers),
    `${PAPERS_END}${open({ ...rest, nodes: [] })}`,
    ...list(nodes),
    NODES_END,
    ...list(edges),
    FILE_END,
  ]
    .join('\n')
    .replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The lines that close the papers (and open the graph), the nodes, and the file. */
export const PAPERS_END = ']},"graph":';
export const NODES_END = '],"edges":[';
export const FILE_END = ']}}';

/** A cheap sniff telling a graph file from a profile text: its first non-space character is `{`. */
export function isGraphJson(text: string): boolean {
  return /^\s*\{/.test(text);
}

/**
 * Reads a whole graph file (any JSON layout) into its profile and its graph's items, checked so
 * that graphology takes them as they are: every node has a kind, a label and numeric x/y; every
 * edge has a key, joins two other nodes once and has its authorship attributes; every paper of the
 * profile is a node. graph-file-reader.ts reads the line layout serializeGraph() writes as it comes,
 * and any other layout with this.
 * @throws GraphFileError
 */
export function readGraphDocument(
  text: string,
  source = 'graph',
): { profile: Profile; graph: SerializedGraph<NodeAttributes, AuthorshipEdgeAttributes> } {
  const fail = (reason: string): never => {
    throw new GraphFileError(reason, source);
  };
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return fail(`invalid JSON (${(error as Error).message})`);
  }
  checkHeader(data, fail);
  const profile = checkProfile(data.profile, fail);
  profile.papers.forEach((paper, i) => checkPaper(paper, i, fail));
  const graph = checkGraphHead(data.graph, fail);
  const { nodes, edges } = graph;
  if (!Array.isArray(nodes)) return fail('graph.nodes: array expected');
  if (!Array.isArray(edges)) return fail('graph.edges: array expected');
  const checker = graphChecker(fail);
  for (const node of nodes) checker.node(node);
  for (const edge of edges) checker.edge(edge);
  checkPapersAreNodes(profile, checker.index, fail);
  return { profile, graph: graph as SerializedGraph<NodeAttributes, AuthorshipEdgeAttributes> };
}

export type Fail = (reason: string) => never;

/** Checks the file's format and version. */
export function checkHeader(data: unknown, fail: Fail): asserts data is Record<string, unknown> {
  if (!isObject(data)) return fail('a JSON object expected');
  if (data.format !== GRAPH_FILE_FORMAT) {
    return fail(`"format": ${JSON.stringify(GRAPH_FILE_FORMAT)} expected`);
  }
  if (data.version !== GRAPH_FILE_VERSION) {
    return fail(
      `version ${JSON.stringify(data.version)} is not supported (${GRAPH_FILE_VERSION} expected)`,
    );
  }
}

/** The graph object (its nodes and edges unchecked): undirected, if it says. */
export function checkGraphHead(value: unknown, fail: Fail): Record<string, unknown> {
  if (!isObject(value)) return fail('"graph" object expected');
  if (isObject(value.options) && value.options.type !== undefined) {
    if (value.options.type !== 'undirected') fail('graph.options.type: "undirected" expected');
  }
  return value;
}

/** Checks nodes, then edges, one at a time, in the file's order. */
export interface GraphChecker {
  /** Each checked node's index among the nodes, by key. */
  readonly index: Map<string, number>;
  node(node: unknown): void;
  edge(edge: unknown): void;
}

export function graphChecker(fail: Fail): GraphChecker {
  const index = new Map<string, number>();
  // A pair of nodes as one number: the smaller index times the node count plus the larger.
  const pairs = new Set<number>();
  const keys = new Set<string>();
  return {
    index,
    node(node) {
      const at = `graph.nodes[${index.size}]`;
      if (!isObject(node) || typeof node.key !== 'string')
        return fail(`${at}.key: string expected`);
      const attributes = node.attributes;
      if (!isObject(attributes)) return fail(`${at}.attributes: object expected`);
      if (attributes.kind !== 'author' && attributes.kind !== 'paper') {
        fail(`${at}.attributes.kind: "author" or "paper" expected`);
      }
      if (typeof attributes.label !== 'string') fail(`${at}.attributes.label: string expected`);
      for (const axis of ['x', 'y']) {
        const coordinate = attributes[axis];
        if (typeof coordinate !== 'number' || !Number.isFinite(coordinate)) {
          fail(`${at}.attributes.${axis}: number expected (is the graph laid out?)`);
        }
      }
      if (index.has(node.key)) fail(`${at}: node ${JSON.stringify(node.key)} appears twice`);
      index.set(node.key, index.size);
    },
    edge(edge) {
      const at = `graph.edges[${keys.size}]`;
      if (!isObject(edge)) return fail(`${at}: object expected`);
      const [a, b] = [edge.source, edge.target]
        .map((key, end) => {
          const found = typeof key === 'string' ? index.get(key) : undefined;
          return (
            found ??
            fail(`${at}.${end ? 'target' : 'source'}: ${JSON.stringify(key)} is not a node`)
          );
        })
        .sort((p, q) => p - q) as [number, number];
      if (a === b) fail(`${at}: joins ${JSON.stringify(edge.source)} to itself`);
      const pair = a * index.size + b;
      if (pairs.has(pair)) {
        fail(
          `${at}: a second edge between ${JSON.stringify(edge.source)} and ${JSON.stringify(edge.target)}`,
        );
      }
      pairs.add(pair);
      if (typeof edge.key !== 'string') fail(`${at}.key: string expected`);
      if (keys.has(edge.key as string)) {
        fail(`${at}: edge ${JSON.stringify(edge.key)} appears twice`);
      }
      keys.add(edge.key as string);
      const attributes = edge.attributes;
      if (
        !isObject(attributes) ||
        typeof attributes.implied !== 'boolean' ||
        typeof attributes.position !== 'number'
      ) {
        fail(`${at}.attributes: { implied: boolean, position: number } expected`);
      }
    },
  };
}

/** Checks that every paper of the profile is a node of the graph (`index`: the nodes' keys). */
export function checkPapersAreNodes(
  profile: Profile,
  index: Map<string, number>,
  fail: Fail,
): void {
  for (const paper of profile.papers) {
    if (!index.has(paperNodeKey(paper.id))) {
      fail(`paper ${JSON.stringify(paper.id)} of the profile is not a node of the graph`);
    }
  }
}

/** The profile's fields, checked; its papers (an array) are checked one by one with checkPaper(). */
export function checkProfile(value: unknown, fail: Fail): Profile {
  if (!isObject(value)) return fail('"profile" object expected');
  if (typeof value.owner !== 'string') fail('profile.owner: string expected');
  if (!isStringOrNull(value.primaryCategory))
    fail('profile.primaryCategory: string or null expected');
  const stats = value.stats;
  if (!isObject(stats)) return fail('profile.stats: object expected');
  for (const field of ['hIndex', 'papers', 'citations', 'noveltyPct', 'aiScore']) {
    const figure = stats[field];
    if (figure !== null && typeof figure !== 'number') {
      fail(`profile.stats.${field}: number or null expected`);
    }
  }
  if (!Array.isArray(value.papers)) return fail('profile.papers: array expected');
  const warnings = value.warnings ?? [];
  if (!Array.isArray(warnings)) return fail('profile.warnings: array expected');
  return {
    owner: value.owner as string,
    primaryCategory: value.primaryCategory as string | null,
    stats: stats as unknown as ProfileStats,
    papers: value.papers as Paper[],
    warnings: warnings as ParseWarning[],
  };
}

/** Checks the profile's `i`th paper. */
export function checkPaper(paper: unknown, i: number, fail: Fail): void {
  const at = `profile.papers[${i}]`;
  if (!isObject(paper)) return fail(`${at}: object expected`);
  for (const field of ['id', 'title', 'date', 'abstract']) {
    if (typeof paper[field] !== 'string') fail(`${at}.${field}: string expected`);
  }
  for (const field of ['hasCode', 'truncated']) {
    if (typeof paper[field] !== 'boolean') fail(`${at}.${field}: boolean expected`);
  }
  for (const field of ['authors', 'categories']) {
    const list = paper[field];
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) {
      fail(`${at}.${field}: array of strings expected`);
    }
  }
  if (!isStringOrNull(paper.category)) fail(`${at}.category: string or null expected`);
  if (typeof paper.line !== 'number') fail(`${at}.line: number expected`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringOrNull(value: unknown): boolean {
  return value === null || typeof value === 'string';
}
