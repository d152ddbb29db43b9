// The extraction engine: a document's text (+ date, language) and a snapshot of the graph's known
// entities in, proposals out. Pure: no database, no HTTP, no clock, no randomness — the same text
// gives the same proposals with the same ids. Nothing here is ever accepted automatically; the
// review queue decides.
import type { ExistingFact, ExtractDocument, KnownEntity, Proposal } from '../../shared/curation.ts';
import { corroborate, type CountNode } from './corroborate.ts';
import { findCounts } from './counts.ts';
import { findDates } from './dates.ts';
import { applyRules, countFacts, proposalId, structuralFacts, type SentenceContext } from './engine.ts';
import { MentionMatcher, type Mention } from './mentions.ts';
import { findNewEntities, type NewEntity } from './new-entities.ts';
import { RULES_EN } from './rules-en.ts';
import { RULES_ZH } from './rules-zh.ts';
import { splitSentences } from './sentences.ts';

export { corroborate } from './corroborate.ts';
export { MentionMatcher } from './mentions.ts';
export { splitSentences } from './sentences.ts';
export { findDates } from './dates.ts';
export { findCounts } from './counts.ts';

export interface ExtractOptions {
  /** A matcher built once for the snapshot (else built from `known`). */
  matcher?: MentionMatcher;
  /** Existing relationships: proposals restating one are marked as corroborations. */
  facts?: ExistingFact[];
  /** Existing count nodes (MembershipCount / Statistic), to corroborate counts. */
  countNodes?: CountNode[];
}

const HAN = /[\u3400-\u9fff]/g;
const langOf = (s: string): 'en' | 'zh' => ((s.match(HAN)?.length ?? 0) > s.length * 0.2 ? 'zh' : 'en');
const ACTOR = new Set(['Agency', 'Organisation']);
type Emit = Parameters<typeof applyRules>[2];
const keyOf = (m: Mention) => m.id ?? m.newKey ?? m.name;

/** Proposes facts from `doc`: new entities, relationships, counts, each citing its sentence. */
export function extractProposals(doc: ExtractDocument, known: KnownEntity[], options: ExtractOptions = {}): Proposal[] {
  const matcher = options.matcher ?? new MentionMatcher(known);
  const sentences = splitSentences(doc.text);
  const known_ = sentences.map((s) => matcher.find(s.text));
  // The agency the document is mostly about ("the Commissioner", "officers" without a name).
  const tally = new Map<string, { m: Mention; n: number }>();
  for (const ms of known_) for (const m of ms) if (m.label === 'Agency' && m.id) tally.set(m.id, { m, n: (tally.get(m.id)?.n ?? 0) + 1 });
  const focus = [...tally.values()].sort((a, b) => b.n - a.n)[0]?.m;

  const proposals = new Map<string, Proposal>();
  const nodeIds = new Map<string, string>();
  const newEntities = new Map<string, NewEntity>();
  let previous: Mention[] = [];
  const seen = new Map<string, { m: Mention; n: number }>();

  sentences.forEach((sentence, i) => {
    const lang = langOf(sentence.text);
    const knownHere = known_[i];
    // A "new" entity whose name the graph knows after all (e.g. "the ACAs of Indonesia" = aca-indonesia) is a known mention.
    const found = findNewEntities(sentence.text, knownHere, lang);
    const fresh = found.filter((n) => !matcher.lookup(n.name));
    const converted: Mention[] = [];
    for (const n of found) {
      const k = matcher.lookup(n.name);
      if (k)
        converted.push({
          start: n.start,
          end: n.end,
          text: n.text,
          id: k.id,
          name: k.name,
          label: k.label,
          ...(n.synthetic ? { synthetic: true } : {}),
        });
    }
    const replacing = [...fresh, ...converted];
    const mentions = [...knownHere.filter((k) => !replacing.some((n) => k.start >= n.start && k.end <= n.end)), ...replacing].sort(
      (a, b) => a.start - b.start,
    );
    const offsets: [number, number] = [sentence.start, sentence.end];
    const emit: Emit = (p, extra) => {
      const ends = (e: Proposal['from']) => e.id ?? e.proposal ?? e.name;
      const id = proposalId([p.rule, offsets[0], offsets[1], p.kind, p.type ?? p.label, ends(p.from), ends(p.to), extra]);
      const full: Proposal = { id, status: 'pending', ...p, evidence: sentence.text, offsets };
      if (!proposals.has(id)) proposals.set(id, full);
      return proposals.get(id) as Proposal;
    };
    // One node proposal per new entity per document, citing the first sentence that names it.
    for (const n of fresh) {
      if (!newEntities.has(n.newKey)) newEntities.set(n.newKey, n);
      if (nodeIds.has(n.newKey)) continue;
      const p = emit(
        {
          kind: 'node',
          label: n.label,
          from: { name: n.name, label: n.label },
          to: { name: n.name, label: n.label },
          properties: n.properties,
          rule: n.rule,
          confidence: n.confidence,
        },
        n.newKey,
      );
      nodeIds.set(n.newKey, p.id);
    }
    const actors = mentions.filter((m) => ACTOR.has(m.label));
    // "Both sides", "the two parties", 雙方: the previous sentence's two actors, else the document's two most named so far.
    const distinct = (list: Mention[]) => list.filter((m, k) => list.findIndex((o) => keyOf(o) === keyOf(m)) === k);
    const last = distinct(previous);
    const pair =
      last.length >= 2
        ? last.slice(0, 2)
        : [...seen.values()]
            .sort((a, b) => b.n - a.n)
            .slice(0, 2)
            .map((x) => x.m);
    const ctx: SentenceContext = {
      sentence,
      lang,
      mentions,
      newEntities,
      dates: findDates(sentence.text, doc.date),
      counts: findCounts(sentence.text),
      previous,
      pair,
      ...(focus ? { focus } : {}),
      nodeProposalId: (key) => nodeIds.get(key),
    };
    applyRules(ctx, lang === 'en' ? RULES_EN : RULES_ZH, emit);
    structuralFacts(ctx, emit);
    countFacts(ctx, doc.date, emit);
    if (actors.length) previous = actors;
    for (const a of actors) seen.set(keyOf(a), { m: a, n: (seen.get(keyOf(a))?.n ?? 0) + 1 });
  });
  const out = [...proposals.values()];
  return options.facts ? corroborate(out, options.facts, options.countNodes) : out;
}
