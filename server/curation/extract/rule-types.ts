// The shape of a sentence rule. A rule is a trigger (the verb phrase: "signed an MoU with",
// "co-hosted", 出席, 簽署) and where, around the trigger, its two ends are found, with the labels
// the model allows there. The engine (engine.ts) does the rest the same way for every rule:
// pick the clause's subject, the objects (with "A, B and C" coordination), the date, the ids.
import type { NodeLabel, RelType } from '../../shared/vocabulary.ts';

export type Side = 'before' | 'after' | 'between';

export interface RuleMatch {
  /** The trigger's regex match, its groups included. */
  match: RegExpExecArray;
  sentence: string;
}

export interface SentenceRule {
  /** `en.signed`, `zh.hosted` ...: shown to the reviewer with every proposal. */
  name: string;
  type: RelType;
  /** Global regex; one proposal set per match. */
  trigger: RegExp;
  /** Labels allowed at the relationship's start and end (the model's, sometimes narrower). */
  from: readonly NodeLabel[];
  to: readonly NodeLabel[];
  /** Where the subject (the actor written first, usually) is: before the trigger, or after it. */
  subject: 'before' | 'after';
  /** Where the object is: after the trigger, before it, or between the subject and the trigger (Chinese 與X合作). */
  object: Side;
  /** The relationship runs object -> subject ("received delegations from X": X VISITED subject). */
  reversed?: boolean;
  /** The object must be written right after one of these words (為X舉辦 / 與X合作). */
  objectMarker?: RegExp;
  /** The object follows the trigger directly (only an article, a possessive or a quote between). */
  adjacent?: boolean;
  /** The object may be written inside the trigger ("taken up the role of WCO Vice-Chairperson"). */
  objectInTrigger?: boolean;
  /** The object must be followed by these words (作為X的成員). */
  objectFollowedBy?: RegExp;
  /** How far after the trigger an object may be, in characters (default 140). */
  window?: number;
  /** Properties from the match: role, status, kind ... */
  props?: (m: RuleMatch) => Record<string, unknown>;
  /** Drop this match (a deputy's title, a negated verb ...). */
  reject?: (m: RuleMatch) => boolean;
  /** Which property a date in the sentence fills: `date`, `since`, or none. */
  dateProp?: 'date' | 'since';
  /** A sentence without a subject may take the previous sentence's ("it", "the two parties", 雙方). */
  useContext?: boolean;
  /** No object: the relationship holds between every two of the coordinated subjects ("A, B and C formed a tripartite partnership"). */
  pairwise?: boolean;
  confidence: number;
}

export const ACTORS: readonly NodeLabel[] = ['Agency', 'Organisation'];
export const ACTORS_J: readonly NodeLabel[] = ['Agency', 'Organisation', 'Jurisdiction'];
export const ACTORS_P: readonly NodeLabel[] = ['Agency', 'Organisation', 'Person'];
