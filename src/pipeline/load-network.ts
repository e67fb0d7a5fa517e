// From input text to a network: a profile (parsed, then built into a graph) or a laid-out graph file.
import { buildGraph } from '../graph/build-graph';
import { GraphFileError, isGraphJson, parseGraphJson } from '../graph/graph-json';
import type { CoauthorGraph } from '../graph/types';
import { ProfileParseError } from '../profile/errors';
import { parseProfile } from '../profile/parse-profile';
import type { Profile } from '../profile/types';
import { measureStep, stepStart } from '../dom/perf-marks';

export interface LoadedNetwork {
  profile: Profile;
  graph: CoauthorGraph;
  /** Every node already has x/y (a graph file written by `cli layout`): no layout to run. */
  laidOut: boolean;
  /** A fetched body's bytes, when they went to the worker and came back. */
  bytes?: Uint8Array;
}

export interface ErrorDetail {
  /** The whole message, e.g. `glorioso.txt:14: expected the author list after the title`. */
  message: string;
  /** 1-based line of the input at fault, or null when no line is (a fetch, a graph file). */
  line: number | null;
}

/** Reads `text` (named `source` in error messages) as a graph file if it looks like JSON, else as a profile. */
export function loadNetwork(text: string, source: string): LoadedNetwork {
  const parseStart = stepStart();
  if (isGraphJson(text)) {
    const { profile, graph } = parseGraphJson(text, source);
    measureStep('parse', parseStart, { graphFile: true });
    return { profile, graph, laidOut: true };
  }
  const profile = parseProfile(text, { source });
  const buildStart = stepStart();
  measureStep('parse', parseStart);
  const graph = buildGraph(profile);
  measureStep('build', buildStart);
  return { profile, graph, laidOut: false };
}

/** What the element reports for a failure: the message and, for a profile, its line. */
export function describeError(error: unknown): ErrorDetail {
  if (error instanceof ProfileParseError) {
    return { message: error.message, line: error.line > 0 ? error.line : null };
  }
  if (error instanceof GraphFileError || error instanceof Error) {
    return { message: error.message, line: null };
  }
  return { message: String(error), line: null };
}

/** The name used in messages for a URL: its last path segment (`…/data/glorioso.txt` → `glorioso.txt`). */
export function sourceName(url: string): string {
  const path = url.split(/[?#]/)[0] ?? url;
  const last = path.split('/').filter(Boolean).pop();
  return last ? decodeURIComponent(last) : url;
}
