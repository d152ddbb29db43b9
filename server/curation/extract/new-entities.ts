// Entities the graph does not know yet, found by the shape of their names:
// - English: a capitalised name with a head noun ("... Commission / Agency / Bureau / Authority /
//   Department / Office / Ministry ...", "... Association / Academy / Network ...", "... Conference
//   / Symposium / Forum ..."), or a quoted one ("the "Coding4Integrity ... Hackathon"");
// - Chinese: a run of characters ending in 委員會 / 局 / 署 / 部 / 廳 / 辦公室 / 學院 / 協會 ...,
//   or a quoted “...” name ending in 會議 / 論壇 / 研討會;
// - people: "Mr / Ms / Dr / the Hon" and a full name, with the title written before it;
// - an anti-corruption agency named by its country: "the ACAs of Indonesia and Senegal",
//   "ACAs from two additional B&R countries (Indonesia and Maldives)", 南非的反貪機構.
// Each becomes a mention with a `newKey` (its node proposal), with an acronym or Chinese name when
// the text gives one in brackets, and the jurisdiction it is in when the text says so.
import type { NodeLabel } from '../../shared/vocabulary.ts';
import { normaliseName, type Mention } from './mentions.ts';

export interface NewEntity extends Mention {
  newKey: string;
  properties: Record<string, unknown>;
  /** Where the text says the entity is (a jurisdiction mention), for LOCATED_IN / HELD_IN. */
  locatedIn?: Mention;
  /** The known entity it is a part of ("X of the APEC"), for PART_OF. */
  partOf?: Mention;
  /** The rule that found it. */
  rule: string;
  confidence: number;
  title?: string;
}

const AGENCY_HEADS =
  'Commission|Agency|Bureau|Authority|Department|Office|Ministry|Procuratorate|Police|Court|Administration|Council|Inspectorate|Directorate';
const ORG_HEADS =
  'Association|Organisation|Organization|Institute|Academy|Network|Initiative|Bank|Board|Group|Union|Federation|Foundation|Secretariat|Alliance|Centre|Center';
const EVENT_HEADS = 'Conference|Symposium|Summit|Forum|Meeting|Workshop|Seminar|Hackathon|Session|Congress|Ceremony|Dialogue';
const HEAD_RE = new RegExp(`^(?:${AGENCY_HEADS}|${ORG_HEADS}|${EVENT_HEADS})s?$`);
const labelOfHead = (head: string): NodeLabel =>
  new RegExp(`^(?:${EVENT_HEADS})`).test(head) ? 'Event' : new RegExp(`^(?:${ORG_HEADS})`).test(head) ? 'Organisation' : 'Agency';

// Words that start a title or a sentence, not a name: dropped from the front of a phrase.
const LEADING_STOP = new Set(
  'The A An This That These Those Its Their His Her Our In On At By For From With During Following After Before Since As Under Through Apart Besides Also Both Each Every Some Many Other Such Report Question Reply President Secretary Director Minister Chief Commissioner Premier Deputy Vice Vice-Minister Head Heads Members Member Assistant Acting Executive Hon Mr Ms Mrs Dr Work Hosting Taking Looking Beyond Mainland Guest Past Chairman Chairperson Prosecutor Attorney Justice Judge Officers Representatives Delegates Leaders Director-General Secretary-General Presidency Vice-Chair Vice-Chairperson Chair Between Ends Issued Today January February March April May June July August September October November December'.split(
    ' ',
  ),
);
const WORD = String.raw`(?:\d+(?:st|nd|rd|th)|(?:19|20)\d\d|[A-Z][\w'’&/.-]*[\w&](?:['’]s?)?)`;
const CONNECT = String.raw`(?:of(?:\s+the)?|for(?:\s+the)?|on(?:\s+the)?|against|Against|and(?:\s+the)?|&|in(?:\s+the)?|to(?:\s+the)?)`;
const PHRASE_RE = new RegExp(String.raw`${WORD}(?:\s+(?:${CONNECT}\s+)?${WORD})*`, 'g');

const ZH_AGENCY = '委員會|諮詢局|辦公室|檢察院|法院|總署|公署|局|署|廳|部';
const ZH_ORG = '學院|研究所|協會|聯合會|組織|網絡|工作小組|銀行';
const ZH_EVENT = '會議|論壇|研討會|年會|峰會|工作坊';
const ZH_STOP_CHAR = /[與和及的在於為由向對到了是、，。；：「」“”《》（）()\s\d亦並將已曾均獲年月日]/;
const ZH_GENERIC =
  /^(?:進一步|擴闊|更多)*(?:國際|海外|全球|世界各地|各地|各國|其他|相關|當地|地區|區域|國家|內地|本地|非政治性)*(?:反貪|廉政|反腐敗|反腐|執法|誠信)*(?:機構|組織|網絡|部門|機關)$/;
const ZH_STOP_WORDS =
  '出席 參加 參與 舉辦 舉行 合辦 簽署 簽訂 成立 加入 擔任 透過 通過 支持 邀請 帶領 率團 代表 協助 聯同 攜手 分別 以及 會見 前往 到訪 接待 包括 其中 作為 身分 派員 成員 全力 編製 設於 出任 當選 擔任 執行 促進 積極 拓展 擴闊'.split(
    ' ',
  );

const slugPart = (s: string) =>
  normaliseName(s)
    .replace(/[^a-z0-9\u3400-\u9fff]+/g, '')
    .slice(0, 60);

function bracketAfter(text: string, end: number): { inner: string; end: number } | undefined {
  const m = /^\s*[(（]([^()（）]{1,60})[)）]/.exec(text.slice(end));
  return m ? { inner: m[1].trim(), end: end + m[0].length } : undefined;
}

function overlapsKnown(known: Mention[], s: number, e: number): Mention | undefined {
  return known.find((k) => s < k.end && e > k.start);
}

const MONTH_TAIL = /\s+(?:on|in|of)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
const hasHead = (s: string) => s.split(/\s+/).some((w) => HEAD_RE.test(w.replace(/[’']s$/, '')));

/** Capitalised phrases, split where "and (the)" joins two names that each have a head noun ("the Civil Service Bureau and the Office of the Ombudsman"). */
function splitCoordinated(sentence: string, known: Mention[]): { 0: string; index: number }[] {
  const out: { 0: string; index: number }[] = [];
  for (const m of sentence.matchAll(PHRASE_RE)) {
    let text = m[0].replace(MONTH_TAIL, '');
    let index = m.index;
    for (;;) {
      const parts = [...text.matchAll(/\s+and\s+(?:the\s+)?/g)].find((a) => {
        const left = text.slice(0, a.index);
        const right = text.slice(a.index + a[0].length);
        const leftEnd = index + a.index;
        const rightStart = index + a.index + a[0].length;
        const lastWord = left.split(/\s+/).pop() ?? '';
        return (
          (HEAD_RE.test(lastWord) && hasHead(right)) ||
          (/the\s+$/.test(a[0]) && hasHead(left) && hasHead(right)) ||
          LEADING_STOP.has(right.split(/\s+/)[0]) ||
          known.some((k) => k.end === leftEnd) ||
          known.some((k) => k.start === rightStart)
        );
      });
      if (!parts) break;
      out.push({ 0: text.slice(0, parts.index), index });
      const cut = parts.index + parts[0].length;
      index += cut;
      text = text.slice(cut);
    }
    out.push({ 0: text, index });
  }
  return out;
}

/** English names with a head noun, quoted names, people, and "ACAs of X". */
export function findNewEntities(sentence: string, known: Mention[], lang: 'en' | 'zh'): NewEntity[] {
  const out: NewEntity[] = [];
  const jurisdictions = known.filter((k) => k.label === 'Jurisdiction');
  const push = (n: NewEntity) => {
    if (!out.some((o) => n.start < o.end && n.end > o.start)) out.push(n);
  };
  const add = (
    name: string,
    label: NodeLabel,
    start: number,
    end: number,
    rule: string,
    confidence: number,
    extra: Partial<NewEntity> = {},
  ) => {
    const clean = name.replace(/^the\s+/i, '').trim();
    if (clean.length < 3) return;
    const inner = known.filter((k) => k.start >= start && k.end <= end);
    // A known name covering the whole phrase is a known mention, not a new entity.
    if (inner.some((k) => k.start <= start + 4 && k.end >= end - 1)) return;
    if (known.some((k) => k.start < start && k.end > start) || known.some((k) => k.start < end && k.end > end)) return;
    const properties: Record<string, unknown> = { name: clean };
    let stop = end;
    const br = bracketAfter(sentence, end);
    if (br) {
      if (/[\u3400-\u9fff]/.test(br.inner)) properties.nameZh = br.inner;
      else if (
        /^[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}$/.test(br.inner) &&
        br.inner.length <= 30 &&
        !overlapsKnown(known, br.end - br.inner.length - 1, br.end - 1)
      ) {
        properties.acronym = br.inner;
        properties.aliases = [br.inner];
      }
      if (properties.nameZh || properties.acronym) stop = br.end;
    }
    const located = inner.find((k) => k.label === 'Jurisdiction' && (k.end >= end - 1 || k.start <= start + 1));
    const partOf = inner.find((k) => k.label === label && k.end >= end - 1 && k.start > start);
    push({
      start,
      end: stop,
      text: sentence.slice(start, stop),
      name: clean,
      ...(typeof properties.nameZh === 'string' ? { nameZh: properties.nameZh } : {}),
      label,
      newKey: `${label}:${slugPart(clean)}`,
      properties,
      ...(located && label !== 'Event' ? { locatedIn: located } : {}),
      ...(located && label === 'Event' ? { locatedIn: located } : {}),
      ...(partOf ? { partOf } : {}),
      rule,
      confidence,
      ...extra,
    });
  };

  // "ACAs of Indonesia and Senegal", "ACAs from two additional B&R countries (Indonesia and Maldives)".
  const acaEn =
    /\b(?:the\s+)?(?:ACAs?|anti-corruption agenc(?:y|ies)|anti-corruption authorit(?:y|ies))\s+(?:of|from|in)\s+(?:(?:the\s+)?(?:two|three|four|five|six|\d+)\s+(?:additional\s+)?(?:B&R\s+|Belt and Road\s+)?countries\s*\(\s*)?/gi;
  const acaZh = /[）)]?\s*的?\s*反貪(?:機構|部門)/g;
  const acaFor = (j: Mention, start: number, end: number) => {
    const name = `Anti-corruption agency of ${j.name}`;
    push({
      start,
      end,
      text: sentence.slice(start, end),
      name,
      ...(j.nameZh ? { nameZh: `${j.nameZh}反貪機構` } : {}),
      label: 'Agency',
      newKey: `Agency:${slugPart(name)}`,
      properties: { name, kind: 'anti-corruption' },
      locatedIn: j,
      synthetic: true,
      rule: `${lang}.aca-of-jurisdiction`,
      confidence: 0.7,
    });
  };
  if (lang === 'en') {
    for (const m of sentence.matchAll(acaEn)) {
      let at = m.index + m[0].length;
      let first = true;
      for (const j of jurisdictions.filter((k) => k.start >= at)) {
        const gap = sentence.slice(at, j.start);
        if (!(first ? /^\s*(the\s+)?$/i : /^[\s,]*(and\s+)?(the\s+)?$/i).test(gap)) break;
        acaFor(j, first ? m.index : j.start, j.end);
        at = j.end;
        first = false;
      }
    }
  } else {
    for (const m of sentence.matchAll(acaZh)) {
      let at = m.index;
      const before = jurisdictions.filter((k) => k.end <= at).reverse();
      let last = true;
      for (const j of before) {
        const gap = sentence.slice(j.end, at);
        if (!/^[、，,及和與以\s]*$/.test(gap)) break;
        acaFor(j, j.start, last ? m.index + m[0].length : j.end);
        at = j.start;
        last = false;
      }
    }
  }

  // Quoted names: the "Coding4Integrity Asian Youth Anti-Corruption Hackathon", “一帶一路高峰論壇”.
  for (const m of sentence.matchAll(/["“「]([^"“”「」]{4,160})["”」]/g)) {
    const inner = m[1].trim();
    const head = inner.split(/\s+/).find((w) => HEAD_RE.test(w.replace(/[’']s$/, '')));
    const zh = new RegExp(`(${ZH_EVENT}|${ZH_ORG}|${ZH_AGENCY})$`).exec(inner);
    if (head && /^[A-Z0-9]/.test(inner)) add(inner, labelOfHead(head), m.index + 1, m.index + 1 + inner.length, 'en.quoted-name', 0.6);
    else if (zh)
      add(
        inner,
        new RegExp(`^(?:${ZH_EVENT})$`).test(zh[1]) ? 'Event' : new RegExp(`^(?:${ZH_ORG})$`).test(zh[1]) ? 'Organisation' : 'Agency',
        m.index + 1,
        m.index + 1 + inner.length,
        'zh.quoted-name',
        0.5,
      );
  }

  if (lang === 'en') {
    // People: "the Secretary for Security, Mr Tang Ping-keung", "the Hon Chan Chun-ying".
    for (const m of sentence.matchAll(
      /\b(?:Mr|Ms|Mrs|Miss|Dr|Madam|Hon)\.?\s+([A-Z][a-z]+(?:-[a-z]+)?(?:\s+[A-Z][a-z]+(?:-[a-z]+)?){1,3})/g,
    )) {
      const start = m.index + m[0].indexOf(m[1]);
      const end = start + m[1].length;
      if (overlapsKnown(known, start, end)) continue;
      const title = /(?:the\s+)?((?:Acting\s+)?[A-Z][\w-]*(?:\s+(?:of|for|the|and|on|[A-Z][\w'’&-]*))*),\s*$/.exec(
        sentence.slice(Math.max(0, m.index - 120), m.index),
      )?.[1];
      const name = m[1];
      push({
        start,
        end,
        text: name,
        name,
        label: 'Person',
        newKey: `Person:${slugPart(name)}`,
        properties: { name, ...(title ? { title } : {}) },
        rule: 'en.person',
        confidence: 0.7,
        ...(title ? { title } : {}),
      });
    }
    // Capitalised names with a head noun.
    for (const m of splitCoordinated(sentence, known)) {
      let words = m[0].split(/\s+/);
      let start = m.index;
      // Drop leading titles and sentence openers ("Director of the ...", "The ...").
      while (
        words.length &&
        (LEADING_STOP.has(words[0].replace(/[’']s$/, '')) ||
          /^(of|for|on|the|and|in|to|against)$/.test(words[0]) ||
          (/^\d{4}$/.test(words[0]) && /^(of|for|on|in|to|and)$/.test(words[1] ?? '')))
      ) {
        const w = words.shift() as string;
        start = sentence.indexOf(words[0] ?? '', start + w.length);
      }
      if (!words.length || start < 0) continue;
      // Possessive owner: "Maldives' Anti-Corruption Commission", "GlobE Network's Steering Committee".
      let owner: Mention | undefined;
      const text = sentence.slice(start, m.index + m[0].length);
      const poss = /^(.+?)(?:’s|'s|s'|s’)\s+/.exec(text);
      if (poss) {
        owner = known.find((k) => k.start === start && k.end >= start + poss[1].length);
        if (owner) {
          const cut = poss[0].length;
          start += cut;
          words = sentence.slice(start, m.index + m[0].length).split(/\s+/);
        }
      }
      // The head: the last head noun after which only a connector phrase follows.
      let headAt = -1;
      for (let i = words.length - 1; i >= 0; i--) {
        if (
          HEAD_RE.test(words[i].replace(/[’']s$/, '')) &&
          (i === words.length - 1 || /^(of|for|on|against|Against|in|to)$/.test(words[i + 1]))
        ) {
          headAt = i;
          break;
        }
      }
      if (headAt < 0 || words.length < 2) continue;
      let end = m.index + m[0].length;
      // Stop a trailing "in <Jurisdiction>" (where it was held), keep "of <Jurisdiction>" (whose it is).
      const phrase = sentence.slice(start, end);
      const inAt = phrase.search(/\s+in\s+(?:the\s+)?[A-Z]/);
      if (inAt > 0 && headAt < words.length - 1) end = start + inAt;
      const name = sentence.slice(start, end);
      const label = labelOfHead(words[headAt].replace(/[’']s$/, ''));
      const whose = owner && owner.label === 'Jurisdiction' ? owner : undefined;
      add(whose ? `${name} of ${whose.name}` : name, label, start, end, 'en.named-entity', 0.5, {
        ...(whose ? { locatedIn: whose } : {}),
        ...(owner && owner.label !== 'Jurisdiction' && owner.label === label ? { partOf: owner } : {}),
      });
    }
  } else {
    // Chinese names by their suffix: 南非國家反貪諮詢局, 廣東省監察委員會.
    const re = new RegExp(`(${ZH_AGENCY}|${ZH_ORG})`, 'g');
    for (const m of sentence.matchAll(re)) {
      const end = m.index + m[0].length;
      let start = m.index;
      while (start > 0 && end - start < 16 && /[\u3400-\u9fff]/.test(sentence[start - 1]) && !ZH_STOP_CHAR.test(sentence[start - 1]))
        start--;
      // A stop word right before the name ("出席", "舉辦") ends it: cut after the last one.
      const head = sentence.slice(start, m.index);
      let cutEnd = -1;
      for (const w of ZH_STOP_WORDS) {
        const i = head.lastIndexOf(w);
        if (i >= 0) cutEnd = Math.max(cutEnd, i + w.length);
      }
      if (cutEnd >= 0) start += cutEnd;
      const name = sentence.slice(start, end);
      if (name.length < 4 || ZH_GENERIC.test(name) || known.some((k) => k.end > m.index && k.start < end)) continue;
      const label: NodeLabel = new RegExp(`(${ZH_ORG})$`).test(name) ? 'Organisation' : 'Agency';
      const located = known.find((k) => k.label === 'Jurisdiction' && k.start === start);
      add(name, label, start, end, 'zh.named-entity', 0.35, located ? { locatedIn: located } : {});
    }
  }
  // Names written "English (中文)" or "中文（簡稱）" are recorded on the node proposal by `add`.
  return out.sort((a, b) => a.start - b.start);
}
