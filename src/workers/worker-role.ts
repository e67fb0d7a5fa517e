// The jobs the element gives to web workers.

/** `pipeline`: parse and build a large input (pipeline-task.ts); `overlap`: overlap removal (overlap-task.ts). */
export type WorkerRole = 'pipeline' | 'overlap';
