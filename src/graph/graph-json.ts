// The graph file: a laid-out author–paper graph as one JSON document, its profile and its positions.
import type { Paper, ParseWarning, Profile, ProfileStats } from '../profile/types';
import { graphOf } from './build-graph';
import { graphItems, type GraphItems } from './graph-items';
import type { CoauthorGraph } from './types';

export const GRAPH_FILE_FORMAT = 'coauthor-network/graph';
export const GRAPH_FILE_VERSION = 3;

/**
 * What a graph file holds: a header, the profile, and every node's position. The graph itself is
 * the profile's (graphItems()): a file of its nodes and edges would be 4 times as large (37 MB
 * instead of 9.5 for 30,000 papers) and slower to read than the graph is to build. The papers are
 * written as columns, their authors as indices into the profile's list of names, the positions in
 * the order of the nodes: 9.5 MB instead of 15 for a paper an object, with its authors' names and
 * its nodes' keys (version 2).
 */
export interface GraphFile {
  format: typeof GRAPH_FILE_FORMAT;
  version: typeof GRAPH_FILE_VERSION;
  profile: FileProfile;
  /** x, y of every node, in the order graphItems() makes the nodes; to hundredths. */
  positions: number[];
}

/** A profile as a graph file holds it. */
export interface FileProfile extends Omit<Profile, 'papers'> {
  /** Every name the papers list, once, in the order first met. */
  names: string[];
  papers: PaperColumns;
}

/**
 * The papers as columns: each field's values in the papers' order (but the category, the first
 * of a paper's categories); authors as indices into `names`.
 */
export type PaperColumns = {
  [Field in Column]: Field extends 'authors' ? number[][] : Paper[Field][];
};

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

/** A coordinate as a graph file keeps it: to hundredths (a layout spans thousands). */
export function filePosition(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * The columns of a graph file's papers, and what each value must be: a paper's fields but its
 * category, its first category.
 */
const COLUMNS = {
  id: 'string',
  title: 'string',
  date: 'string',
  categories: 'array of strings',
  hasCode: 'boolean',
  authors: 'array of indices into profile.names',
  truncated: 'boolean',
  abstract: 'string',
  line: 'integer',
} as const;

type Column = keyof typeof COLUMNS;

/**
 * The laid-out graph of `profile` (its nodes as buildGraph() makes them, each with its x/y) as
 * JSON text, in ASCII: every other character is written as a `\u` escape, which any JSON reader
 * reads back the same. A browser decodes ASCII faster and keeps it in one byte a character.
 * Positions are written in the order graphItems() makes the nodes (whatever the graph's own
 * order), as filePosition() rounds them.
 * @throws Error when a node has no position or is not in `graph`.
 */
export function serializeGraph(graph: CoauthorGraph, profile: Profile): string {
  const positions: number[] = [];
  for (const { key } of graphItems(profile).nodes) {
    const { x, y } = graph.hasNode(key) ? graph.getNodeAttributes(key) : {};
    if (x === undefined || y === undefined) {
      throw new Error(`serializeGraph: node ${JSON.stringify(key)} has no position`);
    }
    positions.push(filePosition(x), filePosition(y));
  }
  const names = new Map<string, number>();
  const papers = Object.fromEntries(
    (Object.keys(COLUMNS) as Column[]).map((field) => [
      field,
      profile.papers.map((paper) =>
        field === 'authors'
          ? paper.authors.map((name) => names.get(name) ?? names.set(name, names.size).size - 1)
          : paper[field],
      ),
    ]),
  ) as PaperColumns;
  const { owner, primaryCategory, stats, warnings } = profile;
  const file: GraphFile = {
    format: GRAPH_FILE_FORMAT,
    version: GRAPH_FILE_VERSION,
    profile: { owner, primaryCategory, stats, warnings, names: [...names.keys()], papers },
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
  positions: unknown[];
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
  if (!Array.isArray(data.positions)) return fail('"positions" array expected');
  return { profile, positions: data.positions, source };
}

/**
 * The items of a graph file's profile (graphItems()), every node placed where the file says: two
 * numbers a node, in the nodes' order.
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
  if (positions.length !== 2 * nodes.length) {
    fail(`positions: ${2 * nodes.length} numbers expected, ${positions.length} found`);
  }
  const wrong = positions.findIndex((value) => !Number.isFinite(value));
  if (wrong >= 0) fail(`positions[${wrong}]: number expected`);
  nodes.forEach(({ attributes }, i) => {
    attributes.x = positions[2 * i] as number;
    attributes.y = positions[2 * i + 1] as number;
  });
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
  const names = value.names;
  if (!isArrayOf(names, isString)) return fail('profile.names: array of strings expected');
  const warnings = value.warnings ?? [];
  if (!Array.isArray(warnings)) return fail('profile.warnings: array expected');
  return {
    owner: value.owner as string,
    primaryCategory: value.primaryCategory as string | null,
    stats: stats as unknown as ProfileStats,
    papers: checkPapers(value.papers, names, fail),
    warnings: warnings as ParseWarning[],
  };
}

/** The papers of profile.papers's columns, authors named from `names`. */
function checkPapers(value: unknown, names: string[], fail: Fail): Paper[] {
  if (!isObject(value)) return fail('profile.papers: object of columns expected');
  const valid: Record<(typeof COLUMNS)[Column], (value: unknown) => boolean> = {
    string: isString,
    boolean: (item) => typeof item === 'boolean',
    integer: Number.isInteger,
    'array of strings': (list) => isArrayOf(list, isString),
    'array of indices into profile.names': (list) =>
      isArrayOf(list, (i) => Number.isInteger(i) && names[i as number] !== undefined),
  };
  const ids = value.id;
  const count = Array.isArray(ids) ? ids.length : 0;
  for (const [field, expected] of Object.entries(COLUMNS)) {
    const at = `profile.papers.${field}`;
    const column = value[field];
    if (!Array.isArray(column)) return fail(`${at}: array expected`);
    if (column.length !== count) fail(`${at}: ${count} values expected`);
    const wrong = column.findIndex((item) => !valid[expected](item));
    if (wrong >= 0) fail(`${at}[${wrong}]: ${expected} expected`);
  }
  const columns = value as unknown as PaperColumns;
  return columns.id.map((_id, i) => {
    const paper = {} as Record<keyof Paper, unknown>;
    for (const field in COLUMNS) paper[field as Column] = columns[field as Column][i];
    paper.category = columns.categories[i]![0] ?? null;
    paper.authors = columns.authors[i]!.map((n) => names[n]);
    return paper as Paper;
  });
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isArrayOf<T>(value: unknown, isItem: (item: unknown) => item is T): value is T[];
function isArrayOf(value: unknown, isItem: (item: unknown) => boolean): boolean;
function isArrayOf(value: unknown, isItem: (item: unknown) => boolean): boolean {
  return Array.isArray(value) && value.every((item) => isItem(item));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringOrNull(value: unknown): boolean {
  return value === null || typeof value === 'string';
}
