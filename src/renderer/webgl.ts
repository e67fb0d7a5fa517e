// What the browser offers sigma: WebGL2 at all, and whether it is rendered on a GPU or emulated.

/** True for the name of a WebGL renderer that emulates the GPU (SwiftShader, llvmpipe, WARP…). */
export function isSoftwareRenderer(name: string): boolean {
  return /SwiftShader|llvmpipe|softpipe|Software|Basic Render/i.test(name);
}

/** The WebGL renderer's real name (WEBGL_debug_renderer_info), or '' where the browser hides it. */
export function rendererName(gl: WebGL2RenderingContext): string {
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
}

/** What the browser's WebGL2 offers: null where there is none. */
export interface WebGLSupport {
  /** Frames are rendered by the CPU (the renderer's name says SwiftShader, llvmpipe, …). */
  software: boolean;
}

let probed: WebGLSupport | null | undefined;

/**
 * Whether this browser gives a canvas a WebGL2 context (sigma 4 needs one), and how it renders.
 * Asked once a page, on a canvas of its own whose context is released at once.
 */
export function webGLSupport(): WebGLSupport | null {
  if (probed !== undefined) return probed;
  const gl =
    typeof WebGL2RenderingContext === 'undefined'
      ? null
      : document.createElement('canvas').getContext('webgl2');
  probed = gl ? { software: isSoftwareRenderer(rendererName(gl)) } : null;
  gl?.getExtension('WEBGL_lose_context')?.loseContext();
  return probed;
}
