// Type-ahead search over author names and paper titles, insensitive to case and accents (pure).
import type { CoauthorGraph } from '../../graph/types';
import { searchKey } from '../../profile/names';

export interface SearchEntry {
  key: string;
  kind: 'author' | 'paper';
  label: string;
  /** A short second line: "4 papers", "2024 · CL". */
  hint: string;
  /**
   * searchKey() of the label, made at the first search: folding 38,000 labels of a large profile
   * costs 70 ms, which would otherwise come before its first frame.
   */
  folded?: string;
  /** Authors: papers on the profile; papers: 0. Ranks equal matches. */
  weight: number;
}

export const DEFAULT_RESULT_LIMIT = 8;

export function createSearchIndex(graph: CoauthorGraph): SearchEntry[] {
  const entries: SearchEntry[] = [];
  graph.forEachNode((key, a) => {
    if (a.kind === 'author') {
      const hint = `${a.paperCount} paper${a.paperCount === 1 ? '' : 's'}${a.isOwner ? ' · owner' : ''}`;
      entries.push({
        key,
        kind: 'author',
        label: a.label,
        hint,
        weight: a.paperCount,
      });
    } else {
      const hint = [String(a.year), a.category].filter(Boolean).join(' · ');
      entries.push({
        key,
        kind: 'paper',
        label: a.label,
        hint,
        weight: 0,
      });
    }
  });
  return entries;
}

/** 0: the whole label, 1: its start, 2: the start of a word, 3: anywhere; -1: no match. */
function matchRank(folded: string, query: string): number {
  const at = folded.indexOf(query);
  if (at < 0) return -1;
  if (folded === query) return 0;
  if (at === 0) return 1;
  if (/[\s\-–(:,.'"]/u.test(folded[at - 1] ?? '')) return 2;
  if (new RegExp(`(^|[\\s\\-–(:,.'"])${escapeRegExp(query)}`, 'u').test(folded)) return 2;
  return 3;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Entries matching `query` (case and accents folded), best first: authors before papers on a tie. */
export function searchEntries(
  index: readonly SearchEntry[],
  query: string,
  limit = DEFAULT_RESULT_LIMIT,
): SearchEntry[] {
  const folded = searchKey(query);
  if (folded === '') return [];
  const hits: { entry: SearchEntry; rank: number }[] = [];
  for (const entry of index) {
    const rank = matchRank((entry.folded ??= searchKey(entry.label)), folded);
    if (rank >= 0) hits.push({ entry, rank });
  }
  hits.sort(
    (a, b) =>
      a.rank - b.rank ||
      (a.entry.kind === b.entry.kind ? 0 : a.entry.kind === 'author' ? -1 : 1) ||
      b.entry.weight - a.entry.weight ||
      a.entry.label.localeCompare(b.entry.label),
  );
  return hits.slice(0, limit).map((hit) => hit.entry);
}
