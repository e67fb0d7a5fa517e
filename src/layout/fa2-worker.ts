// Web worker (app build): ForceAtlas2 iterations for the layout supervisor (see fa2-task.ts).
import { createFa2Step, type Fa2Request } from './fa2-task';

const step = createFa2Step();
self.addEventListener('message', (event: MessageEvent<Fa2Request>) => {
  const reply = step(event.data);
  self.postMessage(reply, { transfer: [reply.nodes] });
});
