// A node layer that draws a ring inside a node's outline (owner and selection), sized in screen pixels.
import type { FragmentLayer } from 'sigma/rendering';

// WebGL enums, spelled out so this module can load where WebGL2RenderingContext does not exist (Node).
const UNSIGNED_BYTE = 0x1401;
const FLOAT = 0x1406;

/** Style variables the ring reads: declare them in `primitives.nodes.variables`. */
export const RING_VARIABLES = {
  ringColor: { type: 'color', default: 'rgba(0,0,0,0)' },
  ringWidth: { type: 'number', default: 0 },
} as const;

/**
 * The ring layer: a band `ringWidth` pixels wide along the inside of the shape's outline, in
 * `ringColor`; nothing when the width is 0. It follows any SDF shape (circle, square, ...).
 */
export function layerRing(): FragmentLayer {
  return {
    name: 'ring',
    uniforms: [],
    attributes: [
      { name: 'ringColor', size: 4, type: UNSIGNED_BYTE, normalized: true, source: 'ringColor' },
      { name: 'ringWidth', size: 1, type: FLOAT, source: 'ringWidth' },
    ],
    glsl: /* glsl */ `
vec4 layer_ring(vec4 v_ringColor, float v_ringWidth) {
  if (v_ringWidth <= 0.0) return vec4(0.0);
  float inner = -v_ringWidth * context.pixelToUV;
  float band = smoothstep(inner - context.aaWidth, inner + context.aaWidth, context.sdf);
  return vec4(v_ringColor.rgb, v_ringColor.a * band);
}
`,
  };
}
