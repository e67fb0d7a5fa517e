// serveWorkerRole(): in a worker started for a role it serves that role from the registry given, elsewhere nothing.
import Graph from 'graphology';
import { describe, expect, test } from 'vitest';
import type { PipelineReply, PipelineRequest } from '../../src/pipeline/pipeline-messages';
import { servePipeline } from '../../src/pipeline/pipeline-task';
import {
  serveOverlap,
  type OverlapReply,
  type OverlapRequest,
} from '../../src/layout/overlap-task';
import { removeOverlaps } from '../../src/layout/remove-overlaps';
import { serveWorkerRole } from '../../src/workers/serve-role';
import { bootstrapSource } from '../../src/workers/start-worker';
import { ROLE_GLOBAL } from '../../src/workers/worker-role';

/** The element's registry, as src/element/index.ts passes it. */
const ROLES = { pipeline: servePipeline, overlap: serveOverlap };

/** A stand-in for a worker's global scope: records listeners and what is posted. */
function fakeScope(role?: string) {
  const listeners: ((event: MessageEvent) => void)[] = [];
  const posted: { message: unknown; transfer?: Transferable[] }[] = [];
  return {
    ...(role === undefined ? {} : { [ROLE_GLOBAL]: role }),
    listeners,
    posted,
    addEventListener: (_type: 'message', listener: (event: MessageEvent) => void) =>
      listeners.push(listener),
    postMessage: (message: unknown, options?: { transfer?: Transferable[] }) =>
      posted.push({ message, transfer: options?.transfer }),
    send(data: unknown) {
      for (const listener of listeners) listener({ data } as MessageEvent);
    },
  };
}

describe('serveWorkerRole()', () => {
  test('without a role (a page, someone else’s worker) it listens to nothing', () => {
    const scope = fakeScope();
    expect(serveWorkerRole(ROLES, scope)).toBe(false);
    expect(scope.listeners).toHaveLength(0);
    expect(serveWorkerRole(ROLES, fakeScope('something-else'))).toBe(false);
  });

  test('pipeline: a profile sent in comes back as the profile reply and its parts', () => {
    const scope = fakeScope('pipeline');
    expect(serveWorkerRole(ROLES, scope)).toBe(true);
    const request: PipelineRequest = {
      input: 'Ann Owner\n\nLGOct 28, 2022\nA title\n\nAnn Owner, Bo Second\n',
      source: 's.txt',
    };
    scope.send(request);
    const types = scope.posted.map((p) => (p.message as PipelineReply).type);
    expect(types).toEqual(['ready', 'profile', 'nodes', 'edges', 'built']);
  });

  test('overlap: positions come back as removeOverlaps() leaves them, their buffers transferred', () => {
    const scope = fakeScope('overlap');
    expect(serveWorkerRole(ROLES, scope)).toBe(true);
    const keys = ['a', 'b', 'c', 'd'];
    const request: OverlapRequest = {
      keys,
      xs: Float64Array.from([0, 0.1, 5, 5.2]),
      ys: Float64Array.from([0, 0, 5, 5.1]),
      sizes: Float64Array.from([2, 2, 2, 2]),
      seed: 4,
    };
    const expected = new Graph();
    keys.forEach((key, i) =>
      expected.addNode(key, { x: request.xs[i], y: request.ys[i], size: request.sizes[i] }),
    );
    removeOverlaps(expected, 4);
    scope.send(request);
    const [{ message, transfer } = { message: null }] = scope.posted;
    const reply = message as OverlapReply;
    expect(Array.from(reply.xs)).toEqual(keys.map((k) => expected.getNodeAttribute(k, 'x')));
    expect(Array.from(reply.ys)).toEqual(keys.map((k) => expected.getNodeAttribute(k, 'y')));
    expect(reply.xs[1]).not.toBe(0.1); // the overlap was removed
    expect(transfer).toEqual([reply.xs.buffer, reply.ys.buffer]);
  });
});

describe('bootstrapSource()', () => {
  test('names the role, holds messages, imports the library URL and rethrows a failed import', () => {
    const source = bootstrapSource('https://lab.example/js/coauthor-network.js', 'overlap');
    expect(source).toContain(`self.${ROLE_GLOBAL} = "overlap";`);
    expect(source).toContain('import("https://lab.example/js/coauthor-network.js")');
    expect(source).toMatch(
      /addEventListener\('message', hold\)[\s\S]*removeEventListener\('message', hold\)/,
    );
    expect(source).toContain('throw error');
    // The role is set before the import runs, so the library's entry sees it as it loads.
    expect(source.indexOf(ROLE_GLOBAL)).toBeLessThan(source.indexOf('import('));
  });

  test('a URL with quotes cannot break out of the import string', () => {
    const source = bootstrapSource('https://x.example/a");alert(1);("', 'pipeline');
    expect(source).toContain('import("https://x.example/a\\");alert(1);(\\"")');
  });
});
