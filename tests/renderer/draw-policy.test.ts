import { describe, expect, test } from 'vitest';
import {
  drawPolicy,
  EDGES_ON_DEMAND_FROM,
  isSoftwareRenderer,
  LIGHT_DRAWING_FROM,
  PREVIEW_AT_REST_FROM,
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
    {
      name: 'a 10,000-paper profile (in software: previewed at rest)',
      order: 13_330,
      size: 32_308,
      light: true,
      few: false,
      rest: true,
    },
  ])('$name', ({ order, size, light, few, rest = false }) => {
    const expected = {
      previewWhileLaying: light,
      previewAtRest: false,
      edgesOnDemand: !few,
      hideEdgesOnMove: light,
      hideLabelsOnMove: light,
    };
    expect(drawPolicy(order, size)).toEqual(expected);
    expect(drawPolicy(order, size, true)).toEqual({ ...expected, previewAtRest: rest });
  });

  test('from PREVIEW_AT_REST_FROM nodes, in software only, the preview draws at rest, edges on demand', () => {
    const huge = drawPolicy(PREVIEW_AT_REST_FROM, 100, true);
    expect(huge).toMatchObject({ previewAtRest: true, edgesOnDemand: true });
    expect(drawPolicy(PREVIEW_AT_REST_FROM - 1, 100, true).previewAtRest).toBe(false);
    expect(drawPolicy(PREVIEW_AT_REST_FROM, 100, false)).toMatchObject({
      previewAtRest: false,
      edgesOnDemand: false,
    });
    expect(drawPolicy(38_241, 96_999, true).previewAtRest).toBe(true);
  });
});

describe('isSoftwareRenderer()', () => {
  test.each([
    [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      true,
    ],
    ['llvmpipe (LLVM 15.0.6, 256 bits)', true],
    ['ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)', true],
    ['ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)', false],
    ['Apple M2', false],
    ['Mesa Intel(R) UHD Graphics 620 (KBL GT2)', false],
  ])('%s → %s', (name, expected) => {
    expect(isSoftwareRenderer(name)).toBe(expected);
  });
});
