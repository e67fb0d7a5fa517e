// What a job's server needs of a worker's global scope, and the global that names a worker's job.

/** The global the bootstrap sets to the worker's role before it imports the module that serves it. */
export const ROLE_GLOBAL = '__coauthorNetworkWorkerRole';

/** The part of a worker's global scope a role's server uses (tests pass a stand-in). */
export interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  postMessage(message: unknown, options?: { transfer?: Transferable[] }): void;
}

/** The jobs an entry point's workers can run: a server a role, each listening on the scope. */
export type RoleServers = Readonly<Record<string, (scope: WorkerScope) => void>>;
