// One typed state for a <coauthor-network> instance, and the pure actions that change it.

export type ViewMode = 'network' | 'coauthors';
export type TimeBin = 'auto' | 'year' | 'month';

export interface Filters {
  /** Inclusive ISO date range [from, to], or null for all time. */
  range: [string, string] | null;
  /** Primary category codes to keep; empty keeps all. Papers with no category use the code "". */
  categories: string[];
  /** Keep only papers with the `Code` marker. */
  codeOnly: boolean;
}

export interface ViewState {
  /** Selected node key, or null. */
  selection: string | null;
  /** Node under the pointer in the graph, or null. */
  hoverNode: string | null;
  /** Paper keys under the pointer in a chart (a hovered bar), or null. */
  hoverPapers: string[] | null;
  filters: Filters;
  view: ViewMode;
  bin: TimeBin;
}

export type Action = (state: ViewState) => ViewState;

export const DEFAULT_FILTERS: Filters = { range: null, categories: [], codeOnly: false };

export const DEFAULT_STATE: ViewState = {
  selection: null,
  hoverNode: null,
  hoverPapers: null,
  filters: DEFAULT_FILTERS,
  view: 'network',
  bin: 'auto',
};

export const select =
  (key: string | null): Action =>
  (s) =>
    s.selection === key ? s : { ...s, selection: key };

export const hoverNode =
  (key: string | null): Action =>
  (s) =>
    s.hoverNode === key ? s : { ...s, hoverNode: key };

export const hoverPapers =
  (keys: string[] | null): Action =>
  (s) => ({ ...s, hoverPapers: keys });

export const setView =
  (view: ViewMode): Action =>
  (s) =>
    s.view === view ? s : { ...s, view };

export const setBin =
  (bin: TimeBin): Action =>
  (s) =>
    s.bin === bin ? s : { ...s, bin };

export const setRange =
  (range: [string, string] | null): Action =>
  (s) => ({ ...s, filters: { ...s.filters, range } });

export const toggleCategory =
  (code: string): Action =>
  (s) => {
    const has = s.filters.categories.includes(code);
    const categories = has
      ? s.filters.categories.filter((c) => c !== code)
      : [...s.filters.categories, code];
    return { ...s, filters: { ...s.filters, categories } };
  };

/** Keeps all categories again (the other filters stay). */
export const clearCategories = (): Action => (s) =>
  s.filters.categories.length === 0 ? s : { ...s, filters: { ...s.filters, categories: [] } };

export const setCodeOnly =
  (codeOnly: boolean): Action =>
  (s) => ({ ...s, filters: { ...s.filters, codeOnly } });

export const clearFilters = (): Action => (s) => ({ ...s, filters: DEFAULT_FILTERS });

/** Back to the initial state but keep the chosen view and binning (used when a new profile loads). */
export const resetForNewData = (): Action => (s) => ({
  ...DEFAULT_STATE,
  view: s.view,
  bin: s.bin,
});

export interface Store {
  get(): ViewState;
  dispatch(action: Action): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (state: ViewState, previous: ViewState) => void): () => void;
}

export function createStore(initial: ViewState = DEFAULT_STATE): Store {
  let state = initial;
  const listeners = new Set<(state: ViewState, previous: ViewState) => void>();
  return {
    get: () => state,
    dispatch(action) {
      const previous = state;
      const next = action(state);
      if (next === previous) return;
      state = next;
      for (const listener of listeners) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
