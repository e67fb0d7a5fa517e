// The graph file: a laid-out author–paper graph with the profile it came from, as one JSON document.
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { Paper, ParseWarning, Profile, ProfileStats } from '../profile/types';
import { paperNodeKey } from './keys';
import {
  GRAPH_OPTIONS,
  type AuthorshipEdgeAttributes,
  type CoauthorGraph,
  type NodeAttributes,
} from './types';

export const GRAPH_FILE_FORMAT = 'coauthor-network/graph';
export const GRAPH_FILE_VERSION = 1;

/** What a graph file holds: a header, the profile (for the detail views) and graphology's export. */
export interface GraphFile {
  format: typeof GRAPH_FILE_FORMAT;
  version: typeof GRAPH_FILE_VERSION;
  profile: Profile;
  graph: SerializedGraph<NodeAttributes, AuthorshipEdgeAttributes>;
}

/** A graph file that cannot be read; the message is `source: not a coauthor-network graph file: reason`. */
export class GraphFileError extends Error {
  override readonly name = 'GraphFileError';
  readonly source: string;
  readonly reason: string;

  constructor(reason: string, source: string) {
    super(`${source}: not a coauthor-network graph file: ${reason}`);
    this.source = source;
    this.reason = reason;
  }
}

/**
 * The graph (with its x/y, if laid out) and its profile as JSON text, in ASCII: every other
 * character is written as a `\u` escape, which any JSON reader reads back the same. A browser
 * decodes ASCII faster and keeps it in one byte a character: the 37 MB file of 30,000 papers
 * decodes in about half the time and posts to and from a worker faster.
 */
export function serializeGraph(graph: CoauthorGraph, profile: Profile): string {
  const file: GraphFile = {
    format: GRAPH_FILE_FORMAT,
    version: GRAPH_FILE_VERSION,
    profile,
    graph: graph.export(),
  };
  return JSON.stringify(file).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A cheap sniff telling a graph file from a profile text: its first non-space character is `{`. */
export function isGraphJson(text: string): boolean {
  return /^\s*\{/.test(text);
}

/**
 * Reads a graph file written by serializeGraph() into its profile and its graph's items, checked
 * so that graphology takes them as they are: every node has a kind, a label and numeric x/y; every
 * edge has a key, joins two other nodes once and has its authorship attributes; every paper of the
 * profile is a node. The pipeline worker posts the items without building the graph.
 * @throws GraphFileError
 */
export function readGraphJson(
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
  if (!isObject(data)) return fail('a JSON object expected');
  if (data.format !== GRAPH_FILE_FORMAT) {
    return fail(`"format": ${JSON.stringify(GRAPH_FILE_FORMAT)} expected`);
  }
  if (data.version !== GRAPH_FILE_VERSION) {
    return fail(
      `version ${JSON.stringify(data.version)} is not supported (${GRAPH_FILE_VERSION} expected)`,
    );
  }
  const profile = checkProfile(data.profile, fail);
  const [graph, nodes] = checkGraph(data.graph, fail);
  for (const paper of profile.papers) {
    if (!nodes.has(paperNodeKey(paper.id))) {
      fail(`paper ${JSON.stringify(paper.id)} of the profile is not a node of the graph`);
    }
  }
  return { profile, graph };
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

type Fail = (reason: string) => never;

/** The graph's items, checked, and the index of every node key among them. */
function checkGraph(
  value: unknown,
  fail: Fail,
): [SerializedGraph<NodeAttributes, AuthorshipEdgeAttributes>, Map<string, number>] {
  if (!isObject(value)) return fail('"graph" object expected');
  if (isObject(value.options) && value.options.type !== undefined) {
    if (value.options.type !== 'undirected') fail('graph.options.type: "undirected" expected');
  }
  const { nodes, edges } = value;
  if (!Array.isArray(nodes)) return fail('graph.nodes: array expected');
  if (!Array.isArray(edges)) return fail('graph.edges: array expected');

  const index = new Map<string, number>();
  nodes.forEach((node: unknown, i) => {
    const at = `graph.nodes[${i}]`;
    if (!isObject(node) || typeof node.key !== 'string') return fail(`${at}.key: string expected`);
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
    index.set(node.key, i);
  });
  // A pair of nodes as one number: the smaller index times the node count plus the larger.
  const pairs = new Set<number>();
  const keys = new Set<string>();
  edges.forEach((edge: unknown, i) => {
    const at = `graph.edges[${i}]`;
    if (!isObject(edge)) return fail(`${at}: object expected`);
    const [a, b] = [edge.source, edge.target]
      .map((key, end) => {
        const found = typeof key === 'string' ? index.get(key) : undefined;
        return (
          found ?? fail(`${at}.${end ? 'target' : 'source'}: ${JSON.stringify(key)} is not a node`)
        );
      })
      .sort((p, q) => p - q) as [number, number];
    if (a === b) fail(`${at}: joins ${JSON.stringify(edge.source)} to itself`);
    const pair = a * nodes.length + b;
    if (pairs.has(pair)) {
      fail(
        `${at}: a second edge between ${JSON.stringify(edge.source)} and ${JSON.stringify(edge.target)}`,
      );
    }
    pairs.add(pair);
    if (typeof edge.key !== 'string') fail(`${at}.key: string expected`);
    if (keys.has(edge.key as string)) fail(`${at}: edge ${JSON.stringify(edge.key)} appears twice`);
    keys.add(edge.key as string);
    const attributes = edge.attributes;
    if (
      !isObject(attributes) ||
      typeof attributes.implied !== 'boolean' ||
      typeof attributes.position !== 'number'
    ) {
      fail(`${at}.attributes: { implied: boolean, position: number } expected`);
    }
  });
  return [value as unknown as SerializedGraph<NodeAttributes, AuthorshipEdgeAttributes>, index];
}

function checkProfile(value: unknown, fail: Fail): Profile {
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
  value.papers.forEach((paper: unknown, i) => checkPaper(paper, `profile.papers[${i}]`, fail));
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

function checkPaper(paper: unknown, at: string, fail: Fail): void {
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
