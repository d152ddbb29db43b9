// Unit: the extractor over each whole source document (seed/sources, the same files as
// ../shared/sources), against the real seed: it finds facts the curated seed records for that
// document (as corroborations of them), proposes what a graph without that document lacks as new
// (leave one out), gives the same ids for the same text, and never duplicates a known fact.
import { describe, expect, it } from 'vitest';
import type { ExistingFact, Proposal } from '../../server/shared/curation.ts';
import { corroborate, extractProposals } from '../../server/curation/extract/index.ts';
import { MentionMatcher } from '../../server/curation/extract/mentions.ts';
import { seedDocuments, seedGraph, snapshotOf } from '../../server/curation/extract/seed-snapshot.ts';

const full = snapshotOf(seedGraph().docs);
const matcher = new MentionMatcher(full.known);
const docs = new Map(seedDocuments().map((d) => [d.id, d]));
const extract = (id: string) => {
  const d = docs.get(id);
  if (!d) throw new Error(`no document ${id}`);
  return extractProposals({ text: d.text, date: d.date }, full.known, { matcher, facts: full.facts, countNodes: full.countNodes });
};
const corroborated = (ps: Proposal[]) => new Set(ps.flatMap((p) => (p.corroborates ? [p.corroborates.key] : [])));
/** The seed's own facts citing a document, as relKey strings. */
const citedBy = (id: string) =>
  new Set(
    seedGraph()
      .docs.flatMap((d) => d.relationships)
      .filter((r) => r.sources.includes(id))
      .map((r) => `${r.type}:${r.from}->${r.to}${r.key ? `#${r.key}` : ''}`),
  );

describe('whole source documents against the curated seed', () => {
  const expectations: Record<string, string[]> = {
    'legco-lcq17-2025': [
      'HOSTED:icac->icac-symposium-8-2024',
      'HOSTED:iaaca->icac-symposium-8-2024',
      'HELD_IN:icac-symposium-8-2024->hk',
      'PARTNER_OF:icac->hkiaac',
      'ADOPTED:iaaca->hong-kong-declaration-2024',
      'HOSTED:customs-hk->wco-ap-rhca-26-2025',
      'HOLDS_ROLE:customs-hk->wco#2024-2026',
      'HELD_IN:uncac-cosp-11-2025->qatar',
      'node:icac-symposium-8-delegates',
    ],
    'icac-post-50': [
      'VISITED:icac->hkmao',
      'VISITED:icac->ncs',
      'VISITED:icac->spp',
      'VISITED:icac->guangdong',
      'VISITED:aca-indonesia->icac',
      'VISITED:aca-senegal->icac',
    ],
    'icac-ar-2024-ch6': [
      'SIGNED:icac->mou-icac-unodc-2024',
      'SIGNED:aca-maldives->mou-icac-aca-maldives-2024',
      'HOLDS_ROLE:icac->iaaca#president',
      'ESTABLISHED:icac->hkiaac',
      'ESTABLISHED:spp->iaaca',
      'MEMBER_OF:iaaca->globe-network',
      'MEMBER_OF:icac->globe-network',
      'PARTY_TO:china->uncac',
      'TRAINED:iaaca->nacac-south-africa',
      'COOPERATES_WITH:icac->ccac-macao',
      'node:iaaca-members-2024',
      'node:globe-network-members-2024',
    ],
    'ce-gacc-2025': ['HEADS:sun-meijun->gacc'],
    'customs-gacc-review-2024': [
      'HEADS:louise-ho->customs-hk',
      'VISITED:wang-lingjun->customs-hk',
      'SIGNED:customs-hk->customs-gacc-detector-dog-arrangement-2024',
      'SIGNED:gacc->customs-gacc-detector-dog-arrangement-2024',
    ],
  };
  for (const [id, keys] of Object.entries(expectations)) {
    it(`${id}: finds facts the seed records for it, as corroborations`, () => {
      const found = corroborated(extract(id));
      for (const k of keys) expect(found, k).toContain(k);
      // The relationships it corroborates are the seed's: each cited by this document or another.
      const all = new Set(full.facts.map((f) => `${f.type}:${f.from}->${f.to}${f.key ? `#${f.key}` : ''}`));
      for (const k of found) if (!k.startsWith('node:')) expect(all.has(k), k).toBe(true);
      expect([...keys].filter((k) => !k.startsWith('node:')).every((k) => citedBy(id).has(k))).toBe(true);
    });
  }

  it('every proposal cites its sentence: evidence is the text at its offsets', () => {
    for (const [id, d] of docs) {
      for (const p of extract(id)) {
        expect(d.text.slice(p.offsets[0], p.offsets[1])).toBe(p.evidence);
        expect(p.status).toBe('pending');
        expect(p.confidence).toBeGreaterThan(0);
        expect(p.confidence).toBeLessThanOrEqual(1);
      }
    }
  });

  it('never proposes a known fact as new: a proposal matching a graph fact is a corroboration', () => {
    for (const id of docs.keys()) {
      for (const p of extract(id)) {
        if (p.kind !== 'relationship' || !p.from.id || !p.to.id) continue;
        const same = full.facts.some((f) => f.type === p.type && f.from === p.from.id && f.to === p.to.id);
        if (same) expect(p.corroborates, `${p.type} ${p.from.id}->${p.to.id}`).toBeDefined();
      }
    }
  });

  it('leave one out: without the annual report, its agencies and agreements come back as new, with their places', () => {
    const d = docs.get('icac-ar-2024-ch6');
    if (!d) throw new Error('missing');
    const snap = snapshotOf(seedGraph().docs, 'icac-ar-2024-ch6');
    const ps = extractProposals({ text: d.text, date: d.date }, snap.known, { facts: snap.facts, countNodes: snap.countNodes });
    const nodes = ps.filter((p) => p.kind === 'node').map((p) => p.properties.name);
    expect(nodes).toContain('Commission Against Corruption of Macao');
    expect(nodes).toContain('National Anti-Corruption Advisory Council of South Africa');
    expect(nodes).toContain('南非國家反貪諮詢局');
    expect(nodes).toContain('Anti-corruption agency of Maldives');
    expect(nodes).toContain('MoU between the ICAC and the anti-corruption agency of Maldives (2024)');
    const located = ps.filter((p) => p.type === 'LOCATED_IN').map((p) => `${p.from.name}->${p.to.id}`);
    expect(located).toContain('Commission Against Corruption of Macao->macao');
    expect(located).toContain('Anti-corruption agency of Maldives->maldives');
    // The MoU signed with the UNODC is also cited by the LegCo reply, so it stays known: a corroboration.
    expect(corroborated(ps)).toContain('node:mou-icac-unodc-2024');
  });
});

describe('deterministic ids', () => {
  it('the same text gives the same proposals with the same ids; ids are unique', () => {
    for (const id of docs.keys()) {
      const a = extract(id);
      const b = extract(id);
      expect(a.map((p) => p.id)).toEqual(b.map((p) => p.id));
      expect(new Set(a.map((p) => p.id)).size).toBe(a.length);
      expect(a.every((p) => /^p-[0-9a-f]{16}$/.test(p.id))).toBe(true);
    }
  });
  it('a sentence moved in the text gets new offsets and so new ids; its facts stay the same', () => {
    const s = 'The ICAC also established the Hong Kong International Academy Against Corruption (HKIAAC) in February 2024.';
    const a = extractProposals({ text: s, date: '2024' }, full.known, { matcher });
    const b = extractProposals({ text: `Preface. ${s}`, date: '2024' }, full.known, { matcher });
    const est = (ps: Proposal[]) => ps.find((p) => p.type === 'ESTABLISHED');
    expect(est(a)?.id).not.toBe(est(b)?.id);
    expect(est(b)?.offsets).toEqual([9, 9 + s.length]);
    expect([est(a)?.from.id, est(a)?.to.id]).toEqual([est(b)?.from.id, est(b)?.to.id]);
  });
});

describe('corroboration', () => {
  const text = 'In July, the Commissioner of the ICAC visited Guangdong Province and the Macao Special Administrative Region.';
  const run = (facts: ExistingFact[]) => extractProposals({ text, date: '2023' }, full.known, { matcher, facts });
  const visit = (ps: Proposal[], to: string) => ps.find((p) => p.type === 'VISITED' && p.to.id === to);

  it('a fact the graph has with a month is a corroboration with nothing to change', () => {
    const ps = run([{ type: 'VISITED', from: 'icac', to: 'guangdong', properties: { date: '2023-07' } }]);
    expect(visit(ps, 'guangdong')?.corroborates).toEqual({ key: 'VISITED:icac->guangdong', changes: [] });
    expect(visit(ps, 'macao')?.corroborates).toBeUndefined();
  });
  it('a more precise date is proposed as a refinement; a contradicting one as a difference; a missing one as an addition', () => {
    const ps = run([
      { type: 'VISITED', from: 'icac', to: 'guangdong', properties: { date: '2023' } },
      { type: 'VISITED', from: 'icac', to: 'macao', key: 'x', properties: { date: '2024-01' } },
    ]);
    expect(visit(ps, 'guangdong')?.corroborates?.changes).toEqual([
      { property: 'date', current: '2023', proposed: '2023-07', change: 'refine' },
    ]);
    expect(visit(ps, 'macao')?.corroborates).toEqual({
      key: 'VISITED:icac->macao#x',
      changes: [{ property: 'date', current: '2024-01', proposed: '2023-07', change: 'differs' }],
    });
    const none = run([{ type: 'VISITED', from: 'icac', to: 'guangdong' }]);
    expect(visit(none, 'guangdong')?.corroborates?.changes).toEqual([{ property: 'date', proposed: '2023-07', change: 'add' }]);
  });
  it("an exact day refines a month; a coarser date than the graph's changes nothing", () => {
    const day = extractProposals({ text: 'The ICAC visited Macao on 8 September 2025.', date: '2025' }, full.known, {
      matcher,
      facts: [{ type: 'VISITED', from: 'icac', to: 'macao', properties: { date: '2025-09' } }],
    });
    expect(visit(day, 'macao')?.corroborates?.changes).toEqual([
      { property: 'date', current: '2025-09', proposed: '2025-09-08', change: 'refine' },
    ]);
    const coarse = extractProposals({ text: 'The ICAC visited Macao in 2025.', date: '2025' }, full.known, {
      matcher,
      facts: [{ type: 'VISITED', from: 'icac', to: 'macao', properties: { date: '2025-09-08' } }],
    });
    expect(visit(coarse, 'macao')?.corroborates?.changes).toEqual([]);
  });
  it('an agreement both parties already signed is that agreement: the node and both SIGNED are corroborations', () => {
    const ps = extractProposals(
      {
        text: 'The United Nations Office on Drugs and Crime (UNODC) is a strategic partner of the ICAC in international cooperation. The two parties signed a Memorandum of Understanding (MoU) in May 2024.',
        date: '2024',
      },
      full.known,
      { matcher },
    );
    const facts: ExistingFact[] = [
      { type: 'SIGNED', from: 'icac', to: 'mou-x', properties: { date: '2024-05' } },
      { type: 'SIGNED', from: 'unodc', to: 'mou-x', properties: {} },
    ];
    const out = corroborate(ps, facts);
    expect(out.find((p) => p.kind === 'node')?.corroborates?.key).toBe('node:mou-x');
    const signed = out.filter((p) => p.type === 'SIGNED');
    expect(signed.map((p) => [p.from.id, p.to.id, p.corroborates?.key])).toEqual([
      ['unodc', 'mou-x', 'SIGNED:unodc->mou-x'],
      ['icac', 'mou-x', 'SIGNED:icac->mou-x'],
    ]);
    expect(signed.find((p) => p.from.id === 'unodc')?.corroborates?.changes).toEqual([
      { property: 'date', proposed: '2024-05', change: 'add' },
    ]);
    // The input is left as it was.
    expect(ps.every((p) => p.corroborates === undefined)).toBe(true);
  });
});
