import { describe, expect, test } from 'vitest';
import { chartsState } from '../../src/components/charts/connect-charts';
import { DEFAULT_STATE } from '../../src/state/store';

describe('chartsState()', () => {
  test.each([
    { name: 'nothing hovered: the selection', hoverNode: null, selection: 'a:x', expected: 'a:x' },
    {
      name: 'a hovered node wins over the selection',
      hoverNode: 'a:y',
      selection: 'a:x',
      expected: 'a:y',
    },
    {
      name: 'a hovered node with no selection',
      hoverNode: 'p:1',
      selection: null,
      expected: 'p:1',
    },
    { name: 'neither', hoverNode: null, selection: null, expected: null },
  ])('$name', ({ hoverNode, selection, expected }) => {
    expect(chartsState({ ...DEFAULT_STATE, hoverNode, selection }).selection).toBe(expected);
  });

  test('returns the same state object when nothing is hovered (no needless redraw)', () => {
    const state = { ...DEFAULT_STATE, selection: 'a:x' };
    expect(chartsState(state)).toBe(state);
  });
});
