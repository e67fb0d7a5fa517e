import { describe, expect, test } from 'vitest';
import { drawPolicy, LIGHT_DRAWING_FROM } from '../../src/renderer/draw-policy';

describe('drawPolicy()', () => {
  test.each([
    { name: 'the sample draws everything always', order: 15, size: 19, light: false },
    { name: 'just under the threshold', order: LIGHT_DRAWING_FROM - 1, size: 1500, light: false },
    { name: 'a network from the threshold on', order: LIGHT_DRAWING_FROM, size: 1500, light: true },
    { name: 'few nodes but many edges (coauthor view)', order: 600, size: 2000, light: true },
    { name: 'a 10,000-paper profile', order: 13_330, size: 32_308, light: true },
  ])('$name', ({ order, size, light }) => {
    expect(drawPolicy(order, size)).toEqual({
      previewWhileLaying: light,
      hideEdgesOnMove: light,
      hideLabelsOnMove: light,
    });
  });
});
