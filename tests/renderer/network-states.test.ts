import { describe, expect, test } from 'vitest';
import { NetworkStates, type StatefulSigma } from '../../src/renderer/network-states';
import { sample } from '../fixtures/sample';

const TOKPANOV = 'a:yury tokpanov';
const OWNER = 'a:paolo glorioso';

/** A stand-in for sigma that records every state it is given. */
function recorder() {
  const calls: { kind: string; keys?: string[]; state: object }[] = [];
  const sigma: StatefulSigma = {
    setNodeState: (key, state) => (
      calls.push({ kind: 'node', keys: [key], state }),
      sigma as never
    ),
    setNodesState: (keys, state) => (calls.push({ kind: 'nodes', keys, state }), sigma as never),
    setEdgesState: (keys, state) => (calls.push({ kind: 'edges', keys, state }), sigma as never),
    setGraphState: (state) => (calls.push({ kind: 'graph', state }), sigma as never),
  };
  return { sigma, calls };
}

describe('NetworkStates', () => {
  test('a focus sets the neighbourhood active, the next one only what changes', () => {
    const { graph } = sample();
    const { sigma, calls } = recorder();
    const states = new NetworkStates(sigma, graph);
    states.setFocus(TOKPANOV, null);
    const activated = calls.find(
      (c) => c.kind === 'nodes' && 'isActive' in c.state && c.keys!.length,
    );
    expect(new Set(activated!.keys)).toEqual(new Set([TOKPANOV, ...graph.neighbors(TOKPANOV)]));
    expect(calls.at(-1)).toEqual({
      kind: 'graph',
      state: { hasFocus: true, focusDegree: graph.degree(TOKPANOV) },
    });
    calls.length = 0;
    states.setFocus(null, TOKPANOV);
    // The same neighbourhood (now the selection's): no node or edge changes its active state.
    expect(calls.filter((c) => c.kind !== 'node' && c.keys?.length)).toEqual([]);
    expect(calls).toContainEqual({ kind: 'node', keys: [TOKPANOV], state: { isSelected: true } });
  });

  test('an unchanged filter, mark or graph state is not set again', () => {
    const { graph } = sample();
    const { sigma, calls } = recorder();
    const states = new NetworkStates(sigma, graph);
    states.setFilter(null);
    states.setMarks(null);
    states.setFocus(null, null);
    states.setQuiet(false);
    expect(calls.filter((c) => c.kind === 'graph' || c.keys?.length)).toEqual([]);
    const kept = new Set([OWNER]);
    states.setFilter(kept);
    const out = calls.find((c) => c.kind === 'nodes' && (c.state as { isOut?: boolean }).isOut);
    expect(out!.keys).toHaveLength(graph.order - 1);
    calls.length = 0;
    states.setFilter(kept);
    expect(calls).toEqual([]);
  });

  test('marks: the marked nodes, the edges between two of them, and the papers counted', () => {
    const { graph } = sample();
    const { sigma, calls } = recorder();
    const paper = graph.filterNeighbors(TOKPANOV, (_k, a) => a.kind === 'paper')[0]!;
    new NetworkStates(sigma, graph).setMarks(new Set([TOKPANOV, paper]));
    const edges = calls.find(
      (c) => c.kind === 'edges' && (c.state as { isMarked?: boolean }).isMarked,
    );
    expect(edges!.keys).toEqual([graph.edge(paper, TOKPANOV) ?? graph.edge(TOKPANOV, paper)]);
    expect(calls.at(-1)).toEqual({ kind: 'graph', state: { hasMarks: true, markCount: 1 } });
  });
});
