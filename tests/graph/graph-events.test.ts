// The graph the element hands out is a whole graphology Graph: its EventEmitter API is all there.
// (In Node graphology extends Node's `events`; the library file bundles the npm `events` package,
// which tests/e2e/embed.test.ts checks on a page.)
import { afterEach, describe, expect, test, vi } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import { SAMPLE_PROFILE } from './sample-profile';

const AUTHOR = {
  kind: 'author',
  label: 'New Author',
  paperCount: 0,
  isOwner: false,
  firstYear: 2024,
  lastYear: 2024,
} as const;
const EDGE = { implied: false, position: 0 } as const;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a graph from buildGraph()', () => {
  test('once() hears the first event only, and then counts no more', () => {
    const graph = buildGraph(SAMPLE_PROFILE);
    const heard: string[] = [];
    graph.once('nodeAdded', ({ key }) => heard.push(key));
    expect(graph.listenerCount('nodeAdded')).toBe(1);
    graph.addNode('a:first', { ...AUTHOR });
    graph.addNode('a:second', { ...AUTHOR });
    expect(heard).toEqual(['a:first']);
    expect(graph.listenerCount('nodeAdded')).toBe(0);
  });

  test('listenerCount() counts the listeners of one event', () => {
    const graph = buildGraph(SAMPLE_PROFILE);
    const listener = (): void => undefined;
    expect(graph.listenerCount('edgeAdded')).toBe(0);
    graph.on('edgeAdded', listener).on('edgeAdded', listener).on('nodeDropped', listener);
    expect(graph.listenerCount('edgeAdded')).toBe(2);
    expect(graph.listenerCount('nodeDropped')).toBe(1);
    graph.off('edgeAdded', listener);
    expect(graph.listenerCount('edgeAdded')).toBe(1);
  });

  test('setMaxListeners() lets many renderers listen without a leak warning', () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const shared = buildGraph(SAMPLE_PROFILE);
    expect(shared.setMaxListeners(40)).toBe(shared);
    expect(shared.getMaxListeners()).toBe(40);
    for (let i = 0; i < 40; i++) shared.on('attributesUpdated', () => undefined);
    expect(warn).not.toHaveBeenCalled();

    // Without it, the eleventh listener of one event is reported as a possible leak.
    const other = buildGraph(SAMPLE_PROFILE);
    for (let i = 0; i < 11; i++) other.on('attributesUpdated', () => undefined);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/MaxListenersExceeded|memory leak/);
  });

  test('removeAllListeners() drops one event’s listeners, or every listener', () => {
    const graph = buildGraph(SAMPLE_PROFILE);
    const heard: string[] = [];
    graph.on('nodeAdded', () => heard.push('node'));
    graph.on('nodeAdded', () => heard.push('node again'));
    graph.on('edgeAdded', () => heard.push('edge'));
    expect(graph.removeAllListeners('nodeAdded')).toBe(graph);
    expect(graph.listenerCount('nodeAdded')).toBe(0);
    expect(graph.listenerCount('edgeAdded')).toBe(1);
    graph.addNode('a:new', { ...AUTHOR });
    graph.addEdge('a:new', 'a:paolo glorioso', { ...EDGE });
    expect(heard).toEqual(['edge']);

    graph.removeAllListeners();
    expect(graph.eventNames()).toEqual([]);
    graph.addNode('a:newer', { ...AUTHOR });
    graph.addEdge('a:newer', 'a:paolo glorioso', { ...EDGE });
    expect(heard).toEqual(['edge']);
  });
});
