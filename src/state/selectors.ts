// Derived values of a profile, a graph and the view state: bins, counts, active and marked items.
import type { Paper } from '../profile/types';
import { categoryName } from '../profile/categories';
import { AUTHOR_PREFIX, PAPER_PREFIX, type CoauthorGraph } from '../graph/types';
import { authorKey, searchKey } from '../profile/names';
import type { Filters, TimeBin } from './store';

/** What the selectors read of a paper; graph paper nodes carry the same fields. */
export type PaperFacts = Pick<Paper, 'date' | 'category' | 'hasCode'>;
export type PaperLike = PaperFacts & Pick<Paper, 'id'>;

export type BinUnit = 'year' | 'month';

/** 'auto' bins by month when the first and last paper are at most this many months apart (inclusive). */
export const AUTO_MONTH_SPAN = 18;

/** Code used for papers with no primary category (as in `Filters.categories`). */
export const NO_CATEGORY = '';
export const NO_CATEGORY_NAME = 'No category';

/** Papers of one category inside one time bin. */
export interface BinStack {
  /** Primary category code, or `NO_CATEGORY`. */
  code: string;
  count: number;
  paperIds: string[];
}

export interface TimeBinDatum {
  /** `2024` for a year, `2024-03` for a month. */
  key: string;
  /** First and last day of the bin, ISO yyyy-mm-dd, both inclusive (like `Filters.range`). */
  start: string;
  end: string;
  count: number;
  /** Non-empty categories in the order of `categoryCounts()` (largest first, no category last). */
  stacks: BinStack[];
  /** Paper ids in the bin, in profile order. */
  paperIds: string[];
}

export interface TimeBins {
  unit: BinUnit;
  /** Contiguous from the first paper's bin to the last one's; empty bins are kept as gaps. */
  bins: TimeBinDatum[];
}

export interface CategoryCount {
  code: string;
  /** Full name (e.g. "Computation and Language"); `NO_CATEGORY_NAME` for no category. */
  name: string;
  count: number;
  paperIds: string[];
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

/** Months since year 0 of an ISO date; read from the text, so no time zone can shift it. */
function monthIndex(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`selectors: not an ISO date: "${date}"`);
  }
  return year * 12 + month - 1;
}

function daysInMonth(year: number, month1: number): number {
  return new Date(Date.UTC(year, month1, 0)).getUTCDate();
}

function emptyBin(unit: BinUnit, index: number): TimeBinDatum {
  if (unit === 'year') {
    const y = pad4(index);
    return { key: y, start: `${y}-01-01`, end: `${y}-12-31`, count: 0, stacks: [], paperIds: [] };
  }
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const key = `${pad4(year)}-${pad2(month)}`;
  const end = `${key}-${pad2(daysInMonth(year, month))}`;
  return { key, start: `${key}-01`, end, count: 0, stacks: [], paperIds: [] };
}

/** The unit 'auto' stands for, given the papers. */
export function resolveBinUnit(papers: readonly PaperFacts[], bin: TimeBin): BinUnit {
  if (bin !== 'auto') return bin;
  if (papers.length === 0) return 'year';
  const months = papers.map((p) => monthIndex(p.date));
  const span = Math.max(...months) - Math.min(...months) + 1;
  return span <= AUTO_MONTH_SPAN ? 'month' : 'year';
}

/**
 * The ids of the papers of each primary category, most papers first, ties by code, no category
 * last. One pass over the papers (30,000 of them in a large profile).
 */
function papersByCategory(papers: readonly PaperLike[]): [string, string[]][] {
  const ids = new Map<string, string[]>();
  for (const { category, id } of papers) {
    const code = category ?? NO_CATEGORY;
    const list = ids.get(code);
    if (list) list.push(id);
    else ids.set(code, [id]);
  }
  return [...ids].sort(
    ([a, x], [b, y]) =>
      Number(a === NO_CATEGORY) - Number(b === NO_CATEGORY) ||
      y.length - x.length ||
      a.localeCompare(b),
  );
}

/** Papers per year or month, stacked by primary category, with empty bins kept as gaps. */
export function timeBins(papers: readonly PaperLike[], bin: TimeBin): TimeBins {
  const unit = resolveBinUnit(papers, bin);
  if (papers.length === 0) return { unit, bins: [] };
  const indexOf = (p: PaperLike): number =>
    unit === 'year' ? Math.floor(monthIndex(p.date) / 12) : monthIndex(p.date);
  const indices = papers.map(indexOf);
  const first = Math.min(...indices);
  const last = Math.max(...indices);
  const bins: TimeBinDatum[] = [];
  for (let i = first; i <= last; i++) bins.push(emptyBin(unit, i));

  const rank = new Map(papersByCategory(papers).map(([code], i) => [code, i]));
  papers.forEach((paper, i) => {
    const target = bins[(indices[i] ?? first) - first];
    if (!target) return;
    const code = paper.category ?? NO_CATEGORY;
    target.count += 1;
    target.paperIds.push(paper.id);
    let stack = target.stacks.find((s) => s.code === code);
    if (!stack) {
      stack = { code, count: 0, paperIds: [] };
      target.stacks.push(stack);
    }
    stack.count += 1;
    stack.paperIds.push(paper.id);
  });
  for (const b of bins) b.stacks.sort((x, y) => (rank.get(x.code) ?? 0) - (rank.get(y.code) ?? 0));
  return { unit, bins };
}

/** One entry per primary category: most papers first, ties by code, no category last. */
export function categoryCounts(papers: readonly PaperLike[]): CategoryCount[] {
  return papersByCategory(papers).map(([code, paperIds]) => {
    const name = code === NO_CATEGORY ? NO_CATEGORY_NAME : categoryName(code);
    return { code, name, count: paperIds.length, paperIds };
  });
}

/** True when a paper passes every filter: time range ∧ categories ∧ code. */
export function matchesFilters(paper: PaperFacts, filters: Filters): boolean {
  const { range, categories, codeOnly } = filters;
  if (range && (paper.date < range[0] || paper.date > range[1])) return false;
  if (categories.length > 0 && !categories.includes(paper.category ?? NO_CATEGORY)) return false;
  return !codeOnly || paper.hasCode;
}

/** True when any filter is set. */
export function hasActiveFilters(filters: Filters): boolean {
  return filters.range !== null || filters.categories.length > 0 || filters.codeOnly;
}

/** Ids of the papers that pass the filters, in profile order. */
export function activePaperIds(papers: readonly PaperLike[], filters: Filters): Set<string> {
  return new Set(papers.filter((p) => matchesFilters(p, filters)).map((p) => p.id));
}

/**
 * Node keys left by the filters: the papers that pass and the authors with at least one of them.
 * It reads the graph, not the profile, so an owner linked to a paper behind "et al." counts.
 */
export function activeNodeKeys(graph: CoauthorGraph, filters: Filters): Set<string> {
  const keys = new Set<string>();
  graph.forEachNode((key, attributes) => {
    if (attributes.kind === 'paper' && matchesFilters(attributes, filters)) keys.add(key);
  });
  graph.forEachNode((key, attributes) => {
    if (attributes.kind === 'author' && graph.someNeighbor(key, (n) => keys.has(n))) keys.add(key);
  });
  return keys;
}

/** Ids of the papers a selected node stands for: an author's papers, or the paper itself. */
export function markedPaperIds(graph: CoauthorGraph, selectionKey: string | null): Set<string> {
  const ids = new Set<string>();
  if (selectionKey === null || !graph.hasNode(selectionKey)) return ids;
  const paperId = (key: string): string => key.slice(PAPER_PREFIX.length);
  if (graph.getNodeAttribute(selectionKey, 'kind') === 'paper') {
    ids.add(paperId(selectionKey));
    return ids;
  }
  graph.forEachNeighbor(selectionKey, (key, attributes) => {
    if (attributes.kind === 'paper') ids.add(paperId(key));
  });
  return ids;
}

/** The range from the start of bin `from` to the end of bin `to` (indices in either order). */
export function binsRange(
  bins: readonly TimeBinDatum[],
  from: number,
  to: number,
): [string, string] {
  const a = bins[Math.min(from, to)];
  const b = bins[Math.max(from, to)];
  if (!a || !b) throw new RangeError(`selectors: no bins ${from}..${to} of ${bins.length}`);
  return [a.start, b.end];
}

/** Indices [first, last] of the bins that overlap a range, or null when none does. */
export function binsInRange(
  bins: readonly TimeBinDatum[],
  range: readonly [string, string],
): [number, number] | null {
  let first = -1;
  let last = -1;
  bins.forEach((b, i) => {
    if (b.end >= range[0] && b.start <= range[1]) {
      if (first < 0) first = i;
      last = i;
    }
  });
  return first < 0 ? null : [first, last];
}

/** Keys of the papers that pass the filters (all papers when none is set), in graph order. */
export function activePaperKeys(graph: CoauthorGraph, filters: Filters): string[] {
  return graph.filterNodes((_key, a) => a.kind === 'paper' && matchesFilters(a, filters));
}

/**
 * What a hovered chart bar brings forward in the graph: its papers that `kept` keeps (all when
 * `kept` is null) and their authors. Author keys serve the coauthor view as they are.
 */
export function markedNodeKeys(
  graph: CoauthorGraph,
  paperKeys: readonly string[] | null,
  kept: ReadonlySet<string> | null,
): Set<string> | null {
  if (paperKeys === null) return null;
  const keys = new Set<string>();
  for (const key of paperKeys) {
    if (!graph.hasNode(key) || (kept !== null && !kept.has(key))) continue;
    keys.add(key);
    graph.forEachNeighbor(key, (neighbour) => keys.add(neighbour));
  }
  return keys;
}

/**
 * The node a `focus` names: a node key as it is (`a:…`, `p:…`), else an author by name (any case,
 * spacing or accents), else a paper by its whole title; null when nothing matches.
 */
export function findNodeKey(graph: CoauthorGraph, nameOrKey: string): string | null {
  if (graph.hasNode(nameOrKey)) return nameOrKey;
  const author = AUTHOR_PREFIX + authorKey(nameOrKey);
  if (graph.hasNode(author)) return author;
  const wanted = searchKey(nameOrKey);
  if (wanted === '') return null;
  const byAuthor = graph.findNode((_k, a) => a.kind === 'author' && searchKey(a.label) === wanted);
  return byAuthor ?? graph.findNode((_k, a) => searchKey(a.label) === wanted) ?? null;
}
