// Waits for the GPU without stopping the page: a WebGL 2 fence, polled from timers.

/**
 * Settles once the GPU has run every command `gl` was given so far, or the context is lost. The
 * page stays free meanwhile: showing or reading the canvas back would have waited for the GPU.
 */
export function gpuDone(gl: WebGL2RenderingContext): Promise<void> {
  const fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
  gl.flush();
  return new Promise((resolve) => {
    const poll = (): void => {
      if (fence && gl.getSyncParameter(fence, gl.SYNC_STATUS) === gl.UNSIGNALED) {
        setTimeout(poll, 16);
        return;
      }
      gl.deleteSync(fence);
      resolve();
    };
    poll();
  });
}
