// The knowledge model as data: labels, their properties, relationship types with their allowed ends.
// The seed validator, the importer and the API's whitelists derive from this. The names
// themselves are said once in server/shared/vocabulary.ts (which the client imports too); this
// module checks at load time that its labels and types are exactly those.
import { z } from 'zod';
import { isPartialDate } from '../shared/partial-date.ts';
import { isWebUrl, splitUrlList } from '../shared/web-url.ts';
import * as vocabulary from '../shared/vocabulary.ts';
import { ID_PATTERN, PARTIAL_DATE_PATTERN } from '../shared/vocabulary.ts';

/** ISO 8601 date, possibly partial: 2024, 2024-05, 2024-05-13. */
export const PARTIAL_DATE_RE = PARTIAL_DATE_PATTERN;
export const ID_RE = ID_PATTERN;

export const partialDate = z
  .string()
  .regex(PARTIAL_DATE_RE, 'must be an ISO date, possibly partial: 2024, 2024-05 or 2024-05-13')
  .refine((s) => !PARTIAL_DATE_RE.test(s) || isPartialDate(s), 'is not a real calendar date');

const text = (max = 2000) => z.string().trim().min(1, 'must not be empty').max(max);

const webUrl = (max = 2000) => z.string().max(max).refine(isWebUrl, 'must be an http:// or https:// URL');
/** One or more web addresses separated by " ; " (how the reference rows cite several pages). */
const webUrlList = (max = 2000) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max)
    .refine((v) => splitUrlList(v).every(isWebUrl), 'must be http:// or https:// URLs (several separated by " ; ")');
const count = z.number().int().nonnegative();

/** Properties every node may have (besides id/label/sources, which the record schema adds). */
const commonNodeProps = {
  name: text(300),
  nameZh: text(300).optional(),
  /** Where nameZh comes from: the id of a cited document whose text has it verbatim, or of the
   *  reference file that gives it (ref-chinese-names, ref-cldr-region-names). Set by the loader. */
  nameZhSource: z.string().regex(ID_PATTERN, 'must be a source id').max(200).optional(),
  aliases: z.array(text(200)).max(50).optional(),
  note: text(4000).optional(),
  /** A faithful Traditional Chinese translation of `note` (the curators' own words; source ids kept). */
  noteZh: text(4000).optional(),
};

export const NODE_LABELS = {
  Agency: {
    acronym: text(40).optional(),
    kind: z.enum(['anti-corruption', 'customs', 'prosecution', 'supervision', 'police', 'government', 'judiciary', 'other']).optional(),
  },
  Organisation: {
    acronym: text(40).optional(),
    kind: z.enum(['intergovernmental', 'un-body', 'network', 'association', 'academy', 'forum', 'ngo', 'programme']).optional(),
    founded: partialDate.optional(),
    foundedText: text(300).optional(),
  },
  Jurisdiction: {
    iso3: z
      .string()
      .regex(/^[A-Z]{3}$/, 'must be three upper-case letters (ISO 3166-1 alpha-3)')
      .optional(),
    kind: z.enum(['country', 'sar', 'province', 'region', 'city', 'territory', 'union']).optional(),
    region: text(200).optional(),
    beltAndRoad: z.boolean().optional(),
  },
  Event: {
    kind: z
      .enum([
        'conference',
        'symposium',
        'meeting',
        'training',
        'visit',
        'forum',
        'hackathon',
        'study-tour',
        'operation',
        'ceremony',
        'other',
      ])
      .optional(),
    startDate: partialDate.optional(),
    endDate: partialDate.optional(),
    dateText: text(300).optional(),
    city: text(200).optional(),
    theme: text(500).optional(),
    edition: z.number().int().positive().optional(),
  },
  Agreement: {
    kind: z.enum(['mou', 'arrangement', 'plan', 'declaration', 'convention', 'other']).optional(),
    date: partialDate.optional(),
    dateText: text(300).optional(),
    topic: text(500).optional(),
  },
  Person: {
    title: text(300).optional(),
  },
  Source: {
    title: text(500),
    publisher: text(500).optional(),
    date: partialDate.nullable().optional(),
    dateText: text(300).optional(),
    // Shown as a link: only web addresses (no javascript:, data: or file: URLs).
    url: webUrl().nullable().optional(),
    language: text(40).optional(),
    kind: z.enum(['document', 'reference']).optional(),
    file: text(200).optional(),
  },
  MembershipCount: {
    date: partialDate.optional(),
    dateText: text(300).optional(),
    count,
    unit: text(100),
    lowerBound: z.boolean().optional(),
    approx: z.boolean().optional(),
    scope: text(200).optional(),
    derived: z.boolean().optional(),
    sourceUrl: webUrlList(2000).optional(),
  },
  Statistic: {
    date: partialDate.optional(),
    dateText: text(300).optional(),
    period: text(100).optional(),
    count,
    unit: text(200),
    lowerBound: z.boolean().optional(),
    approx: z.boolean().optional(),
  },
} as const;

export type NodeLabel = vocabulary.NodeLabel;
export const NODE_LABEL_NAMES = vocabulary.NODE_LABEL_NAMES as unknown as NodeLabel[];
/** Labels whose nodes carry no `name` in the source data; the loader names them. */
export const NAMELESS_LABELS: readonly NodeLabel[] = ['MembershipCount', 'Statistic', 'Source'];

const ACTORS = ['Agency', 'Organisation'] as const;
type Ends = readonly NodeLabel[];

interface RelDef {
  from: Ends;
  to: Ends;
  props: Record<string, z.ZodType>;
  description: string;
}

export const REL_TYPES = {
  MEMBER_OF: {
    from: [...ACTORS, 'Jurisdiction'],
    to: ['Organisation'],
    props: { status: z.enum(['member', 'observer']).optional(), since: partialDate.optional(), until: partialDate.optional() },
    description: 'membership',
  },
  HOLDS_ROLE: {
    from: [...ACTORS, 'Person', 'Jurisdiction'],
    to: ['Organisation'],
    props: { role: text(200), since: partialDate.optional(), until: partialDate.optional() },
    description: 'an office in an organisation',
  },
  PARTNER_OF: {
    from: ACTORS,
    to: ACTORS,
    props: { kind: text(100).optional(), since: partialDate.optional() },
    description: 'a standing partnership',
  },
  SIGNED: {
    from: [...ACTORS, 'Jurisdiction'],
    to: ['Agreement'],
    props: { date: partialDate.optional() },
    description: 'a party to an agreement',
  },
  SIGNED_AT: {
    from: ['Agreement'],
    to: ['Event'],
    props: {},
    description: 'the event at which an agreement was signed (extension)',
  },
  PARTY_TO: {
    from: ['Jurisdiction'],
    to: ['Agreement'],
    props: { signed: partialDate.optional(), ratified: partialDate.optional(), actionType: text(40).optional() },
    description: 'a state party to a convention',
  },
  ESTABLISHED: {
    from: [...ACTORS, 'Jurisdiction'],
    to: ['Organisation', 'Agency', 'Event'],
    props: { date: partialDate.optional() },
    description: 'founded or initiated it',
  },
  ADOPTED: {
    from: [...ACTORS, 'Event'],
    to: ['Agreement'],
    props: { date: partialDate.optional() },
    description: 'adopted an agreement or declaration (extension)',
  },
  HOSTED: {
    from: [...ACTORS, 'Jurisdiction'],
    to: ['Event'],
    props: { role: z.enum(['host', 'co-host', 'organiser', 'partner']).optional() },
    description: 'host or co-host of an event',
  },
  ATTENDED: {
    from: [...ACTORS, 'Person', 'Jurisdiction'],
    to: ['Event'],
    props: { role: z.enum(['delegate', 'speaker', 'observer', 'participant']).optional() },
    description: 'took part in an event',
  },
  TRAINED: {
    from: ACTORS,
    to: [...ACTORS, 'Jurisdiction'],
    props: { date: partialDate.optional(), topic: text(500).optional() },
    description: 'delivered training or capacity building',
  },
  VISITED: {
    from: [...ACTORS, 'Person'],
    to: [...ACTORS, 'Jurisdiction'],
    props: { date: partialDate.optional() },
    description: 'an official visit or delegation',
  },
  COOPERATES_WITH: {
    from: [...ACTORS, 'Jurisdiction'],
    to: [...ACTORS, 'Jurisdiction'],
    props: { topic: text(500).optional(), since: partialDate.optional() },
    description: 'other stated co-operation',
  },
  LOCATED_IN: { from: ACTORS, to: ['Jurisdiction'], props: {}, description: 'seat or home jurisdiction' },
  PART_OF: {
    from: ['Jurisdiction', 'Event', 'Agency', 'Organisation'],
    to: ['Jurisdiction', 'Event', 'Agency', 'Organisation'],
    props: {},
    description: 'containment (same label at both ends)',
  },
  HELD_IN: { from: ['Event'], to: ['Jurisdiction'], props: {}, description: 'where an event took place' },
  HEADS: {
    from: ['Person'],
    to: ACTORS,
    props: { title: text(300).optional(), since: partialDate.optional(), until: partialDate.optional() },
    description: 'head of',
  },
  HAS_COUNT: { from: ['Organisation', 'Agreement'], to: ['MembershipCount'], props: {}, description: 'a published member count' },
  HAS_STATISTIC: { from: [...ACTORS, 'Event'], to: ['Statistic'], props: {}, description: 'a published figure (extension)' },
  MENTIONS: { from: ['Source'], to: NODE_LABEL_NAMES, props: {}, description: 'the document names it (derived by the loader)' },
} as const satisfies Record<string, RelDef>;

export type RelType = vocabulary.RelType;
export const REL_TYPE_NAMES = vocabulary.REL_TYPE_NAMES as unknown as RelType[];

// The model checks itself against the shared names: the same labels and types, in the same order.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const labelsMatch: Same<keyof typeof NODE_LABELS, vocabulary.NodeLabel> = true;
const typesMatch: Same<keyof typeof REL_TYPES, vocabulary.RelType> = true;
function assertSameNames(what: string, model: string[], shared: readonly string[]): void {
  if (model.join() !== shared.join())
    throw new Error(`model.ts ${what} (${model.join()}) differ from server/shared/vocabulary.ts (${shared.join()})`);
}
assertSameNames('labels', Object.keys(NODE_LABELS), vocabulary.NODE_LABEL_NAMES);
assertSameNames('relationship types', Object.keys(REL_TYPES), vocabulary.REL_TYPE_NAMES);
void labelsMatch;
void typesMatch;

/** Properties any relationship may have. */
export const commonRelProps = {
  evidence: text(2000).optional(),
  note: text(4000).optional(),
  /** A faithful Traditional Chinese translation of `note`. */
  noteZh: text(4000).optional(),
  dateText: text(300).optional(),
  key: z
    .string()
    .regex(/^[A-Za-z0-9._:-]{1,60}$/, 'must be 1-60 characters of letters, digits, . _ : -')
    .optional(),
  sourceUrl: webUrlList(2000).optional(),
};

export { commonNodeProps };

/** Properties holding dates, used for time-window filters and indexes. */
export const NODE_DATE_PROPS = ['date', 'startDate', 'endDate', 'founded'] as const;
export const REL_DATE_PROPS = ['since', 'until', 'date', 'signed', 'ratified'] as const;
