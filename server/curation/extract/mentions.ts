// Mentions of known entities: every English name, Chinese name, acronym and alias of the graph's
// nodes, found in a text whatever its Chinese script (Simplified, Traditional, Hong Kong or Taiwan
// variants: both sides are converted to Hong Kong Traditional with opencc-js), its spacing,
// punctuation and case ("GlobE網絡" = "GlobE 網絡", "co-operation" = "cooperation"). Offsets always
// point into the ORIGINAL text. Where names overlap, the longest wins ("ICAC Symposium" over "ICAC",
// 香港國際廉政學院 over 香港).
import * as OpenCC from 'opencc-js';
import type { KnownEntity } from '../../shared/curation.ts';
import type { NodeLabel } from '../../shared/vocabulary.ts';

export interface Mention {
  start: number;
  end: number;
  /** The words as written in the text. */
  text: string;
  /** The known entity (first of `ids` when the name is ambiguous). */
  id?: string;
  ids?: string[];
  name: string;
  nameZh?: string;
  label: NodeLabel;
  /** Set for an entity the graph does not know (a proposed new node): the key of its node proposal. */
  newKey?: string;
  /** The entity's acronym, for short agreement names. */
  acronym?: string;
  /** True for "ACAs of X" style mentions standing for an agency of a jurisdiction. */
  synthetic?: boolean;
}

const toHk = [OpenCC.Converter({ from: 'tw', to: 'hk' }), OpenCC.Converter({ from: 'cn', to: 'hk' })];

/** Converts Chinese script to Hong Kong Traditional, keeping the length (character by character when a phrase would change it). */
export function toHongKongScript(text: string): string {
  if (!/[\u3400-\u9fff]/.test(text)) return text;
  let out = text;
  for (const c of toHk) out = c(out);
  if (out.length === text.length) return out;
  let chars = '';
  for (const ch of text) {
    let v = ch;
    for (const c of toHk) v = c(v);
    chars += v.length === ch.length ? v : ch;
  }
  return chars;
}

const SKIP = /[\s\p{P}\p{S}]/u;

/** Normalised text (script, case, spacing, punctuation, -ize) and, for each of its characters, the offset in the original. */
export function normalise(text: string): { norm: string; map: number[] } {
  const hk = toHongKongScript(text);
  let norm = '';
  const map: number[] = [];
  for (let i = 0; i < hk.length; i++) {
    const c = hk[i];
    if (SKIP.test(c)) continue;
    // "the" is dropped as a word: "Administration of Customs of (the) People's Republic of China".
    if (
      (c === 't' || c === 'T') &&
      /^the$/i.test(hk.slice(i, i + 3)) &&
      !/[A-Za-z]/.test(hk[i - 1] ?? '') &&
      !/[A-Za-z]/.test(hk[i + 3] ?? '')
    ) {
      i += 2;
      continue;
    }
    const n = c.normalize('NFKC').toLowerCase();
    for (const ch of n) {
      if (SKIP.test(ch)) continue;
      norm += ch;
      map.push(i);
    }
  }
  return { norm: norm.replace(/organiz/g, 'organis').replace(/programme/g, 'program'), map: fixMap(norm, map) };
}
// "programme" -> "program" shortens the string: rebuild the map to match.
function fixMap(norm: string, map: number[]): number[] {
  if (!norm.includes('programme')) return map;
  const out: number[] = [];
  let i = 0;
  while (i < norm.length) {
    if (norm.startsWith('programme', i)) {
      for (let k = 0; k < 7; k++) out.push(map[i + k]);
      i += 9;
    } else out.push(map[i++]);
  }
  return out;
}

export const normaliseName = (name: string): string => normalise(name).norm;

const isLatinWordChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);
const NAMELESS: readonly NodeLabel[] = ['Source', 'MembershipCount', 'Statistic'];

/** The forms under which an entity may be written: its names, aliases and acronym, without a leading "the" or a trailing "(2024)". */
/** People are named again by title and one name: "Mr Wang" (Wang Lingjun), "Ms Ho" (Louise Ho); weaker than a full name. */
export function titleForms(e: KnownEntity): string[] {
  if (e.label !== 'Person' || !/^[A-Z][\w-]+\s+[A-Z][\w-]+$/.test(e.name)) return [];
  return e.name.split(/\s+/).flatMap((part) => ['Mr', 'Ms', 'Mrs', 'Dr'].map((t) => `${t} ${part}`));
}

export function nameForms(e: KnownEntity): string[] {
  const forms = new Set<string>();
  for (const raw of [e.name, e.nameZh, e.acronym, ...(e.aliases ?? [])]) {
    if (!raw) continue;
    forms.add(raw);
    const bare = raw.replace(/^the\s+/i, '').replace(/\s*[(（][^()（）]*[)）]\s*$/, '');
    if (bare.length >= 2) forms.add(bare);
  }
  return [...forms];
}

interface Entry {
  norm: string;
  entities: KnownEntity[];
  latin: boolean;
  /** "Mr Wang": loses to a full name of the same length. */
  weak?: boolean;
  /** Short Latin forms (acronyms) match their case exactly, or in an all-capitals text. */
  exact?: string;
}

/** A matcher over known entities, built once per graph snapshot and reused for every document. */
export class MentionMatcher {
  private readonly byPrefix = new Map<string, Entry[]>();
  readonly entities: KnownEntity[];
  readonly byId = new Map<string, KnownEntity>();

  constructor(known: KnownEntity[]) {
    this.entities = known.filter((e) => !NAMELESS.includes(e.label));
    const entries = new Map<string, Entry>();
    for (const e of this.entities) {
      this.byId.set(e.id, e);
      const weakForms = titleForms(e);
      for (const form of [...nameForms(e), ...weakForms]) {
        const norm = normaliseName(form);
        if (norm.length < 2) continue;
        const latin = /^[a-z0-9]/.test(norm);
        const entry = entries.get(norm) ?? { norm, entities: [], latin, ...(weakForms.includes(form) ? { weak: true } : {}) };
        if (!entry.entities.includes(e)) entry.entities.push(e);
        if (latin && norm.length <= 5) entry.exact = form.replace(SKIP_ALL, '');
        entries.set(norm, entry);
      }
    }
    for (const entry of entries.values()) {
      const key = entry.norm.slice(0, 2);
      const list = this.byPrefix.get(key) ?? [];
      list.push(entry);
      this.byPrefix.set(key, list);
    }
    for (const list of this.byPrefix.values()) list.sort((a, b) => b.norm.length - a.norm.length);
  }

  /** The known entity written exactly this way (any script, spacing or case), if one is. */
  lookup(name: string): KnownEntity | undefined {
    const norm = normaliseName(name);
    return this.byPrefix.get(norm.slice(0, 2))?.find((e) => e.norm === norm)?.entities[0];
  }

  /** Every mention of a known entity in `text`, longest first where they overlap, in text order. */
  find(text: string): Mention[] {
    const { norm, map } = normalise(text);
    const candidates: { s: number; e: number; entry: Entry }[] = [];
    for (let i = 0; i < norm.length - 1; i++) {
      const list = this.byPrefix.get(norm.slice(i, i + 2));
      if (!list) continue;
      for (const entry of list) {
        if (!norm.startsWith(entry.norm, i)) continue;
        const s = map[i];
        const e = map[i + entry.norm.length - 1] + 1;
        if (entry.latin && (isLatinWordChar(text[s - 1]) || isLatinWordChar(text[e]))) continue;
        if (entry.exact) {
          const written = text.slice(s, e).replace(SKIP_ALL, '');
          if (written !== entry.exact && !(written === written.toUpperCase() && written.toUpperCase() === entry.exact.toUpperCase()))
            continue;
        }
        candidates.push({ s, e, entry });
      }
    }
    candidates.sort((a, b) => b.e - b.s - (a.e - a.s) || Number(a.entry.weak ?? false) - Number(b.entry.weak ?? false) || a.s - b.s);
    const chosen: typeof candidates = [];
    for (const c of candidates) if (!chosen.some((o) => c.s < o.e && c.e > o.s)) chosen.push(c);
    chosen.sort((a, b) => a.s - b.s);
    // "the United Nations Office on Drugs and Crime (UNODC)": one mention, the bracket included.
    for (let k = 0; k + 1 < chosen.length; k++) {
      const a = chosen[k];
      const b = chosen[k + 1];
      if (a.entry.entities[0] === b.entry.entities[0] && /^\s*[(（]\s*$/.test(text.slice(a.e, b.s)) && /^\s*[)）]/.test(text.slice(b.e))) {
        a.e = b.e + (/^\s*[)）]/.exec(text.slice(b.e)) as RegExpExecArray)[0].length;
        chosen.splice(k + 1, 1);
      }
    }
    return chosen.map(({ s, e, entry }) => {
      const [first] = entry.entities;
      return {
        start: s,
        end: e,
        text: text.slice(s, e),
        id: first.id,
        ...(entry.entities.length > 1 ? { ids: entry.entities.map((x) => x.id) } : {}),
        name: first.name,
        ...(first.nameZh ? { nameZh: first.nameZh } : {}),
        ...(shortOf(first) ? { acronym: shortOf(first) } : {}),
        label: first.label,
      };
    });
  }
}
const SKIP_ALL = /[\s\p{P}\p{S}]/gu;
const shortOf = (e: KnownEntity): string | undefined =>
  e.acronym ?? e.aliases?.find((a) => /^[A-Z][A-Za-z&]{1,7}$/.test(a) && a.toUpperCase() === a);
