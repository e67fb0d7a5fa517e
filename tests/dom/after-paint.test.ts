// afterPaint(): settles in a task queued after the animation frame, not in the frame callback itself.
import { afterEach, expect, test, vi } from 'vitest';
import { afterPaint } from '../../src/dom/after-paint';

afterEach(() => vi.unstubAllGlobals());

test('resolves only after a task that follows the animation frame', async () => {
  const frames: (() => void)[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
  const order: string[] = [];
  const painted = afterPaint().then(() => order.push('painted'));
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(order).toEqual([]); // no frame yet
  expect(frames).toHaveLength(1);
  frames[0]!();
  for (let i = 0; i < 5; i++) await Promise.resolve(); // microtasks of the frame's own task
  expect(order).toEqual([]); // the frame's commit (and GPU wait) comes first
  await painted;
  expect(order).toEqual(['painted']);
});
