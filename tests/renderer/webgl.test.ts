import { describe, expect, test } from 'vitest';
import { isSoftwareRenderer } from '../../src/renderer/webgl';

describe('isSoftwareRenderer()', () => {
  test.each([
    {
      name: 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      software: true,
    },
    { name: 'llvmpipe (LLVM 15.0.6, 256 bits)', software: true },
    {
      name: 'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0)',
      software: true,
    },
    {
      name: 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)',
      software: false,
    },
    { name: 'ANGLE (Apple, ANGLE Metal Renderer: Apple M2, Unspecified Version)', software: false },
    { name: 'Mesa Intel(R) UHD Graphics 620 (KBL GT2)', software: false },
    { name: '', software: false },
  ])('$name → $software', ({ name, software }) => {
    expect(isSoftwareRenderer(name)).toBe(software);
  });
});
