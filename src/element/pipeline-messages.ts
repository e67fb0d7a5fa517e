// The messages between the element and its parse-and-build worker (pipeline-task.ts).
import type { Profile } from '../profile/types';
import type { EdgesPart, NodesPart } from './pipeline-parts';

/**
 * To the worker: `start` names the input, then its text or the bytes of a fetched body in `chunk`s
 * as they arrive (bytes are decoded there: UTF-8 text or refused), then `end`.
 */
export type PipelineRequest =
  | { type: 'start'; source: string }
  | { type: 'chunk'; chunk: string | Uint8Array }
  | { type: 'end' };

/**
 * The worker's replies: `ready` once it listens; then the profile and the graph's nodes and edges in
 * parts (a graph file's as they are read, a profile's once it is parsed and built), and `done`; or,
 * at any point, an error, after which nothing follows.
 */
export type PipelineReply =
  | { type: 'ready' }
  | {
      type: 'profile';
      profile: Profile;
      /** The input is a graph file: every node has its x/y. */
      laidOut: boolean;
    }
  | NodesPart
  | EdgesPart
  | {
      type: 'done';
      /** How many `nodes` and `edges` messages came before. */
      parts: number;
      /** The worker's time reading (decoding, parsing, checking) and building, in ms. */
      parseMs: number;
      buildMs: number;
      /** The bytes written to the worker, handed back whole: they were moved, not copied. */
      bytes?: Uint8Array;
    }
  | { type: 'parse-error'; reason: string; line: number; source: string }
  /** The bytes are not text: decodeText()'s reason. */
  | { type: 'not-text'; reason: string }
  | { type: 'graph-file-error'; reason: string; source: string; line: number }
  | { type: 'error'; message: string };
