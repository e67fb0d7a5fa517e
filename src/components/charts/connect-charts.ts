// Links a <cn-charts> to a store: its events become actions, the store's state flows back.
import {
  clearCategories,
  clearFilters,
  hoverPapers,
  setBin,
  setCodeOnly,
  setRange,
  toggleCategory,
  type Store,
  type ViewState,
} from '../../state/store';
import type { CoauthorCharts } from './coauthor-charts.component';

/**
 * The state the charts show: the store's, except that a node under the pointer in the graph (or a
 * link previewed in the details panel) is outlined instead of the selection while it is hovered.
 */
export function chartsState(state: ViewState): ViewState {
  return state.hoverNode === null || state.hoverNode === state.selection
    ? state
    : { ...state, selection: state.hoverNode };
}

/** Keeps `charts.state` in step with the store's and dispatches the charts' events; returns the undo. */
export function connectCharts(charts: CoauthorCharts, store: Store): () => void {
  const listeners: Array<[string, EventListener]> = [
    ['charts-range', (e) => store.dispatch(setRange((e as CustomEvent).detail.range))],
    [
      'charts-toggle-category',
      (e) => store.dispatch(toggleCategory((e as CustomEvent).detail.code)),
    ],
    ['charts-clear-categories', () => store.dispatch(clearCategories())],
    ['charts-code-only', (e) => store.dispatch(setCodeOnly((e as CustomEvent).detail.value))],
    ['charts-hover-papers', (e) => store.dispatch(hoverPapers((e as CustomEvent).detail.keys))],
    ['charts-bin', (e) => store.dispatch(setBin((e as CustomEvent).detail.bin))],
    ['charts-reset', () => store.dispatch(clearFilters())],
  ];
  for (const [type, listener] of listeners) charts.addEventListener(type, listener);
  charts.state = chartsState(store.get());
  const unsubscribe = store.subscribe((state) => {
    charts.state = chartsState(state);
  });
  return () => {
    unsubscribe();
    for (const [type, listener] of listeners) charts.removeEventListener(type, listener);
  };
}
