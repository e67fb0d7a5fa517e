// Inside a worker started by start-worker.lib.ts: runs the role the bootstrap named.
import { runPipeline } from '../element/pipeline-task';
import type { PipelineRequest } from '../element/pipeline-messages';
import { createFa2Step, type Fa2Request } from '../layout/fa2-task';
import { runOverlap, type OverlapRequest } from '../layout/overlap-task';
import type { WorkerRole } from './worker-role';

/** The global the bootstrap sets to the worker's role before importing the library. */
export const ROLE_GLOBAL = '__coauthorNetworkWorkerRole';

interface RoleScope {
  [ROLE_GLOBAL]?: WorkerRole;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  postMessage(message: unknown, options?: { transfer?: Transferable[] }): void;
}

/**
 * Listens for the named role's requests when this code runs in such a worker; returns whether it
 * does (the library then defines no element). Anywhere else (a page, someone else's worker): false.
 */
export function serveWorkerRole(scope: unknown = globalThis): boolean {
  const worker = scope as RoleScope;
  const role = worker[ROLE_GLOBAL];
  if (role === 'pipeline') {
    worker.addEventListener('message', (event: MessageEvent<PipelineRequest>) => {
      runPipeline(event.data, (reply) => worker.postMessage(reply));
    });
    return true;
  }
  if (role === 'fa2') {
    const step = createFa2Step();
    worker.addEventListener('message', (event: MessageEvent<Fa2Request>) => {
      const reply = step(event.data);
      worker.postMessage(reply, { transfer: [reply.nodes] });
    });
    return true;
  }
  if (role === 'overlap') {
    worker.addEventListener('message', (event: MessageEvent<OverlapRequest>) => {
      const out = runOverlap(event.data);
      worker.postMessage(out, { transfer: [out.xs.buffer, out.ys.buffer] });
    });
    return true;
  }
  return false;
}
