// Web worker (app build): the closing overlap removal of a large layout, off the main thread.
import { runOverlap, type OverlapRequest } from './overlap-task';

self.addEventListener('message', (event: MessageEvent<OverlapRequest>) => {
  const out = runOverlap(event.data);
  self.postMessage(out, { transfer: [out.xs.buffer, out.ys.buffer] });
});
