// Pipeline timings as User Timing measures (`cn:parse`, `cn:build`, `cn:layout`, `cn:ready`, ...) for benchmarks and DevTools.

/** The names of the measures the element records, one per step of a load. */
export type PipelineStep = 'parse' | 'build' | 'import' | 'layout' | 'first-frame' | 'ready';

const hasTiming = (): boolean =>
  typeof performance !== 'undefined' && typeof performance.measure === 'function';

/**
 * Records `cn:<step>` as a measure from `start` (a `performance.now()` time) to now, with an
 * optional `detail` (e.g. layout iterations). Does nothing where User Timing is missing.
 */
export function measureStep(step: PipelineStep, start: number, detail?: unknown): void {
  if (!hasTiming()) return;
  try {
    performance.measure(`cn:${step}`, { start, end: performance.now(), detail });
  } catch {
    // A measure must never break a load (e.g. an old engine without the options form).
  }
}

/** The current time for a later measureStep(); 0 where `performance` is missing. */
export function stepStart(): number {
  return typeof performance !== 'undefined' ? performance.now() : 0;
}

/** Records `cn:<step>` from `start` for `duration` ms: work timed elsewhere (in a worker). */
export function measureSpan(
  step: PipelineStep,
  start: number,
  duration: number,
  detail?: unknown,
): void {
  if (!hasTiming()) return;
  try {
    performance.measure(`cn:${step}`, { start, duration, detail });
  } catch {
    // As in measureStep.
  }
}
