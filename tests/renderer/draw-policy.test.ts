import { describe, expect, test } from 'vitest';
import type { Attributes } from 'graphology-types';
import { drawPolicy, hiddenWhileLaying, LIGHT_DRAWING_FROM } from '../../src/renderer/draw-policy';
import {
  createNetworkStyles,
  type EdgeUiState,
  type GraphUiState,
  type StyleContext,
} from '../../src/renderer/network-styles';
import { DEFAULT_THEME } from '../../src/renderer/theme';

const edge = (over: Partial<EdgeUiState> = {}): EdgeUiState => ({
  isActive: false,
  isOut: false,
  isMarked: false,
  ...over,
});
const graphState = (over: Partial<GraphUiState> = {}): GraphUiState => ({
  hasFocus: false,
  focusDegree: 0,
  hasMarks: false,
  markCount: 0,
  isLaying: false,
  ...over,
});

describe('drawPolicy()', () => {
  test.each([
    { name: 'the sample draws everything always', order: 15, size: 19, light: false },
    { name: 'just under the threshold', order: LIGHT_DRAWING_FROM - 1, size: 1500, light: false },
    { name: 'a network from the threshold on', order: LIGHT_DRAWING_FROM, size: 1500, light: true },
    { name: 'few nodes but many edges (coauthor view)', order: 600, size: 2000, light: true },
    { name: 'a 10,000-paper profile', order: 13_330, size: 32_308, light: true },
  ])('$name', ({ order, size, light }) => {
    expect(drawPolicy(order, size)).toEqual({
      nodesOnlyWhileLaying: light,
      hideEdgesOnMove: light,
      hideLabelsOnMove: light,
    });
  });
});

describe('hiddenWhileLaying()', () => {
  test.each([
    { name: 'no layout: every edge is drawn', e: edge(), g: graphState(), hidden: false },
    {
      name: 'layout: a plain edge is hidden',
      e: edge(),
      g: graphState({ isLaying: true }),
      hidden: true,
    },
    {
      name: 'layout: an edge of the focused neighbourhood stays',
      e: edge({ isActive: true }),
      g: graphState({ isLaying: true, hasFocus: true }),
      hidden: false,
    },
    {
      name: 'layout: a focused edge to a filtered-out node is hidden',
      e: edge({ isActive: true, isOut: true }),
      g: graphState({ isLaying: true, hasFocus: true }),
      hidden: true,
    },
    {
      name: 'layout: an edge between marked items stays',
      e: edge({ isMarked: true }),
      g: graphState({ isLaying: true, hasMarks: true }),
      hidden: false,
    },
    {
      name: 'layout with marks: an active but unmarked edge is hidden',
      e: edge({ isActive: true }),
      g: graphState({ isLaying: true, hasMarks: true, hasFocus: true }),
      hidden: true,
    },
  ])('$name', ({ e, g, hidden }) => {
    expect(hiddenWhileLaying(e, g)).toBe(hidden);
  });
});

describe('createNetworkStyles() edges', () => {
  const ctx: StyleContext = {
    theme: DEFAULT_THEME,
    sizeFraction: 0.95,
    edgeOpacity: 0.35,
    paperColor: () => '#000000',
    nodeSize: () => 1,
  };
  /** The visibility the edge rules resolve for these states (later rules win, as in sigma). */
  function edgeVisibility(e: EdgeUiState, g: GraphUiState): string | undefined {
    const rules = createNetworkStyles(ctx).edges as unknown as Record<string, unknown>[];
    let visibility: string | undefined;
    for (const rule of rules) {
      let values: Record<string, unknown> | null = rule;
      if (typeof rule.when === 'function') {
        const when = rule.when as (a: Attributes, s: EdgeUiState, g: GraphUiState) => boolean;
        values = when({}, e, g) ? (rule.then as Record<string, unknown>) : null;
      }
      const v = values?.visibility;
      if (typeof v === 'string') visibility = v;
      else if (v && typeof v === 'object' && 'else' in v) visibility = String(v.else);
    }
    return visibility;
  }

  test('hides a plain edge while a layout runs and shows it again after', () => {
    expect(edgeVisibility(edge(), graphState({ isLaying: true }))).toBe('hidden');
    expect(edgeVisibility(edge(), graphState())).toBe('visible');
  });

  test('keeps the focused neighbourhood drawn while a layout runs', () => {
    const g = graphState({ isLaying: true, hasFocus: true });
    expect(edgeVisibility(edge({ isActive: true }), g)).toBe('visible');
  });
});
