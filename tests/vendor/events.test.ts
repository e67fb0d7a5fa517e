// The EventEmitter built in place of `events` behaves as Node's for what graphology and sigma call.
import { EventEmitter as NodeEmitter } from 'node:events';
import { describe, expect, test } from 'vitest';
import { EventEmitter } from '../../src/vendor/events';

type Emitter = Pick<NodeEmitter, 'on' | 'off' | 'removeListener' | 'removeAllListeners' | 'emit'>;

/** Runs one scenario on an emitter and returns what the listeners saw, in order. */
function scenario(emitter: Emitter): unknown[] {
  const seen: unknown[] = [];
  const a = (x: unknown): void => void seen.push(['a', x]);
  const b = (x: unknown): void => {
    seen.push(['b', x]);
    emitter.off('t', b); // removing itself during an emit does not skip the next listener
  };
  const c = function (this: unknown, x: unknown): void {
    seen.push(['c', x, this === emitter]);
  };
  emitter.on('t', a).on('t', b).on('t', c).on('t', a);
  seen.push(emitter.emit('t', 1));
  seen.push(emitter.emit('t', 2));
  emitter.removeListener('t', a); // the last registration goes
  seen.push(emitter.emit('t', 3));
  seen.push(emitter.emit('other', 4));
  emitter.on('u', a);
  emitter.removeAllListeners('t');
  seen.push(emitter.emit('t', 5), emitter.emit('u', 6));
  emitter.removeAllListeners();
  seen.push(emitter.emit('u', 7));
  emitter.off('nothing', a);
  return seen;
}

describe('EventEmitter', () => {
  test("listeners, their order, removal during an emit and `this`, as Node's", () => {
    expect(scenario(new EventEmitter() as unknown as Emitter)).toEqual(scenario(new NodeEmitter()));
  });

  test('an unheard error is thrown, a heard one is not', () => {
    const emitter = new EventEmitter();
    const error = new Error('boom');
    expect(() => emitter.emit('error', error)).toThrow(error);
    emitter.on('error', () => undefined);
    expect(emitter.emit('error', error)).toBe(true);
  });

  test('a subclass gets the methods (graphology and sigma extend it)', () => {
    class Graph extends EventEmitter {}
    const seen: number[] = [];
    const graph = new Graph().on('x', (n: number) => void seen.push(n));
    graph.emit('x', 1);
    expect(seen).toEqual([1]);
  });
});
