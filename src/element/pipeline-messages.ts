// The messages between the element and its parse-and-build worker (pipeline-task.ts).
import type { SerializedEdge, SerializedGraph, SerializedNode } from 'graphology-types';
import type { AuthorshipEdgeAttributes, NodeAttributes } from '../graph/types';
import type { Profile } from '../profile/types';

export interface PipelineRequest {
  text: string;
  source: string;
}

/** The worker's replies: the profile first, then the graph's nodes and edges in parts; or an error. */
export type PipelineReply =
  | {
      type: 'profile';
      profile: Profile;
      /** The input was a graph file: every node has its x/y. */
      laidOut: boolean;
      options: SerializedGraph['options'];
      attributes: SerializedGraph['attributes'];
      parseMs: number;
      buildMs: number;
      /** How many `nodes` and `edges` messages follow. */
      parts: number;
    }
  | { type: 'nodes'; nodes: SerializedNode<NodeAttributes>[] }
  | { type: 'edges'; edges: SerializedEdge<AuthorshipEdgeAttributes>[] }
  | { type: 'parse-error'; reason: string; line: number; source: string }
  | { type: 'graph-file-error'; reason: string; source: string }
  | { type: 'error'; message: string };
