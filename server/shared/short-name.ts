// Short display names for entities whose names do not fit under a node on the canvas: generated
// by a rule from the data (never curated, never a fact), distinct from each other, and used only
// for captions; details and tooltips always show the full name. The rule (documented in the
// README, "Short names"):
// - Agreements whose name is longer than AGREEMENT_NAME_MAX characters and events whose name is
//   longer than SHORT_NAME_MAX (about three caption lines; Chinese: SHORT_NAME_MAX_ZH) get one.
// - An agreement signed by one or two parties is named by its kind, its counterpart and its date:
//   "MoU · Maldives · 2024-09". The counterpart is the party with fewer agreements in the graph
//   (the ICAC's seven MoUs are told apart by the other party; the canvas draws both ends anyway),
//   named by its acronym, else the place it is located in when its name is a generic description
//   of an agency of that place, else its name. In Chinese: "馬爾代夫諒解備忘錄（2024年9月）" (a
//   Chinese name longer than six characters gives way to the acronym).
// - Any other long name: names of organisations and agreements inside it are replaced by their
//   acronyms, a trailing parenthesis is dropped, the rest is cut at a word boundary, and the year
//   is added when the text does not already give it: "2024 regional conference of the ADB/OECD
//   ACI", "Meeting of the Open-ended Intergovernmental Working… (2023)".
// - Names that come out the same are told apart by the month, then by a running number.
// Pure: the server computes them at load time (server/graph/short-names.ts); the client only reads them.

export const SHORT_NAME_MAX = 48;
export const SHORT_NAME_MAX_ZH = 26;
export const AGREEMENT_NAME_MAX = 30;

export interface Party {
  name: string;
  nameZh?: string;
  acronym?: string;
  /** Where it is located (LOCATED_IN), when that is known. */
  place?: string;
  placeZh?: string;
}

export interface ShortNameInput {
  id: string;
  label: string;
  name: string;
  nameZh?: string;
  kind?: string;
  /** ISO date, possibly partial: `date` of an agreement, `startDate` of an event. */
  date?: string;
  /** The signatories of an agreement, the one with more agreements in the graph first. */
  parties?: Party[];
}

export interface ShortName {
  shortName?: string;
  shortNameZh?: string;
}

/** Long names of other entities and the acronyms that stand for them inside a name. */
export type AcronymTable = readonly { name: string; acronym: string }[];

const KIND_EN: Record<string, string> = {
  mou: 'MoU',
  arrangement: 'Arrangement',
  plan: 'Co-operation plan',
  declaration: 'Declaration',
  convention: 'Convention',
};
const KIND_ZH: Record<string, string> = {
  mou: '諒解備忘錄',
  arrangement: '合作安排',
  plan: '合作計劃',
  declaration: '宣言',
  convention: '公約',
};

const yearOf = (date?: string) => (date && /^\d{4}/.test(date) ? date.slice(0, 4) : undefined);
const monthOf = (date?: string) => (date && /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : undefined);

/** "2024-09" → "2024年9月"; "2024" → "2024年". */
function dateZh(date?: string): string | undefined {
  const m = date ? /^(\d{4})(?:-(\d{2}))?/.exec(date) : null;
  if (!m) return undefined;
  return m[2] ? `${m[1]}年${Number(m[2])}月` : `${m[1]}年`;
}

/** Cuts `s` to at most `max` characters at a word boundary (anywhere in CJK text) and adds an ellipsis. */
export function cutAtWord(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const head = space > max * 0.4 ? cut.slice(0, space) : cut;
  // A caption does not end on "of the" or a dash.
  return `${head.replace(/(\s+(the|of|and|for|on|to|in|at|a|an))+$/i, '').replace(/[\s,;:(–—-]+$/, '')}…`;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces the long names of other entities inside `name` by their acronyms (longest first). */
export function withAcronyms(name: string, table: AcronymTable): string {
  let out = name;
  for (const { name: long, acronym } of [...table].sort((a, b) => b.name.length - a.name.length)) {
    if (long.length <= acronym.length + 4 || !out.includes(long)) continue;
    // "the UNCAC" stays "the UNCAC"; "of the Anti-Corruption Initiative …" becomes "of the ACI".
    out = out.replace(new RegExp(`\\b${escapeRe(long)}\\b`, 'g'), acronym);
  }
  return out;
}

/** A generic description of an agency of a place ("Anti-corruption agency of Maldives"): the place says it better. */
function partyCaption(c: Party, zh: boolean): string {
  // A long Chinese name gives way to the acronym (聯合國毒品和犯罪問題辦公室 → UNODC): the caption must fit.
  if (zh) return (c.nameZh && c.nameZh.length > 6 && c.acronym ? c.acronym : c.nameZh) ?? c.placeZh ?? c.acronym ?? c.place ?? c.name;
  if (c.acronym) return c.acronym;
  if (c.place && new RegExp(`\\bof (the )?${escapeRe(c.place)}$`, 'i').test(c.name)) return c.place;
  return c.name;
}

function agreementNames(n: ShortNameInput): ShortName | undefined {
  const parties = n.parties ?? [];
  if (parties.length < 1 || parties.length > 2 || !n.kind || !KIND_EN[n.kind]) return undefined;
  const month = monthOf(n.date) ?? yearOf(n.date);
  const counterpart = parties[parties.length - 1]!;
  const en = [KIND_EN[n.kind], partyCaption(counterpart, false), month].filter(Boolean).join(' · ');
  const zhDate = dateZh(n.date);
  const zh = `${partyCaption(counterpart, true)}${KIND_ZH[n.kind]}${zhDate ? `（${zhDate}）` : ''}`;
  return { shortName: en, shortNameZh: zh };
}

function genericName(n: ShortNameInput, acronyms: AcronymTable): string {
  let base = withAcronyms(n.name, acronyms).trim();
  const year = yearOf(n.date);
  // A trailing parenthesis holds a place, a year or the parent event: the caption can do without.
  const stripped = base.replace(/\s*\([^()]*\)$/, '').trim();
  if (stripped.length >= 8) base = stripped;
  const needsYear = year && !base.includes(year);
  const text = cutAtWord(base, SHORT_NAME_MAX);
  return needsYear ? `${text} (${year})` : text;
}

/** The short names of one entity, before names that came out the same are told apart. */
export function shortNameOf(n: ShortNameInput, acronyms: AcronymTable = []): ShortName {
  if (n.label !== 'Agreement' && n.label !== 'Event') return {};
  const out: ShortName = {};
  const isAgreement = n.label === 'Agreement';
  const longEn = n.name.length > (isAgreement ? AGREEMENT_NAME_MAX : SHORT_NAME_MAX);
  const longZh = !!n.nameZh && n.nameZh.length > SHORT_NAME_MAX_ZH;
  const agreement = isAgreement && (longEn || longZh) ? agreementNames(n) : undefined;
  if (longEn) out.shortName = agreement?.shortName ?? genericName(n, acronyms);
  if (n.nameZh) {
    if (longZh) out.shortNameZh = agreement?.shortNameZh ?? cutAtWord(n.nameZh, SHORT_NAME_MAX_ZH);
  } else if (agreement?.shortNameZh) {
    // No Chinese name of its own: the rule's Chinese form is built from the counterpart's names.
    out.shortNameZh = agreement.shortNameZh;
  }
  return out;
}

/**
 * Short names for a set of entities, told apart where they come out the same (or the same as
 * another entity's full name): first by the month of their date, then by a running number.
 */
export function shortNames(inputs: readonly ShortNameInput[], acronyms: AcronymTable = []): Map<string, ShortName> {
  const out = new Map<string, ShortName>();
  for (const n of inputs) out.set(n.id, shortNameOf(n, acronyms));
  for (const field of ['shortName', 'shortNameZh'] as const) {
    const byText = new Map<string, ShortNameInput[]>();
    for (const n of inputs) {
      const s = out.get(n.id)![field];
      if (!s) continue;
      const list = byText.get(s) ?? [];
      list.push(n);
      byText.set(s, list);
    }
    for (const [text, group] of byText) {
      if (group.length < 2) continue;
      const sorted = [...group].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));
      const months = sorted.map((n) => monthOf(n.date));
      const distinctMonths = new Set(months).size === sorted.length && months.every(Boolean) && !text.includes(months[0]!);
      sorted.forEach((n, i) => {
        const tag = distinctMonths ? (field === 'shortName' ? months[i] : dateZh(months[i])) : String(i + 1);
        out.get(n.id)![field] = `${text} [${tag}]`;
      });
    }
  }
  return out;
}
