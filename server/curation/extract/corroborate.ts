// Corroboration: a proposal that restates a fact already in the graph is not a new fact. It is
// marked with the existing fact's key (so accepting it adds the new document and sentence to that
// fact's sources and evidence) and with the details the new text adds — an exact day where the
// graph has the month, a role or date the graph lacks — as proposed changes. Never a duplicate.
// SIGNED facts go through their agreement: "the ICAC signed an MoU with the UNODC" matches the
// agreement both already signed, and the proposed agreement node becomes that agreement.
import type { Corroboration, ExistingFact, Proposal, ProposalEnd, ProposedChange } from '../../shared/curation.ts';
import { isPartialDate } from '../../shared/partial-date.ts';

/** A count node already in the graph, with the organisation it counts. */
export interface CountNode {
  id: string;
  owner: string;
  count: number;
  date?: string;
}

const SYMMETRIC = new Set(['PARTNER_OF', 'COOPERATES_WITH']);
const factKey = (f: ExistingFact) => `${f.type}:${f.from}->${f.to}${f.key ? `#${f.key}` : ''}`;

function compare(property: string, current: unknown, proposed: unknown): ProposedChange | undefined {
  if (proposed === undefined || proposed === null) return undefined;
  if (current === undefined || current === null) return { property, proposed, change: 'add' };
  if (current === proposed) return undefined;
  if (typeof current === 'string' && typeof proposed === 'string' && current.toLowerCase().includes(proposed.toLowerCase()))
    return undefined;
  if (isPartialDate(current) && isPartialDate(proposed)) {
    if (proposed.startsWith(current)) return { property, current, proposed, change: 'refine' };
    if (current.startsWith(proposed)) return undefined; // the graph already says more
  }
  return { property, current, proposed, change: 'differs' };
}

function changesOf(props: Record<string, unknown>, current: Record<string, unknown> = {}): ProposedChange[] {
  const skip = new Set(['name', 'evidence', 'qualifier']);
  return Object.entries(props)
    .filter(([k]) => !skip.has(k))
    .map(([k, v]) => compare(k, current[k], v))
    .filter((c): c is ProposedChange => c !== undefined);
}

function findFact(p: Proposal, facts: ExistingFact[]): ExistingFact | undefined {
  const from = p.from.id;
  const to = p.to.id;
  if (!from || !to || !p.type) return undefined;
  const matches = facts.filter(
    (f) => f.type === p.type && ((f.from === from && f.to === to) || (SYMMETRIC.has(p.type as string) && f.from === to && f.to === from)),
  );
  if (matches.length <= 1) return matches[0];
  // Several facts between the same ends (two roles): the one whose role/status agrees.
  return (
    matches.find((f) => ['role', 'status', 'kind'].some((k) => p.properties[k] !== undefined && f.properties?.[k] === p.properties[k])) ??
    matches[0]
  );
}

/** Marks proposals that restate existing facts as corroborations; returns them all (new objects, inputs untouched). */
export function corroborate(proposals: Proposal[], facts: ExistingFact[], countNodes: CountNode[] = []): Proposal[] {
  const out = proposals.map((p) => ({ ...p, from: { ...p.from }, to: { ...p.to } }));
  // Agreements: a proposed agreement whose parties all signed one existing agreement is that agreement.
  const agreementOf = new Map<string, string>();
  for (const p of out) {
    if (p.kind !== 'node' || p.label !== 'Agreement' || !p.parties?.length || p.parties.some((e) => !e.id)) continue;
    const sets = p.parties.map((e) => new Set(facts.filter((f) => f.type === 'SIGNED' && f.from === e.id).map((f) => f.to)));
    const common = [...sets[0]].filter((a) => sets.every((s) => s.has(a)));
    if (common.length) {
      const id = common[0];
      agreementOf.set(p.id, id);
      p.corroborates = { key: `node:${id}`, changes: [] };
    }
  }
  const resolve = (e: ProposalEnd) => {
    if (!e.id && e.proposal && agreementOf.has(e.proposal)) e.id = agreementOf.get(e.proposal);
  };
  for (const p of out) {
    if (p.kind === 'relationship') {
      resolve(p.from);
      resolve(p.to);
      const f = findFact(p, facts);
      if (f) p.corroborates = { key: factKey(f), changes: changesOf(p.properties, f.properties) } satisfies Corroboration;
    } else if (p.kind === 'count' && p.from.id) {
      const n = countNodes.find((c) => c.owner === p.from.id && c.count === p.properties.count);
      if (n) p.corroborates = { key: `node:${n.id}`, changes: changesOf({ date: p.properties.date }, { date: n.date }) };
    }
  }
  return out;
}
