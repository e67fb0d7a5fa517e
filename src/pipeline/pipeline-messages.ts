// The messages between the element and its parse-and-build worker (pipeline-task.ts).
import type { Profile } from '../profile/types';
import type { EdgesPart, NodesPart } from './pipeline-parts';

/** A text, or the bytes of a fetched body (decoded in the worker: UTF-8 text or refused). */
export interface PipelineRequest {
  input: string | Uint8Array;
  source: string;
}

/**
 * The worker's replies: `ready` once it listens; to a request, the profile, the graph's
 * nodes and edges in parts, then `built`; or an error (also after the profile, for a graph file
 * whose positions do not match its nodes).
 */
export type PipelineReply =
  | { type: 'ready' }
  | {
      type: 'profile';
      profile: Profile;
      /** The input was a graph file: every node has its x/y. */
      laidOut: boolean;
      /** The request's bytes, handed back: they were moved to the worker, not copied. */
      bytes?: Uint8Array;
    }
  | NodesPart
  | EdgesPart
  /** Every part has been posted. The worker's timings, from the start of its work. */
  | { type: 'built'; parseMs: number; buildAt: number; buildMs: number }
  | { type: 'parse-error'; reason: string; line: number; source: string }
  /** The bytes are not text: decodeText()'s reason. */
  | { type: 'not-text'; reason: string }
  | { type: 'graph-file-error'; reason: string; source: string }
  | { type: 'error'; message: string };
