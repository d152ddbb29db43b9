// One table of time-window cases, run against both implementations of the rule: the client's
// JS (tests/unit/time-window.test.ts) and the server's Cypher predicate in Neo4j
// (tests/integration/time-window-cypher.test.ts). See server/shared/time-window.ts.

export interface WindowCase {
  what: string;
  kind: 'node' | 'rel';
  props: Record<string, string>;
  from?: string;
  to?: string;
  kept: boolean;
}

export const WINDOW_CASES: WindowCase[] = [
  // Nodes
  {
    what: 'an organisation founded in 2006 is in a 2024-only window (founded opens an interval)',
    kind: 'node',
    props: { founded: '2006' },
    from: '2024',
    to: '2024',
    kept: true,
  },
  {
    what: 'an organisation founded in 2025 is not in a 2024-only window',
    kind: 'node',
    props: { founded: '2025' },
    from: '2024',
    to: '2024',
    kept: false,
  },
  {
    what: 'an organisation founded in 2024-11 is in a window ending 2024',
    kind: 'node',
    props: { founded: '2024-11' },
    to: '2024',
    kept: true,
  },
  {
    what: 'an event on 2019-05-13 is not in a 2024-only window',
    kind: 'node',
    props: { date: '2019-05-13' },
    from: '2024',
    to: '2024',
    kept: false,
  },
  { what: 'an event in 2024-05 is in a 2024-only window', kind: 'node', props: { date: '2024-05' }, from: '2024', to: '2024', kept: true },
  {
    what: 'an event dated only 2024 lasts to the end of 2024 (window from 2024-06)',
    kind: 'node',
    props: { date: '2024' },
    from: '2024-06',
    kept: true,
  },
  {
    what: 'an event dated 2024-05 is not in a window from 2024-06',
    kind: 'node',
    props: { date: '2024-05' },
    from: '2024-06',
    kept: false,
  },
  {
    what: 'an event spanning 2023-12-30 to 2024-01-02 overlaps 2024',
    kind: 'node',
    props: { startDate: '2023-12-30', endDate: '2024-01-02' },
    from: '2024',
    to: '2024',
    kept: true,
  },
  {
    what: 'an event spanning 2022 to 2023 does not overlap 2024',
    kind: 'node',
    props: { startDate: '2022', endDate: '2023' },
    from: '2024',
    to: '2024',
    kept: false,
  },
  {
    what: 'an event with a start date and no end date ends on its start date',
    kind: 'node',
    props: { startDate: '2020-03-01' },
    from: '2021',
    kept: false,
  },
  {
    what: 'a founded organisation with an end date ends then',
    kind: 'node',
    props: { founded: '2000', endDate: '2010' },
    from: '2024',
    to: '2024',
    kept: false,
  },
  {
    what: 'a node with a date and a founded date uses the date (it is not open)',
    kind: 'node',
    props: { date: '2015', founded: '2001' },
    from: '2024',
    kept: false,
  },
  { what: 'a node without any date is timeless and kept', kind: 'node', props: { name: 'x' }, from: '2024', to: '2024', kept: true },
  { what: 'no window keeps everything', kind: 'node', props: { date: '1999' }, kept: true },
  { what: 'a window with only an end keeps what starts before it', kind: 'node', props: { date: '2010' }, to: '2012', kept: true },
  { what: 'a window with only an end drops what starts after it', kind: 'node', props: { date: '2013-01' }, to: '2012', kept: false },
  // Relationships
  { what: 'a membership since 2010 with no until is open', kind: 'rel', props: { since: '2010' }, from: '2024', to: '2024', kept: true },
  {
    what: 'a membership from 2010 until 2015 is not in 2024',
    kind: 'rel',
    props: { since: '2010', until: '2015' },
    from: '2024',
    to: '2024',
    kept: false,
  },
  { what: 'a membership since 2025 is not in 2024', kind: 'rel', props: { since: '2025-02' }, from: '2024', to: '2024', kept: false },
  {
    what: 'a ratification in 2009 stays in force',
    kind: 'rel',
    props: { signed: '2003-12-10', ratified: '2009' },
    from: '2024',
    kept: true,
  },
  {
    what: 'a signature alone is a one-off: 2024-03 is not in a window from 2024-04',
    kind: 'rel',
    props: { signed: '2024-03' },
    from: '2024-04',
    to: '2024-12',
    kept: false,
  },
  { what: 'a signature in 2024-03 is in 2024', kind: 'rel', props: { signed: '2024-03' }, from: '2024', to: '2024', kept: true },
  {
    what: 'a dated relationship (a training on 2018-06-01) is not in 2024',
    kind: 'rel',
    props: { date: '2018-06-01' },
    from: '2024',
    kept: false,
  },
  { what: 'a relationship without dates is timeless', kind: 'rel', props: { role: 'delegate' }, from: '2024', to: '2024', kept: true },
];
