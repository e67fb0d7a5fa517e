// Resolves once the next frame has been presented, not merely requested (WebGL read back included).

/**
 * Waits for the next animation frame and then for a task queued from it: that task runs after the
 * frame's commit, which in a software-rendered browser includes the wait for the GPU process to
 * draw the canvas. A bare requestAnimationFrame() resolves before that wait.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    }),
  );
}
