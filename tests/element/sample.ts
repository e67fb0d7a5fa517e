// The sample profile, parsed and built, for the viewer's unit tests.
import { readFileSync } from 'node:fs';
import { buildGraph } from '../../src/graph/build-graph';
import type { CoauthorGraph } from '../../src/graph/types';
import { parseProfile } from '../../src/profile/parse-profile';
import type { Profile } from '../../src/profile/types';

export const SAMPLE_TEXT = readFileSync('data/glorioso.txt', 'utf8');

export function sample(): { profile: Profile; graph: CoauthorGraph } {
  const profile = parseProfile(SAMPLE_TEXT, { source: 'glorioso.txt' });
  return { profile, graph: buildGraph(profile) };
}

export function paperKey(graph: CoauthorGraph, titleStart: string): string {
  const key = graph.findNode((_k, a) => a.kind === 'paper' && a.label.startsWith(titleStart));
  if (!key) throw new Error(`no paper titled ${titleStart}…`);
  return key;
}
