// Inside a worker started by start-worker.lib.ts: runs the role the bootstrap named.
import { servePipeline } from '../element/pipeline-task';
import { serveFa2 } from '../layout/fa2-task';
import { serveOverlap } from '../layout/overlap-task';
import type { WorkerRole, WorkerScope } from './worker-role';

/** The global the bootstrap sets to the worker's role before importing the library. */
export const ROLE_GLOBAL = '__coauthorNetworkWorkerRole';

const SERVERS: Record<WorkerRole, (scope: WorkerScope) => void> = {
  pipeline: servePipeline,
  fa2: serveFa2,
  overlap: serveOverlap,
};

/**
 * Listens for the named role's requests when this code runs in such a worker; returns whether it
 * does (the library then defines no element). Anywhere else (a page, someone else's worker): false.
 */
export function serveWorkerRole(scope: unknown = globalThis): boolean {
  const role = (scope as { [ROLE_GLOBAL]?: unknown })[ROLE_GLOBAL];
  if (typeof role !== 'string' || !Object.hasOwn(SERVERS, role)) return false;
  SERVERS[role as WorkerRole](scope as WorkerScope);
  return true;
}
