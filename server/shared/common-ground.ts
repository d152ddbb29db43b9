// What two entities have in common (GET /api/common, the explorer's "Shared ties" tab): the
// groups, in the order they are shown, and which relationship types count in each. Said once,
// here: the server builds its Cypher from these lists, the client names them on screen.
import type { RelType } from './vocabulary.ts';

/** The groups of shared items, in display order. */
export const COMMON_GROUPS = ['organisations', 'events', 'agreements', 'partners', 'places'] as const;
export type CommonGroup = (typeof COMMON_GROUPS)[number];

/**
 * Which relationships of an entity put an item in a group (the item is at the other end):
 * - organisations: an Organisation it is a member of or holds a role in (outgoing). Also,
 *   **indirectly**, an Organisation the jurisdiction it is LOCATED_IN is a MEMBER_OF (as the
 *   curated query `organisations-linking-agencies` counts them): such facts carry `through`.
 * - events: an Event it attended or hosted (outgoing).
 * - agreements: an Agreement it signed, is a party to, or adopted (outgoing).
 * - partners: an entity it is a partner of, co-operates with, trained or visited, or that
 *   trained or visited it (either direction); also every co-signatory of an agreement it signed
 *   (a SIGNED fact with `through` the agreement and the co-signatory's own SIGNED fact).
 * - places: the Jurisdiction it is located in, part of, or (an event) held in (outgoing).
 * Documents (MENTIONS) never count.
 */
export const COMMON_GROUND_TYPES = {
  organisations: ['MEMBER_OF', 'HOLDS_ROLE'],
  events: ['ATTENDED', 'HOSTED'],
  agreements: ['SIGNED', 'PARTY_TO', 'ADOPTED'],
  partners: ['PARTNER_OF', 'COOPERATES_WITH', 'TRAINED', 'VISITED'],
  places: ['LOCATED_IN', 'PART_OF', 'HELD_IN'],
} as const satisfies Record<CommonGroup, readonly RelType[]>;

/** The relationship type by which a jurisdiction's membership makes its agencies' (indirect) organisations. */
export const INDIRECT_MEMBERSHIP = { via: 'LOCATED_IN', membership: 'MEMBER_OF' } as const satisfies Record<string, RelType>;
/** How a co-signatory becomes a partner: both SIGNED the same Agreement. */
export const CO_SIGNATORY_TYPE = 'SIGNED' as const satisfies RelType;

/** Items listed per group at most (the count says how many there are). */
export const COMMON_ITEMS_CAP = 200;

/** A fact rests on reference data only: it cites sources, and every one is a reference file (`ref-…`). */
export function isReferenceOnly(sources: readonly string[]): boolean {
  return sources.length > 0 && sources.every((s) => s.startsWith('ref-'));
}
