import { describe, expect, test } from 'vitest';
import {
  drawPolicy,
  EDGES_ON_DEMAND_FROM,
  LIGHT_DRAWING_FROM,
} from '../../src/renderer/draw-policy';

describe('drawPolicy()', () => {
  test.each([
    { name: 'the sample draws everything always', order: 15, size: 19, light: false, few: true },
    {
      name: 'just under the threshold',
      order: LIGHT_DRAWING_FROM - 1,
      size: 1500,
      light: false,
      few: true,
    },
    {
      name: 'a network from the threshold on',
      order: LIGHT_DRAWING_FROM,
      size: 1500,
      light: true,
      few: true,
    },
    {
      name: 'few nodes but many edges (coauthor view)',
      order: 600,
      size: 2000,
      light: true,
      few: true,
    },
    { name: 'a 1,000-paper profile', order: 1219, size: 2605, light: true, few: true },
    {
      name: 'just under the edges threshold',
      order: 2000,
      size: EDGES_ON_DEMAND_FROM - 1,
      light: true,
      few: true,
    },
    {
      name: 'from the edges threshold on',
      order: 2000,
      size: EDGES_ON_DEMAND_FROM,
      light: true,
      few: false,
    },
    { name: 'a 10,000-paper profile', order: 13_330, size: 32_308, light: true, few: false },
  ])('$name', ({ order, size, light, few }) => {
    expect(drawPolicy(order, size)).toEqual({
      previewWhileLaying: light,
      edgesOnDemand: !few,
      hideEdgesOnMove: light,
      hideLabelsOnMove: light,
    });
  });
});
