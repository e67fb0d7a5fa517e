// The graph file: a laid-out author–paper graph with the profile it came from, as one JSON document.
import Graph from 'graphology';
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

/** The graph (with its x/y, if laid out) and its profile as JSON text. */
export function serializeGraph(graph: CoauthorGraph, profile: Profile): string {
  const file: GraphFile = {
    format: GRAPH_FILE_FORMAT,
    version: GRAPH_FILE_VERSION,
    profile,
    graph: graph.export(),
  };
  return JSON.stringify(file);
}

/** A cheap sniff telling a graph file from a profile text: its first non-space character is `{`. */
export function isGraphJson(text: string): boolean {
  return /^\s*\{/.test(text);
}

/**
 * Reads a graph file written by serializeGraph(). Every node must have a kind and numeric x/y,
 * every edge must join two nodes, and every paper of the profile must be a node.
 * @throws GraphFileError
 */
export function parseGraphJson(
  text: string,
  source = 'graph',
): { profile: Profile; graph: CoauthorGraph } {
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
  const serialized = checkGraph(data.graph, fail);

  let graph: CoauthorGraph;
  try {
    graph = new Graph<NodeAttributes, AuthorshipEdgeAttributes>({
      type: 'undirected',
      multi: false,
      allowSelfLoops: false,
    });
    graph.import(serialized);
  } catch (error) {
    return fail(`graph: ${(error as Error).message}`);
  }
  for (const paper of profile.papers) {
    if (!graph.hasNode(paperNodeKey(paper.id))) {
      fail(`paper ${JSON.stringify(paper.id)} of the profile is not a node of the graph`);
    }
  }
  return { profile, graph };
}

type Fail = (reason: string) => never;

function checkGraph(
  value: unknown,
  fail: Fail,
): SerializedGraph<NodeAttributes, AuthorshipEdgeAttributes> {
  if (!isObject(value)) return fail('"graph" object expected');
  if (isObject(value.options) && value.options.type !== undefined) {
    if (value.options.type !== 'undirected') fail('graph.options.type: "undirected" expected');
  }
  if (!Array.isArray(value.nodes)) return fail('graph.nodes: array expected');
  if (!Array.isArray(value.edges)) return fail('graph.edges: array expected');

  const keys = new Set<string>();
  value.nodes.forEach((node: unknown, i) => {
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
    if (keys.has(node.key)) fail(`${at}: node ${JSON.stringify(node.key)} appears twice`);
    keys.add(node.key);
  });
  const pairs = new Set<string>();
  value.edges.forEach((edge: unknown, i) => {
    const at = `graph.edges[${i}]`;
    if (!isObject(edge)) return fail(`${at}: object expected`);
    for (const end of ['source', 'target']) {
      const key = edge[end];
      if (typeof key !== 'string' || !keys.has(key)) {
        fail(`${at}.${end}: ${JSON.stringify(key)} is not a node`);
      }
    }
    const [a, b] = [edge.source as string, edge.target as string].sort();
    const pair = JSON.stringify([a, b]);
    if (pairs.has(pair))
      fail(`${at}: a second edge between ${JSON.stringify(a)} and ${JSON.stringify(b)}`);
    pairs.add(pair);
  });
  return value as unknown as SerializedGraph<NodeAttributes, AuthorshipEdgeAttributes>;
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
