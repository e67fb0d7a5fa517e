// The events <coauthor-network> fires (bubbling, composed) and their details.
import type { Filters } from '../state/store';
import type { ErrorDetail } from '../pipeline/load-network';

export interface SelectDetail {
  /** Key of the selected node (`a:…` author, `p:…` paper), or null when the selection was cleared. */
  key: string | null;
  kind: 'author' | 'paper' | null;
  /** Author name or paper title, or null. */
  label: string | null;
}

export interface ReadyDetail {
  /** Author nodes in the graph. */
  authors: number;
  /** Paper nodes in the graph. */
  papers: number;
}

export interface FilterDetail {
  /** The filters now set: time range (inclusive ISO dates), primary categories, code only. */
  filters: Filters;
  /** Keys (`p:…`) of the papers the filters leave, in graph order (all papers when none is set). */
  paperKeys: string[];
}

export type { ErrorDetail };

export interface CoauthorNetworkEventMap {
  'coauthor-select': CustomEvent<SelectDetail>;
  'coauthor-ready': CustomEvent<ReadyDetail>;
  'coauthor-error': CustomEvent<ErrorDetail>;
  'coauthor-filter': CustomEvent<FilterDetail>;
}

export function createEvent<K extends keyof CoauthorNetworkEventMap>(
  type: K,
  detail: CoauthorNetworkEventMap[K]['detail'],
): CoauthorNetworkEventMap[K] {
  return new CustomEvent(type, {
    detail,
    bubbles: true,
    composed: true,
  }) as CoauthorNetworkEventMap[K];
}
