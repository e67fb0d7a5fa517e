// The jobs the element gives to web workers, and what a job's server needs of a worker.

/**
 * `pipeline`: parse and build a large input (pipeline-task.ts); `fa2`: ForceAtlas2 iterations
 * (fa2-task.ts); `overlap`: the closing overlap removal (overlap-task.ts).
 */
export type WorkerRole = 'pipeline' | 'fa2' | 'overlap';

/** The part of a worker's global scope a role's server uses (tests pass a stand-in). */
export interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  postMessage(message: unknown, options?: { transfer?: Transferable[] }): void;
}
