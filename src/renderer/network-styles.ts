// sigma 4 style rules for the coauthor network: shapes, colours and sizes at render time, dimming by state.
import type { Attributes } from 'graphology-types';
import type { StylesDeclaration } from 'sigma/types';
import { truncateLabel } from './label-policy';
import { mixColours, withAlpha, type RendererTheme } from './theme';

/** UI state kept by sigma for each node (never written into the graph). */
export interface NodeUiState {
  /** In the neighbourhood of the focused (hovered or selected) node. */
  isActive: boolean;
  /** The selected node. */
  isSelected: boolean;
  /** Left out by the filters (a paper that fails them, an author with no paper passing). */
  isOut: boolean;
  /** Among the papers of a hovered chart bar, or one of their authors. */
  isMarked: boolean;
}

export interface EdgeUiState {
  /** Touches the focused node. */
  isActive: boolean;
  /** One of its ends is left out by the filters. */
  isOut: boolean;
  /** Both ends are marked (a hovered chart bar's paper and its author). */
  isMarked: boolean;
}

export interface GraphUiState {
  /** A node is hovered or selected: everything outside its neighbourhood is dimmed. */
  hasFocus: boolean;
  /** Neighbours of the focused node: their paper titles are labelled only when they are few. */
  focusDegree: number;
  /** A chart bar is hovered: everything but its papers and their authors is dimmed (over the focus). */
  hasMarks: boolean;
  /** Marked papers: their titles are labelled only when they are few. */
  markCount: number;
  /**
   * Draw without edges (a layout is moving a network whose frames WebGL renders in software); the
   * focus keeps its edges. Labels stay: a few, and sigma places the resting ones only when it
   * processes the nodes, which a state change alone does not redo.
   */
  quiet: boolean;
}

/** Up to this many neighbours, a focused node's papers are labelled too. */
export const LABELLED_NEIGHBOURS = 6;

export const DEPTH_LAYERS = ['edges', 'nodes', 'activeEdges', 'activeNodes', 'topNodes'] as const;
type Depth = (typeof DEPTH_LAYERS)[number];
type RingVariables = { ringColor: string; ringWidth: number };

/** What the styles read besides attributes and state; mutable so a new profile needs no new renderer. */
export interface StyleContext {
  theme: RendererTheme;
  /** Fraction of the layout radius nodes are drawn at (see DRAWN_SIZE_FRACTION). */
  sizeFraction: number;
  /** Opacity of edges at rest: lower in dense networks so that nodes show through. */
  edgeOpacity: number;
  paperColor(category: string | null): string;
  nodeSize(attributes: Attributes): number;
  /** Labelled at rest (the owner and frequent coauthors: label-policy's restingLabelTest). */
  isResting(attributes: Attributes): boolean;
}

export type NetworkStyles = StylesDeclaration<
  Attributes,
  Attributes,
  NodeUiState,
  EdgeUiState,
  GraphUiState,
  RingVariables,
  object,
  Depth
>;

/**
 * Nodes are drawn at this fraction of their layout radius: the layout keeps full radii apart, so
 * nothing overlaps and a small picture keeps some air between nodes; large networks, whose nodes
 * are tiny at full view, use all of it.
 */
export const DRAWN_SIZE_FRACTION = 0.6;
export const LARGE_DRAWN_SIZE_FRACTION = 0.95;
export const LARGE_NETWORK_FROM = 1000;

/** Drawing parameters that depend on the size of the network on screen. */
export function scaleFor(
  order: number,
  size: number,
): Pick<StyleContext, 'sizeFraction' | 'edgeOpacity'> {
  return {
    sizeFraction: order >= LARGE_NETWORK_FROM ? LARGE_DRAWN_SIZE_FRACTION : DRAWN_SIZE_FRACTION,
    edgeOpacity: size > 2000 ? 0.35 : size > 500 ? 0.6 : 1,
  };
}

/** Longest label at rest, and of a hovered, selected or neighbouring node. */
export const REST_LABEL_CHARS = 34;
export const FOCUS_LABEL_CHARS = 90;
/** Label sizes in pixels (the owner's larger), the gap between a node and its label, and the
 * padding of the label's background. */
export const LABEL = { size: 12, ownerSize: 15, margin: 5, padding: 2 } as const;
/** Opacity of a dimmed node. */
export const DIMMED = 0.14;

const isPaper = (a: Attributes): boolean => a.kind === 'paper';

/** A node's drawn size, in graph units. */
export function drawnNodeSize(ctx: StyleContext, attributes: Attributes): number {
  return ctx.nodeSize(attributes) * ctx.sizeFraction;
}

/** A node's fill: papers by category, the owner and the other authors by the theme. */
export function nodeColor(ctx: StyleContext, attributes: Attributes): string {
  if (isPaper(attributes)) return ctx.paperColor((attributes.category as string | null) ?? null);
  return attributes.isOwner ? ctx.theme.owner : ctx.theme.author;
}

const restingLabel = (a: Attributes): string =>
  truncateLabel(String(a.label ?? ''), REST_LABEL_CHARS);

/** The label a node shows at rest and its size in pixels, or null when it shows none. */
export function restingLabelOf(
  ctx: StyleContext,
  attributes: Attributes,
): { text: string; size: number } | null {
  if (!ctx.isResting(attributes)) return null;
  return {
    text: restingLabel(attributes),
    size: attributes.isOwner === true ? LABEL.ownerSize : LABEL.size,
  };
}

export function createNetworkStyles(ctx: StyleContext): NetworkStyles {
  const { theme } = ctx;
  return {
    stage: { background: theme.background },
    nodes: [
      {
        x: { attribute: 'x' },
        y: { attribute: 'y' },
        size: (a) => drawnNodeSize(ctx, a),
        color: (a) => nodeColor(ctx, a),
        // No text unless a rule below can show it: sigma prepares the glyphs of every label it is
        // given, tens of thousands of paper titles in a large network.
        label: '',
        labelColor: theme.foreground,
        labelSize: LABEL.size,
        labelFont: theme.font,
        labelVisibility: 'hidden',
        labelBackgroundColor: withAlpha(theme.background, 0.72),
        labelBackgroundPadding: LABEL.padding,
        visibility: { whenState: 'isHidden', then: 'hidden', else: 'visible' },
        depth: 'nodes',
        cursor: 'pointer',
        ringWidth: 0,
        ringColor: theme.accent,
      },
      { matchData: 'kind', cases: { author: { shape: 'circle' }, paper: { shape: 'square' } } },
      // Frequent coauthors are labelled where their labels do not collide (sigma's culling); the
      // owner always.
      { when: (a) => ctx.isResting(a), then: { labelVisibility: 'auto', label: restingLabel } },
      {
        whenData: 'isOwner',
        then: {
          labelSize: LABEL.ownerSize,
          zIndex: 1,
          labelVisibility: 'visible',
          label: restingLabel,
        },
      },
      { whenState: 'isOut', then: { opacity: DIMMED, labelVisibility: 'hidden' } },
      {
        when: (_a, state, graphState) =>
          graphState.hasMarks ? !state.isMarked : graphState.hasFocus && !state.isActive,
        then: { opacity: DIMMED, labelVisibility: 'hidden' },
      },
      {
        // A hovered chart bar: its papers (titles when few) and their authors stand out.
        when: (_a, state, graphState) => graphState.hasMarks && state.isMarked,
        then: {
          depth: 'activeNodes',
          labelVisibility: (a, _s, graphState) =>
            !isPaper(a) || graphState.markCount <= LABELLED_NEIGHBOURS ? 'visible' : 'hidden',
          label: (a) => truncateLabel(String(a.label ?? ''), isPaper(a) ? 32 : 60),
        },
      },
      {
        // Neighbours: names always (they are short), paper titles when there are few of them.
        whenState: 'isActive',
        then: {
          depth: 'activeNodes',
          labelVisibility: (a, state, graphState) =>
            !state.isOut && (!isPaper(a) || graphState.focusDegree <= LABELLED_NEIGHBOURS)
              ? 'visible'
              : 'hidden',
          label: (a) => truncateLabel(String(a.label ?? ''), isPaper(a) ? 32 : 60),
        },
      },
      {
        whenState: 'isSelected',
        then: {
          ringWidth: 3,
          depth: 'topNodes',
          labelVisibility: 'visible',
          label: (a) => truncateLabel(String(a.label ?? ''), FOCUS_LABEL_CHARS),
        },
      },
      {
        whenState: 'isHovered',
        then: {
          depth: 'topNodes',
          labelVisibility: 'visible',
          label: (a) => truncateLabel(String(a.label ?? ''), FOCUS_LABEL_CHARS),
          backdropVisibility: 'visible',
          backdropColor: theme.background,
          backdropShadowColor: 'rgba(20, 28, 40, 0.28)',
          backdropShadowBlur: 10,
          backdropPadding: 5,
          backdropCornerRadius: 6,
        },
      },
    ],
    edges: [
      {
        // Coauthor links: thicker and darker with every shared paper.
        size: (a) => (typeof a.weight === 'number' ? 0.8 + Math.min(a.weight - 1, 8) * 0.9 : 0.8),
        color: (a) =>
          typeof a.weight === 'number' && a.weight > 1
            ? mixColours(theme.edge, theme.edgeActive, Math.min(0.15 + 0.15 * a.weight, 0.7))
            : theme.edge,
        opacity: () => ctx.edgeOpacity,
        visibility: { whenState: 'isHidden', then: 'hidden', else: 'visible' },
        depth: 'edges',
      },
      {
        when: (_a, state, graphState) =>
          state.isOut ||
          (graphState.hasMarks ? !state.isMarked : graphState.hasFocus && !state.isActive),
        then: { opacity: () => ctx.edgeOpacity * 0.35 },
      },
      {
        when: (_a, state, graphState) =>
          !state.isOut && (graphState.hasMarks ? state.isMarked : state.isActive),
        then: { color: theme.edgeActive, opacity: 1, depth: 'activeEdges' },
      },
      {
        when: (_a, state, graphState) => graphState.quiet && !state.isActive,
        then: { visibility: 'hidden' },
      },
    ],
  };
}
