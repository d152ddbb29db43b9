// Curation's shared shapes: what the extractor proposes from a document, what it is told about the
// graph, and how a proposal that restates a known fact is marked. Pure types (no Node, DOM or
// zod), imported by the server's extractor and, with `import type`, by the review queue.
import type { NodeLabel, RelType } from './vocabulary.ts';

export type ProposalKind = 'node' | 'relationship' | 'count';
export type ProposalStatus = 'pending' | 'accepted' | 'rejected' | 'unsure';
export type ExtractLanguage = 'en' | 'zh-Hant';

/** One end of a proposed relationship: a known node (`id`), or a node proposed alongside (`proposal`). */
export interface ProposalEnd {
  id?: string;
  name: string;
  label?: NodeLabel;
  /** The id of the node proposal that would create this end, when it is new. */
  proposal?: string;
}

/** A detail the new text adds to (or says differently from) a fact already in the graph. */
export interface ProposedChange {
  property: string;
  /** The graph's value (undefined when the graph has none). */
  current?: unknown;
  proposed: unknown;
  /** `refine`: more precise and consistent (an exact day where the graph has the month); `add`: the graph has none; `differs`: the text says otherwise. */
  change: 'add' | 'refine' | 'differs';
}

/** A proposal that restates a fact already in the graph: cite the new document on it, never duplicate it. */
export interface Corroboration {
  /** The existing fact: `TYPE:from->to` for a relationship (as relKey), `node:id` for a node. */
  key: string;
  changes: ProposedChange[];
}

export interface Proposal {
  /** Deterministic: a hash of the rule, the sentence's offsets and the ends, so the same text gives the same ids. */
  id: string;
  status: ProposalStatus;
  kind: ProposalKind;
  /** Node and count proposals: the node's label (`MembershipCount` or `Statistic` for counts). */
  label?: NodeLabel;
  /** Relationship proposals: the relationship type. */
  type?: RelType;
  /** Relationships: the start node. Nodes: the node itself. Counts: the counted organisation (or event). */
  from: ProposalEnd;
  /** Relationships: the end node. Nodes and counts: the same as `from` / the count node. */
  to: ProposalEnd;
  /** The node's or relationship's properties as the model names them (names, dates, role, count ...). */
  properties: Record<string, unknown>;
  /** The sentence the proposal came from. */
  evidence: string;
  /** Offsets of that sentence in the submitted text: [start, end). */
  offsets: [number, number];
  /** The rule that fired (e.g. `en.signed-mou`, `zh.hosted`). */
  rule: string;
  /** 0..1: how sure the rule is; the review queue sorts by it. Nothing is ever accepted automatically. */
  confidence: number;
  /** Agreement node proposals: the parties the text names (each SIGNED proposal points at this node). */
  parties?: ProposalEnd[];
  /** Set by corroboration: this restates an existing fact. */
  corroborates?: Corroboration;
}

/** A node of the graph as the extractor sees it: its names in every form the sources use. */
export interface KnownEntity {
  id: string;
  label: NodeLabel;
  name: string;
  nameZh?: string;
  aliases?: string[];
  acronym?: string;
}

/** A relationship of the graph, for corroboration. */
export interface ExistingFact {
  type: RelType;
  from: string;
  to: string;
  key?: string;
  properties?: Record<string, unknown>;
}

/** The document handed to the extractor. */
export interface ExtractDocument {
  text: string;
  /** The document's date (partial ISO), for "today", "this year", "September 8". */
  date?: string;
  language?: ExtractLanguage;
}
