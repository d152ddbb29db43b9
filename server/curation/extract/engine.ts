// Applies the sentence rules to one sentence: finds each rule's subject (the clause's first actor,
// with "A and B" coordination; or, when the sentence says "it", "both sides", 雙方, the previous
// sentences'), its objects, the date, and turns them into proposals. Also the structural facts that
// are not a verb: HEADS from "the Minister of the GACC, Ms Sun Meijun", HELD_IN from "X held in Y",
// LOCATED_IN / PART_OF of new entities, and counts.
import { createHash } from 'node:crypto';
import type { Proposal, ProposalEnd } from '../../shared/curation.ts';
import type { NodeLabel, RelType } from '../../shared/vocabulary.ts';
import type { FoundCount } from './counts.ts';
import { pickDate, type FoundDate } from './dates.ts';
import type { Mention } from './mentions.ts';
import type { NewEntity } from './new-entities.ts';
import type { SentenceRule } from './rule-types.ts';
import type { Sentence } from './sentences.ts';

export interface SentenceContext {
  sentence: Sentence;
  lang: 'en' | 'zh';
  /** Known and new mentions, offsets relative to the sentence. */
  mentions: Mention[];
  newEntities: Map<string, NewEntity>;
  dates: FoundDate[];
  counts: FoundCount[];
  /** The first actor of the previous sentence(s), for "it". */
  previous: Mention[];
  /** Two distinct actors of the last few sentences, for "both sides", 雙方. */
  pair: Mention[];
  /** The agency the document is mostly about, for "the Commissioner", "ICAC officers" without a name. */
  focus?: Mention;
  /** The node proposal id for a new entity's key. */
  nodeProposalId: (key: string) => string | undefined;
}

export function proposalId(parts: (string | number | undefined)[]): string {
  return `p-${createHash('sha256')
    .update(parts.map((p) => String(p ?? '')).join('|'))
    .digest('hex')
    .slice(0, 16)}`;
}

const PREP_EN =
  /\b(?:with|from|of|for|to|by|in|at|under|among|between|including|than|on|into|as|such as|like|via|through|about)\s+(?:the\s+|our\s+|its\s+)?(?:[\w-]+\s+)?$/i;
const PREP_ZH = /(?:與|為|在|於|由|對|向|到|從|跟|同|聯同|以)\s*$/;
const COORD_EN = /^\s*(?:,\s*)?(?:and|as well as|&|,)\s*(?:the\s+)?$/i;
const COORD_ZH = /^\s*(?:、|及|和|以及|，)\s*$/;
const BOUNDARY_EN = /[;:]|,\s+(?:which|where|while|who)\b|\.\s/;
const BOUNDARY_ZH = /[，；。：]/;
const ADJACENT = /^\s*(?:the\s+|a\s+|an\s+)?["“‘]?\s*$/i;

const endOf = (m: Mention, ctx: SentenceContext): ProposalEnd => ({
  ...(m.id ? { id: m.id } : {}),
  name: m.name,
  label: m.label,
  ...(m.newKey ? { proposal: ctx.nodeProposalId(m.newKey) } : {}),
});
const same = (a: Mention, b: Mention) => (a.id && a.id === b.id) || (a.newKey && a.newKey === b.newKey);

/** The mention and those coordinated with it ("A, B and C", 甲、乙及丙). */
function coordinated(first: Mention, pool: Mention[], ctx: SentenceContext, labels: readonly NodeLabel[], limit = Infinity): Mention[] {
  const out = [first];
  const coord = ctx.lang === 'en' ? COORD_EN : COORD_ZH;
  let last = first;
  for (const m of pool) {
    if (m.start < last.end || m.start > limit) continue;
    const gap = ctx.sentence.text.slice(last.end, m.start);
    if (!coord.test(gap) && !(gap === '' && m.synthetic)) break;
    if (!labels.includes(m.label)) break;
    out.push(m);
    last = m;
  }
  return out;
}

const isPossessiveModifier = (m: Mention, ctx: SentenceContext) =>
  /^(?:’s|'s)\s/.test(ctx.sentence.text.slice(m.end, m.end + 3)) && ctx.mentions.some((o) => o.start > m.end && o.start <= m.end + 4);

const LIST_EN = /^(?:\s*,\s*(?:(?:and|as well as|&)\s+)?|\s+(?:and|as well as|&)\s+)(?:the\s+)?$/i;

/** "the ICAC, the HKIAAC, and the IAACA established ...": the whole list before the verb, unless part of it is in a prepositional phrase. */
function extendBackwards(ctx: SentenceContext, group: Mention[], labels: readonly NodeLabel[]): Mention[] {
  if (!group.length) return group;
  const text = ctx.sentence.text;
  const list = ctx.lang === 'en' ? LIST_EN : COORD_ZH;
  const prep = ctx.lang === 'en' ? PREP_EN : PREP_ZH;
  const out = [...group];
  for (const m of [...ctx.mentions].reverse()) {
    if (m.end > out[0].start) continue;
    if (!labels.includes(m.label) || !list.test(text.slice(m.end, out[0].start))) break;
    out.unshift(m);
  }
  if (out.length === group.length || prep.test(text.slice(Math.max(0, out[0].start - 25), out[0].start))) return group;
  return out;
}

/** 聯合國毒罪辦 GlobE 網絡: a name right before another names its owner, not the subject or object. */
const isZhModifier = (m: Mention, ctx: SentenceContext) =>
  ctx.mentions.some(
    (o) => o !== m && o.start >= m.end && /^\s?[“"]?$/.test(ctx.sentence.text.slice(m.end, o.start)) && o.label !== 'Jurisdiction',
  );

/** The clause's subject before `at`: the first actor of the last comma segment that has one, not inside a prepositional phrase. */
function subjectBefore(ctx: SentenceContext, at: number, labels: readonly NodeLabel[], allowPossessive: boolean): Mention[] {
  const text = ctx.sentence.text;
  // "... the ACAs of Indonesia and Senegal, who visited Hong Kong": the relative clause's antecedent.
  const who = /,?\s*\bwho\s+(?:\w+\s+)?$/.exec(text.slice(0, at));
  if (who) {
    const group: Mention[] = [];
    let end = who.index;
    for (const m of [...ctx.mentions].reverse()) {
      if (m.end > end) continue;
      const gap = text.slice(m.end, end);
      if (group.length ? !(ctx.lang === 'en' ? COORD_EN : COORD_ZH).test(gap) : !/^\s*$/.test(gap)) break;
      if (!labels.includes(m.label)) break;
      group.unshift(m);
      end = m.start;
    }
    if (group.length) return group;
  }
  const prep = ctx.lang === 'en' ? PREP_EN : PREP_ZH;
  const comma = ctx.lang === 'en' ? /,\s/g : /[，,]/g;
  const cuts = [0, ...[...text.slice(0, at).matchAll(comma)].map((m) => m.index + m[0].length)];
  for (let i = cuts.length - 1; i >= 0; i--) {
    const from = cuts[i];
    const to = i === cuts.length - 1 ? at : cuts[i + 1];
    const pool = ctx.mentions.filter((m) => m.start >= from && m.end <= to);
    // "it joined ..., and partnered with ...": the pronoun is the subject; the caller resolves it.
    const pronoun = /\b(?:it|they)\b/i.exec(text.slice(from, to));
    let skipped: Mention | undefined;
    for (const m of pool) {
      if (pronoun && from + pronoun.index < m.start) return [];
      if (!labels.includes(m.label)) continue;
      // In a prepositional phrase ("in partnership with the IAACA and the UNODC"), with what is coordinated with it.
      if (
        prep.test(text.slice(Math.max(0, m.start - 25), m.start)) ||
        // 再與另外兩個……國家（即印度尼西亞及馬爾代夫）的反貪機構簽訂: still inside the 與 phrase.
        (ctx.lang === 'zh' && /(?:與(?!會)|為|向)[^，。；]*$/.test(text.slice(from, m.start))) ||
        (skipped && (ctx.lang === 'en' ? COORD_EN : COORD_ZH).test(text.slice(skipped.end, m.start)))
      ) {
        skipped = m;
        continue;
      }
      if (!allowPossessive && isPossessiveModifier(m, ctx)) continue;
      if (ctx.lang === 'zh' && /^的?(?:支持|邀請|帶領|支援|協助|統籌)/.test(text.slice(m.end, m.end + 4))) continue;
      // 香港特別行政區廉政專員: the office-holder of a place, not the place.
      if (
        ctx.lang === 'zh' &&
        m.label === 'Jurisdiction' &&
        /^的?(?:副)?(?:廉政專員|專員|關長|局長|署長|部長|首長|檢察長|總檢察長|行政長官)/.test(text.slice(m.end, m.end + 6))
      )
        continue;
      if (ctx.lang === 'zh' && isZhModifier(m, ctx)) continue;
      return coordinated(m, pool, ctx, labels, at);
    }
  }
  return [];
}

function contextSubjects(ctx: SentenceContext, at: number, labels: readonly NodeLabel[]): { subjects: Mention[]; pair: boolean } {
  const before = ctx.sentence.text.slice(0, at);
  if (/\b(?:both sides|the two sides|two sides|the two parties|both parties|the two administrations)\b|雙方|兩地/i.test(before))
    return { subjects: ctx.pair.filter((m) => labels.includes(m.label)), pair: true };
  if (/\b(?:it|its|they|their|the Association|the Academy|the Network)\b|該會|聯合會年內/.test(before))
    return { subjects: ctx.previous.filter((m) => labels.includes(m.label)).slice(0, 1), pair: false };
  if (
    ctx.focus &&
    labels.includes(ctx.focus.label) &&
    /\b(?:the Commissioner|the Deputy Commissioner|officers|the delegation|delegates)\b|廉政專員|人員|代表團/.test(before)
  )
    return { subjects: [ctx.focus], pair: false };
  return { subjects: [], pair: false };
}

function objectsAfter(ctx: SentenceContext, from: number, rule: SentenceRule, labels: readonly NodeLabel[]): Mention[] {
  const text = ctx.sentence.text;
  const window = rule.window ?? 140;
  const boundary = ctx.lang === 'en' ? BOUNDARY_EN : BOUNDARY_ZH;
  const pool = ctx.mentions.filter((m) => m.start >= from && m.start <= from + window);
  for (const m of pool) {
    if (boundary.test(text.slice(from, m.start))) return [];
    if (!labels.includes(m.label) || isPossessiveModifier(m, ctx) || (ctx.lang === 'zh' && isZhModifier(m, ctx))) continue;
    if (rule.objectFollowedBy && !rule.objectFollowedBy.test(text.slice(m.end))) continue;
    if (rule.adjacent && !ADJACENT.test(text.slice(from, m.start).replace(/[^\s]+(?:’s|'s)\s+/g, ''))) return [];
    return coordinated(m, pool, ctx, labels, from + window + 60);
  }
  return [];
}

function objectsBetween(
  ctx: SentenceContext,
  from: number,
  to: number,
  rule: SentenceRule,
  labels: readonly NodeLabel[],
  exclude: Mention[],
): Mention[] {
  const text = ctx.sentence.text;
  const pool = ctx.mentions.filter((m) => m.start >= from && m.end <= to && !exclude.some((e) => e === m));
  for (const m of pool) {
    if (!labels.includes(m.label)) continue;
    if (rule.objectMarker && !rule.objectMarker.test(text.slice(Math.max(from, m.start - 30), m.start))) continue;
    if (ctx.lang === 'zh' && BOUNDARY_ZH.test(text.slice(m.end, to))) continue;
    return coordinated(m, pool, ctx, labels, to);
  }
  return [];
}

function objectBefore(ctx: SentenceContext, at: number, rule: SentenceRule, labels: readonly NodeLabel[]): Mention[] {
  const window = rule.window ?? 140;
  const pool = ctx.mentions.filter((m) => m.end <= at && m.end >= at - window && labels.includes(m.label));
  return pool.length ? [pool[pool.length - 1]] : [];
}

const KIND_NAME: Record<string, string> = {
  mou: 'MoU',
  arrangement: 'Co-operative arrangement',
  plan: 'Co-operation plan',
  declaration: 'Declaration',
  agreement: 'Agreement',
};
const shortName = (m: Mention) =>
  m.synthetic ? `the ${m.name.charAt(0).toLowerCase()}${m.name.slice(1)}` : m.acronym ? `the ${m.acronym}` : m.name;

/** Proposals from one sentence. `nodeProposals` collects the agreement nodes the SIGNED rules create. */
export function applyRules(
  ctx: SentenceContext,
  rules: SentenceRule[],
  emit: (p: Omit<Proposal, 'id' | 'status' | 'evidence' | 'offsets'>, extra?: string) => Proposal,
): void {
  const text = ctx.sentence.text;
  for (const rule of rules) {
    rule.trigger.lastIndex = 0;
    for (const match of text.matchAll(rule.trigger)) {
      const ts = match.index;
      const te = ts + match[0].length;
      const m = { match: match as RegExpExecArray, sentence: text };
      if (rule.reject?.(m)) continue;
      // A trigger inside a name ("... Law Enforcement Cooperation Network", 合作網絡) is not a verb.
      if (ctx.mentions.some((x) => ts >= x.start && ts < x.end)) continue;
      const subjLabels = rule.reversed ? rule.to : rule.from;
      const objLabels = rule.reversed ? rule.from : rule.to;
      let confidence = rule.confidence;
      // "Mr Wang's visit to ...": the owner of the visit, right before the trigger.
      const owner = rule.name.endsWith('visit-of') ? ctx.mentions.filter((x) => x.end === ts && subjLabels.includes(x.label)) : [];
      if (rule.name.endsWith('visit-of') && !owner.length) continue;
      let subjects = owner.length
        ? owner
        : rule.subject === 'before'
          ? subjectBefore(ctx, ts, subjLabels, rule.name.endsWith('visit-of'))
          : objectsAfter(ctx, te, { ...rule, window: rule.window ?? 60 }, subjLabels);
      let pairFromContext = false;
      if (!subjects.length && rule.useContext) {
        const c = contextSubjects(ctx, ts, subjLabels);
        subjects = c.subjects;
        pairFromContext = c.pair;
        confidence *= 0.8;
      }
      let objects: Mention[] = [];
      if (rule.object === 'after')
        objects = objectsAfter(ctx, rule.objectInTrigger ? ts : te, rule, objLabels).filter((o) => !subjects.includes(o));
      else if (rule.object === 'before') objects = objectBefore(ctx, ts, rule, objLabels);
      else objects = objectsBetween(ctx, subjects.length ? subjects[subjects.length - 1].end : 0, ts, rule, objLabels, subjects);
      // "As a member of X, the ICAC ...": the subject comes after the object.
      if (!subjects.length && objects.length && rule.subject === 'before') {
        const last = objects[objects.length - 1];
        const after = ctx.mentions.filter((x) => x.start >= last.end && subjLabels.includes(x.label) && !objects.includes(x));
        if (after.length && /^[^.;]{0,40}?,\s*(?:the\s+)?$/i.test(text.slice(last.end, after[0].start))) subjects = [after[0]];
      }
      if (!subjects.length) continue;
      const props = rule.props?.(m) ?? {};
      const range = rangeOf(ctx);
      const startsThen = /elected|assum|took up|taken up|joined|當選|加入|出任/i.test(match[0]);
      const date = !rule.dateProp
        ? undefined
        : rule.dateProp === 'since'
          ? (range?.[0] ?? ctx.dates.find((d) => d.since) ?? (startsThen ? pickDate(ctx.dates, ts) : undefined))
          : pickDate(ctx.dates, ts);

      if (rule.type === 'SIGNED') {
        emitSigned(ctx, rule, subjects, pairFromContext ? [] : objects, props, date, confidence, emit);
        continue;
      }
      if (rule.pairwise) subjects = extendBackwards(ctx, subjects, subjLabels);
      if (rule.pairwise) {
        for (let a = 0; a < subjects.length; a++)
          for (let b = a + 1; b < subjects.length; b++)
            emit({
              kind: 'relationship',
              type: rule.type,
              from: endOf(subjects[a], ctx),
              to: endOf(subjects[b], ctx),
              properties: props,
              rule: rule.name,
              confidence: round(confidence),
            });
        continue;
      }
      if (!objects.length) continue;
      const relProps = {
        ...props,
        ...(date && rule.dateProp ? { [rule.dateProp]: date.value } : {}),
        ...(range && rule.dateProp === 'since' ? { until: range[1].value } : {}),
      };
      for (const s of subjects) {
        for (const o of objects) {
          if (same(s, o)) continue;
          const [a, b] = rule.reversed ? [o, s] : [s, o];
          emit({
            kind: 'relationship',
            type: rule.type,
            from: endOf(a, ctx),
            to: endOf(b, ctx),
            properties: relProps,
            rule: rule.name,
            confidence: round(confidence),
          });
        }
      }
    }
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

/** "from 2006 to 2016", 二零零六年至二零一六年: a period's two ends. */
function rangeOf(ctx: SentenceContext): [FoundDate, FoundDate] | undefined {
  for (let i = 0; i + 1 < ctx.dates.length; i++) {
    const gap = ctx.sentence.text.slice(ctx.dates[i].end, ctx.dates[i + 1].start);
    if (/^\s*(?:至|到|to|until|-|–)\s*$/i.test(gap)) return [ctx.dates[i], ctx.dates[i + 1]];
  }
  return undefined;
}

function emitSigned(
  ctx: SentenceContext,
  rule: SentenceRule,
  subjects: Mention[],
  objects: Mention[],
  props: Record<string, unknown>,
  date: FoundDate | undefined,
  confidence: number,
  emit: (p: Omit<Proposal, 'id' | 'status' | 'evidence' | 'offsets'>, extra?: string) => Proposal,
): void {
  const kind = String(props.kind ?? 'agreement');
  const groups: Mention[][] = objects.length
    ? objects.map((o) => [subjects[0], ...subjects.slice(1), o])
    : subjects.length >= 2
      ? [subjects]
      : [];
  const event = ctx.mentions.find(
    (m) =>
      m.label === 'Event' && /\b(?:at|in|during)\s+(?:the\s+)?$|在\s*$/i.test(ctx.sentence.text.slice(Math.max(0, m.start - 10), m.start)),
  );
  for (const parties of groups) {
    const uniq = parties.filter((p, i) => parties.findIndex((q) => same(p, q)) === i);
    if (uniq.length < 2) continue;
    const year = date?.value.slice(0, 4);
    const name = `${KIND_NAME[kind] ?? 'Agreement'} between ${uniq.map(shortName).join(' and ')}${year ? ` (${year})` : ''}`;
    const node = emit(
      {
        kind: 'node',
        label: 'Agreement',
        from: { name, label: 'Agreement' },
        to: { name, label: 'Agreement' },
        properties: { name, kind, ...(date ? { date: date.value } : {}) },
        parties: uniq.map((p) => endOf(p, ctx)),
        rule: rule.name,
        confidence: round(confidence),
      },
      uniq.map((p) => p.id ?? p.newKey).join('+'),
    );
    const agreement: ProposalEnd = { name, label: 'Agreement', proposal: node.id };
    for (const p of uniq) {
      emit({
        kind: 'relationship',
        type: 'SIGNED',
        from: endOf(p, ctx),
        to: agreement,
        properties: date ? { date: date.value } : {},
        rule: rule.name,
        confidence: round(confidence),
      });
    }
    if (event)
      emit({
        kind: 'relationship',
        type: 'SIGNED_AT',
        from: agreement,
        to: endOf(event, ctx),
        properties: {},
        rule: rule.name,
        confidence: round(confidence * 0.8),
      });
  }
}

const HEAD_TITLE =
  /\b(Minister|Commissioner|Director(?:-General)?|Head|Chairman|Chairperson|President|Prosecutor[- ]General|Attorney[- ]General|Secretary-General|Chief)\s+of\s+(?:the\s+)?$/;

/** HEADS from "the Minister of the General Administration of Customs, Ms Sun Meijun". */
export function structuralFacts(
  ctx: SentenceContext,
  emit: (p: Omit<Proposal, 'id' | 'status' | 'evidence' | 'offsets'>, extra?: string) => Proposal,
): void {
  const text = ctx.sentence.text;
  for (const p of ctx.mentions.filter((m) => m.label === 'Person')) {
    const org = [...ctx.mentions]
      .reverse()
      .find((o) => (o.label === 'Agency' || o.label === 'Organisation') && o.end <= p.start && p.start - o.end <= 30);
    if (!org) continue;
    if (!/^\s*(?:\([^)]*\))?\s*,\s*(?:Mr|Ms|Mrs|Miss|Dr|Madam)?\.?\s*$/.test(text.slice(org.end, p.start))) continue;
    const before = text.slice(Math.max(0, org.start - 40), org.start);
    const t = HEAD_TITLE.exec(before);
    if (
      !t ||
      /\b(?:Vice|Deputy|Assistant|Acting|Under)[- ]$/i.test(before.slice(0, t.index + 1).trimEnd() + ' ') ||
      /(?:Vice|Deputy|Assistant|Acting|Under)[- ]?$/i.test(before.slice(0, t.index))
    )
      continue;
    emit({
      kind: 'relationship',
      type: 'HEADS',
      from: endOf(p, ctx),
      to: endOf(org, ctx),
      properties: { title: `${t[1]} of ${org.name}` },
      rule: 'en.title-of',
      confidence: 0.7,
    });
  }
  // HELD_IN: "the 8th ICAC Symposium in Hong Kong", "held in Vienna, Austria", 於哈薩克斯坦阿斯塔納舉行的……年會.
  for (const e of ctx.mentions.filter((m) => m.label === 'Event')) {
    if (ctx.lang === 'en') {
      const j = ctx.mentions.find(
        (m) =>
          m.label === 'Jurisdiction' &&
          m.start > e.end &&
          m.start - e.end <= 160 &&
          /^["”]?(?:\s*\([^)]*\))?(?:[^.;"”]{0,120}?\b(?:held|took place|hosted by [^.;,]{0,60}?))?\s+(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w-]+(?:\s+of\s+[A-Z][\w-]+)?,\s+)?$/.test(
            text.slice(e.end, m.start),
          ) &&
          !ctx.mentions.some((x) => x.label === 'Event' && x.start > e.end && x.start < m.start),
      );
      if (j)
        emit({
          kind: 'relationship',
          type: 'HELD_IN',
          from: endOf(e, ctx),
          to: endOf(j, ctx),
          properties: {},
          rule: 'en.held-in',
          confidence: 0.6,
        });
    } else {
      const o = [...ctx.mentions]
        .reverse()
        .find((m) => (m.label === 'Organisation' || m.label === 'Agency') && m.end <= e.start && /^[“"]$/.test(text.slice(m.end, e.start)));
      if (o)
        emit({
          kind: 'relationship',
          type: 'HOSTED',
          from: endOf(o, ctx),
          to: endOf(e, ctx),
          properties: { role: 'organiser' },
          rule: 'zh.organiser-prefix',
          confidence: 0.5,
        });
      const j = [...ctx.mentions]
        .reverse()
        .find(
          (m) =>
            m.label === 'Jurisdiction' &&
            m.end <= e.start &&
            /^[^，。；]{0,8}?舉行的?[^，。；]{0,12}$/.test(text.slice(m.end, e.start)) &&
            /[在於]\s*$/.test(text.slice(Math.max(0, m.start - 2), m.start)),
        );
      if (j)
        emit({
          kind: 'relationship',
          type: 'HELD_IN',
          from: endOf(e, ctx),
          to: endOf(j, ctx),
          properties: {},
          rule: 'zh.held-in',
          confidence: 0.6,
        });
    }
  }
  // LOCATED_IN / PART_OF / HELD_IN of new entities, where the text says.
  for (const m of ctx.mentions) {
    const n = m.newKey ? ctx.newEntities.get(m.newKey) : undefined;
    if (!n || n.start !== m.start) continue;
    if (n.locatedIn) {
      const type: RelType = n.label === 'Event' ? 'HELD_IN' : 'LOCATED_IN';
      if (n.label !== 'Person')
        emit({
          kind: 'relationship',
          type,
          from: endOf(n, ctx),
          to: endOf(n.locatedIn, ctx),
          properties: {},
          rule: `${n.rule}.${type === 'HELD_IN' ? 'held-in' : 'located-in'}`,
          confidence: round(n.confidence),
        });
    }
    if (n.partOf)
      emit({
        kind: 'relationship',
        type: 'PART_OF',
        from: endOf(n, ctx),
        to: endOf(n.partOf, ctx),
        properties: {},
        rule: `${n.rule}.part-of`,
        confidence: round(n.confidence),
      });
  }
}

/** Counts: MembershipCount for members of an organisation, Statistic for other figures, each linked to what it counts. */
export function countFacts(
  ctx: SentenceContext,
  docDate: string | undefined,
  emit: (p: Omit<Proposal, 'id' | 'status' | 'evidence' | 'offsets'>, extra?: string) => Proposal,
): void {
  const text = ctx.sentence.text;
  for (const c of ctx.counts) {
    const membership = c.membership;
    const labels: NodeLabel[] = membership ? ['Organisation', 'Agreement'] : ['Event', 'Organisation', 'Agency'];
    const candidates = ctx.mentions.filter((m) => labels.includes(m.label));
    // A membership: the first organisation of the sentence (its subject); another figure: the nearest before it; else "it".
    let owner: Mention | undefined = membership
      ? candidates[0]
      : ([...candidates].reverse().find((m) => m.end <= c.start) ?? candidates[0]);
    if (!owner && /\b(?:it|its)\b|其/.test(text)) owner = ctx.previous.find((m) => labels.includes(m.label));
    if (!owner) continue;
    // "grew from 122 in early 2022 ... to 180": the later figure is the document's own time.
    const date = (c.latest ? docDate : pickDate(ctx.dates, c.start)?.value) ?? docDate;
    const label: NodeLabel = membership && owner.label !== 'Event' && owner.label !== 'Agency' ? 'MembershipCount' : 'Statistic';
    const name = `${owner.name}: ${c.qualifier === '≥' ? 'over ' : c.qualifier === '≈' ? 'about ' : c.qualifier === '≤' ? 'up to ' : ''}${c.count} ${c.unit}${date ? ` (${date})` : ''}`;
    emit(
      {
        kind: 'count',
        label,
        from: endOf(owner, ctx),
        to: { name, label },
        properties: {
          name,
          count: c.count,
          unit: c.unit,
          qualifier: c.qualifier,
          ...(c.qualifier === '≥' ? { lowerBound: true } : {}),
          ...(c.qualifier === '≈' ? { approx: true } : {}),
          ...(date ? { date } : {}),
        },
        rule: `${ctx.lang}.count`,
        confidence: membership ? 0.7 : 0.5,
      },
      `${c.start}`,
    );
  }
}
