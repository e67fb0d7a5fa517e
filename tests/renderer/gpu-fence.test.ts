// gpuDone(): a WebGL 2 fence polled from timers, on a stand-in context whose GPU finishes on cue.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { gpuDone } from '../../src/renderer/gpu-fence';

const SIGNALED = 0x9119;
const UNSIGNALED = 0x9118;

/** A context stand-in: the fence signals once `finish()` is called; records the calls made. */
function fakeContext(options: { fence?: boolean } = {}) {
  let finished = false;
  let lost = false;
  const fence = options.fence === false ? null : { id: 'fence' };
  const calls: string[] = [];
  const gl = {
    SYNC_GPU_COMMANDS_COMPLETE: 0x9117,
    SYNC_STATUS: 0x9114,
    SIGNALED,
    UNSIGNALED,
    fenceSync: () => {
      calls.push('fenceSync');
      return fence;
    },
    flush: () => calls.push('flush'),
    // A lost context answers null to every query.
    getSyncParameter: (sync: unknown) => {
      calls.push('getSyncParameter');
      if (sync !== fence) throw new Error('not the fence');
      if (lost) return null;
      return finished ? SIGNALED : UNSIGNALED;
    },
    deleteSync: (sync: unknown) => calls.push(`deleteSync:${sync === fence ? 'fence' : 'other'}`),
  };
  return {
    gl: gl as unknown as WebGL2RenderingContext,
    calls,
    finish: () => (finished = true),
    lose: () => (lost = true),
  };
}

describe('gpuDone()', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('settles only once the GPU has run the commands, and deletes its fence', async () => {
    const context = fakeContext();
    let settled = false;
    void gpuDone(context.gl).then(() => (settled = true));
    expect(context.calls.slice(0, 2)).toEqual(['fenceSync', 'flush']);
    await vi.advanceTimersByTimeAsync(500);
    expect(settled).toBe(false);
    expect(context.calls.filter((c) => c === 'getSyncParameter').length).toBeGreaterThan(10);
    context.finish();
    await vi.advanceTimersByTimeAsync(50);
    expect(settled).toBe(true);
    expect(context.calls.at(-1)).toBe('deleteSync:fence');
  });

  test('does not poll between timer ticks: the page stays free', async () => {
    const context = fakeContext();
    void gpuDone(context.gl);
    const polls = () => context.calls.filter((c) => c === 'getSyncParameter').length;
    const first = polls();
    await Promise.resolve();
    expect(polls()).toBe(first);
    await vi.advanceTimersByTimeAsync(16);
    expect(polls()).toBe(first + 1);
  });

  test('settles when the context is lost, or gives no fence', async () => {
    const lost = fakeContext();
    let settled = false;
    void gpuDone(lost.gl).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(100);
    expect(settled).toBe(false);
    lost.lose();
    await vi.advanceTimersByTimeAsync(50);
    expect(settled).toBe(true);

    const none = fakeContext({ fence: false });
    await expect(gpuDone(none.gl)).resolves.toBeUndefined();
  });
});
