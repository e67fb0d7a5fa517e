// The graph file: a laid-out author–paper graph as one JSON document, its profile and its positions.
import type { Paper, ParseWarning, Profile, ProfileStats } from '../profile/types';
import { graphOf } from './build-graph';
import { graphItems, type GraphItems } from './graph-items';
import type { CoauthorGraph } from './types';

export const GRAPH_FILE_FORMAT = 'coauthor-network/graph';
export const GRAPH_FILE_VERSION = 2;

/**
 * What a graph file holds: a header, the profile, and every node's position by node key. The
 * graph itself is the profile's (graphItems()): a file of its nodes and edges would be 2.6 times
 * as large (37 MB instead of 14 for 30,000 papers) and slower to read than the graph is to build.
 */
export interface GraphFile {
  format: typeof GRAPH_FILE_FORMAT;
  version: typeof GRAPH_FILE_VERSION;
  profile: Profile;
  positions: Record<string, [x: number, y: number]>;
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
 * The laid-out graph of `profile` (as buildGraph() makes it, every node with its x/y) as JSON text,
 * in ASCII: every other character is written as a `\u` escape, which any JSON reader reads back
 * the same. A browser decodes ASCII faster and keeps it in one byte a character.
 * @throws Error when a node has no position.
 */
export function serializeGraph(graph: CoauthorGraph, profile: Profile): string {
  const positions: GraphFile['positions'] = {};
  graph.forEachNode((key, { x, y }) => {
    if (x === undefined || y === undefined) {
      throw new Error(`serializeGraph: node ${JSON.stringify(key)} has no position`);
    }
    positions[key] = [x, y];
  });
  const file: GraphFile = {
    format: GRAPH_FILE_FORMAT,
    version: GRAPH_FILE_VERSION,
    profile,
    positions,
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

/** A graph file's contents: its profile, checked, and its positions, not yet matched to its nodes. */
export interface GraphFileContents {
  profile: Profile;
  positions: Record<string, unknown>;
  source: string;
}

/**
 * Reads a graph file written by serializeGraph(): its header and its profile are checked, its
 * positions are matched to the nodes by placedItems(). The pipeline worker posts the profile
 * between the two (the main thread reads it while the worker makes the items).
 * @throws GraphFileError
 */
export function readGraphJson(text: string, source = 'graph'): GraphFileContents {
  const fail = failing(source);
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
      `version ${JSON.stringify(data.version)} is not supported (${GRAPH_FILE_VERSION} expected: write the file again with \`cli layout\`)`,
    );
  }
  const profile = checkProfile(data.profile, fail);
  if (!isObject(data.positions)) return fail('"positions" object expected');
  return { profile, positions: data.positions, source };
}

/**
 * The items of a graph file's profile (graphItems()), every node placed where the file says. Every
 * node must have a position, and every position must be a node's.
 * @throws GraphFileError
 */
export function placedItems({ profile, positions, source }: GraphFileContents): GraphItems {
  const fail = failing(source);
  let items: GraphItems;
  try {
    items = graphItems(profile);
  } catch (error) {
    return fail(`profile: ${(error as Error).message}`);
  }
  const { nodes } = items;
  // The key's place in messages, made only for one (38,000 nodes for 30,000 papers).
  const at = (key: string): string => `positions[${JSON.stringify(key)}]`;
  for (const { key, attributes } of nodes) {
    if (!Object.hasOwn(positions, key)) fail(`${at(key)}: missing (is the graph laid out?)`);
    const xy = positions[key];
    if (!Array.isArray(xy) || xy.length !== 2 || !xy.every(Number.isFinite)) {
      fail(`${at(key)}: [x, y] expected`);
    }
    [attributes.x, attributes.y] = xy as [number, number];
  }
  if (Object.keys(positions).length > nodes.length) {
    const known = new Set(nodes.map(({ key }) => key));
    const stray = Object.keys(positions).find((key) => !known.has(key))!;
    fail(`${at(stray)}: not a node of the profile's graph`);
  }
  return items;
}

/** A graph file's profile and its laid-out graph. @throws GraphFileError */
export function parseGraphJson(
  text: string,
  source = 'graph',
): { profile: Profile; graph: CoauthorGraph } {
  const contents = readGraphJson(text, source);
  return { profile: contents.profile, graph: graphOf(placedItems(contents)) };
}

type Fail = (reason: string) => never;

function failing(source: string): Fail {
  return (reason) => {
    throw new GraphFileError(reason, source);
  };
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
