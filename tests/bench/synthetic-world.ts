// A SYNTHETIC world graph for benchmarks only: clearly labelled (every node and relationship
// cites the source "synthetic-world" and carries synthetic: true), loaded only into a benchmark
// database, never into the real graph. Shape: a few hub organisations, many agencies,
// jurisdictions, events with dates over twenty years, heavy-tailed degrees (preferential attachment).
import type { NodeRecord, RelRecord, SourceRecord } from '../../server/model/records.ts';

export const SYNTHETIC_SOURCE: SourceRecord = {
  id: 'synthetic-world',
  kind: 'reference',
  title: 'SYNTHETIC benchmark data (generated; not real facts)',
  publisher: 'Cooperation Atlas benchmark generator',
  date: null,
  url: null,
  language: 'en',
};

export interface World {
  sources: SourceRecord[];
  nodes: NodeRecord[];
  relationships: RelRecord[];
}

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** ~100 nodes and ~1,000 relationships per unit of scale (x1000: ~100k nodes, ~1M relationships). */
export function generateWorld(scale: number, seed = 42, prefix = 'syn'): World {
  const r = prng(seed);
  const src = ['synthetic-world'];
  const nodes: NodeRecord[] = [];
  const rels: RelRecord[] = [];
  const n = (label: NodeRecord['label'], id: string, name: string, extra: Record<string, unknown> = {}) => {
    const rec = { label, id, name, sources: src, synthetic: true, ...extra } as NodeRecord;
    nodes.push(rec);
    return rec;
  };
  const jurisdictions = Array.from({ length: Math.min(250, 20 + scale * 2) }, (_, i) =>
    n('Jurisdiction', `${prefix}-j-${i}`, `Synthetic Land ${i}`, {
      region: ['Asia/Pacific', 'Europe', 'Americas', 'Africa', 'Middle East'][i % 5],
    }),
  );
  const orgCount = Math.max(5, Math.round(scale * 3));
  const orgs = Array.from({ length: orgCount }, (_, i) =>
    n('Organisation', `${prefix}-o-${i}`, `Synthetic Organisation ${i}`, { kind: 'network' }),
  );
  const agencyCount = Math.max(30, Math.round(scale * 50));
  const agencies = Array.from({ length: agencyCount }, (_, i) =>
    n('Agency', `${prefix}-a-${i}`, `Synthetic Agency ${i}`, { kind: 'anti-corruption', nameZh: `合成機構${i}` }),
  );
  const eventCount = Math.max(10, Math.round(scale * 35));
  const events = Array.from({ length: eventCount }, (_, i) => {
    const year = 2005 + Math.floor(r() * 21);
    const month = String(1 + Math.floor(r() * 12)).padStart(2, '0');
    return n('Event', `${prefix}-e-${i}`, `Synthetic Conference ${i}`, { kind: 'conference', startDate: `${year}-${month}` });
  });
  const agreementCount = Math.max(5, Math.round(scale * 12));
  const agreements = Array.from({ length: agreementCount }, (_, i) =>
    n('Agreement', `${prefix}-m-${i}`, `Synthetic MoU ${i}`, { kind: 'mou', date: `${2005 + Math.floor(r() * 21)}` }),
  );

  let k = 0;
  const rel = (type: RelRecord['type'], from: string, to: string, extra: Record<string, unknown> = {}) => {
    rels.push({ type, from, to, sources: src, key: String(k++), synthetic: true, ...extra } as RelRecord);
  };
  // Heavy tail: pick targets with probability ~ (degree + 1) (preferential attachment via a bag).
  const bag: string[] = orgs.slice(0, Math.max(3, Math.ceil(orgCount / 50))).flatMap((o) => Array(200).fill(o.id));
  for (const o of orgs) bag.push(o.id);
  const pickOrg = () => bag[Math.floor(r() * bag.length)];
  const year = () => `${2000 + Math.floor(r() * 26)}`;
  for (const a of agencies) {
    rel('LOCATED_IN', a.id, jurisdictions[Math.floor(r() * jurisdictions.length)].id);
    const memberships = 1 + Math.floor(r() ** 2 * 8);
    for (let i = 0; i < memberships; i++) {
      const o = pickOrg();
      rel('MEMBER_OF', a.id, o, { status: 'member', since: year() });
      bag.push(o);
    }
  }
  for (const j of jurisdictions) for (let i = 0; i < 5; i++) rel('MEMBER_OF', j.id, pickOrg(), { status: 'member', since: year() });
  for (const e of events) {
    const host = agencies[Math.floor(r() * agencies.length)].id;
    rel('HOSTED', host, e.id, { role: 'host' });
    rel('HELD_IN', e.id, jurisdictions[Math.floor(r() * jurisdictions.length)].id);
    const attendees = 5 + Math.floor(r() ** 3 * 40);
    for (let i = 0; i < attendees; i++) rel('ATTENDED', agencies[Math.floor(r() * agencies.length)].id, e.id, { role: 'delegate' });
  }
  for (const m of agreements) {
    for (let i = 0; i < 2 + Math.floor(r() * 3); i++) rel('SIGNED', agencies[Math.floor(r() * agencies.length)].id, m.id, { date: m.date });
  }
  // Fill up to ~1,000 relationships per unit of scale with co-operation between agencies.
  const target = 1000 * scale;
  while (rels.length < target) {
    const a = agencies[Math.floor(r() * agencies.length)].id;
    const b = agencies[Math.floor(r() * agencies.length)].id;
    if (a !== b) rel('COOPERATES_WITH', a, b, { topic: 'synthetic', since: year() });
  }
  return { sources: [SYNTHETIC_SOURCE], nodes, relationships: rels };
}
