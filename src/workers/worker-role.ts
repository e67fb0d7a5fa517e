// The jobs the element gives to web workers.

/**
 * `pipeline`: parse and build a large input (pipeline-task.ts); `fa2`: ForceAtlas2 iterations
 * (fa2-task.ts); `overlap`: the closing overlap removal (overlap-task.ts).
 */
export type WorkerRole = 'pipeline' | 'fa2' | 'overlap';
