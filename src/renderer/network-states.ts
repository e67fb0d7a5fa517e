// The UI state sigma draws by: the focused neighbourhood, the selection, filters, marks, quiet frames.
import type { AbstractGraph, Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import { focusOf, neighbourhood } from './highlight';
import type { EdgeUiState, GraphUiState, NodeUiState } from './network-styles';

/** What the states need of sigma (its public state setters). */
export type StatefulSigma = Pick<
  Sigma<Attributes, Attributes, Attributes, NodeUiState, EdgeUiState, GraphUiState>,
  'setNodeState' | 'setNodesState' | 'setEdgesState' | 'setGraphState'
>;

/** The keys of `a` that are not in `b`. */
function without(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  return [...a].filter((key) => !b.has(key));
}

/**
 * Sets sigma's node, edge and graph states from what the user points at and filters; a change of
 * focus touches only the nodes and edges whose state changes.
 */
export class NetworkStates {
  /** The focused neighbourhood, as last set on sigma. */
  private active: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } = {
    nodes: new Set(),
    edges: new Set(),
  };
  private selected: string | null = null;
  /** The filter and the marks as last set (sigma's initial states: none). */
  private kept: ReadonlySet<string> | null = null;
  private marked: ReadonlySet<string> | null = null;
  /** The graph state as last set: an unchanged one is not set again (each set redraws it all). */
  private graphState: Partial<GraphUiState> = {
    hasFocus: false,
    focusDegree: 0,
    hasMarks: false,
    markCount: 0,
    quiet: false,
  };

  constructor(
    private readonly sigma: StatefulSigma,
    private readonly graph: AbstractGraph,
  ) {}

  /** Highlights the neighbourhood of the hovered node, else of the selection; dims the rest. */
  setFocus(hover: string | null, selection: string | null): void {
    const has = (key: string | null): string | null =>
      key !== null && this.graph.hasNode(key) ? key : null;
    const selected = has(selection);
    const around = neighbourhood(this.graph, focusOf(has(hover), selected));
    const nodes = around?.nodes ?? new Set<string>();
    const edges = around?.edges ?? new Set<string>();
    const { sigma, active } = this;
    sigma.setNodesState(without(active.nodes, nodes), { isActive: false });
    sigma.setNodesState(without(nodes, active.nodes), { isActive: true });
    sigma.setEdgesState(without(active.edges, edges), { isActive: false });
    sigma.setEdgesState(without(edges, active.edges), { isActive: true });
    this.active = { nodes, edges };
    if (this.selected !== null && this.selected !== selected) {
      sigma.setNodeState(this.selected, { isSelected: false });
    }
    if (selected !== null) sigma.setNodeState(selected, { isSelected: true });
    this.selected = selected;
    this.setGraphState({ hasFocus: around !== null, focusDegree: Math.max(0, nodes.size - 1) });
  }

  /** Dims every node not in `kept`, and the edges that touch one; null: no filter. */
  setFilter(kept: ReadonlySet<string> | null): void {
    if (kept === this.kept) return;
    this.kept = kept;
    this.setWholeState(
      'isOut',
      (key) => kept !== null && !kept.has(key),
      (sourceOut, targetOut) => sourceOut || targetOut,
    );
  }

  /** Brings `marked` forward and dims the rest; null: none. */
  setMarks(marked: ReadonlySet<string> | null): void {
    if (marked === this.marked) return;
    this.marked = marked;
    const isMarked = (key: string): boolean => marked !== null && marked.has(key);
    this.setWholeState('isMarked', isMarked, (sourceOn, targetOn) => sourceOn && targetOn);
    const markCount =
      marked === null
        ? 0
        : this.graph.filterNodes((key, a) => isMarked(key) && a.kind === 'paper').length;
    this.setGraphState({ hasMarks: marked !== null, markCount });
  }

  /** Frames without edges but the focus's (true), or with all of them (false). */
  setQuiet(quiet: boolean): void {
    this.setGraphState({ quiet });
  }

  private setGraphState(next: Partial<GraphUiState>): void {
    const changed = (Object.keys(next) as (keyof GraphUiState)[]).some(
      (key) => next[key] !== this.graphState[key],
    );
    if (!changed) return;
    this.graphState = { ...this.graphState, ...next };
    this.sigma.setGraphState(next);
  }

  /**
   * Filters and marks are whole-graph states: set on every node and edge (a change is a user
   * action, not a frame). An edge takes the state from its two ends.
   */
  private setWholeState(
    state: 'isOut' | 'isMarked',
    nodeOn: (key: string) => boolean,
    edgeOn: (sourceOn: boolean, targetOn: boolean) => boolean,
  ): void {
    const nodes: [string[], string[]] = [[], []];
    this.graph.forEachNode((key) => nodes[nodeOn(key) ? 0 : 1].push(key));
    this.sigma.setNodesState(nodes[0], { [state]: true });
    this.sigma.setNodesState(nodes[1], { [state]: false });
    const edges: [string[], string[]] = [[], []];
    this.graph.forEachEdge((key, _a, source, target) =>
      edges[edgeOn(nodeOn(source), nodeOn(target)) ? 0 : 1].push(key),
    );
    this.sigma.setEdgesState(edges[0], { [state]: true });
    this.sigma.setEdgesState(edges[1], { [state]: false });
  }
}
