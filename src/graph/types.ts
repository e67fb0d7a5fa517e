// Attribute types of the author–paper graph built from a profile (research data only, no visuals).
import type Graph from 'graphology';

export interface AuthorNodeAttributes {
  kind: 'author';
  label: string;
  paperCount: number;
  isOwner: boolean;
  firstYear: number;
  lastYear: number;
}

export interface PaperNodeAttributes {
  kind: 'paper';
  label: string;
  date: string;
  year: number;
  category: string | null;
  categories: string[];
  hasCode: boolean;
  truncated: boolean;
}

export type NodeAttributes = (AuthorNodeAttributes | PaperNodeAttributes) & {
  /** Layout position, written by the layout's assign step. */
  x?: number;
  y?: number;
};

export interface AuthorshipEdgeAttributes {
  /** The owner was linked to the paper although the (cut) author list did not show them. */
  implied: boolean;
  /** 0-based position of the author in the paper's list (-1 when implied). */
  position: number;
}

export interface CoauthorEdgeAttributes {
  /** Number of papers the two authors share. */
  weight: number;
}

export type CoauthorGraph = Graph<NodeAttributes, AuthorshipEdgeAttributes>;

/** The author–paper graph's options: undirected, one edge per pair, no self-loops. */
export const GRAPH_OPTIONS = { type: 'undirected', multi: false, allowSelfLoops: false } as const;
export type ProjectionGraph = Graph<
  AuthorNodeAttributes & { x?: number; y?: number },
  CoauthorEdgeAttributes
>;

/** Node keys: authors are `a:<normalised name>`, papers are `p:<paper id>`. */
export const AUTHOR_PREFIX = 'a:';
export const PAPER_PREFIX = 'p:';
