// Sentence splitting with offsets into the original text, for English and Chinese. A sentence ends
// at . ! ? followed by a space and a capital, digit, quote or Han character (not after a title such
// as "Mr." or an initial), at Chinese 。！？； and at a line break — unless the line break falls
// inside a sentence (the line before ends in a lower-case letter or a comma and the next begins in
// lower case, as in hard-wrapped text).

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph (blank-line separated block or line) the sentence is in. */
  paragraph: number;
}

const ABBREVIATIONS = new Set([
  'mr',
  'ms',
  'mrs',
  'dr',
  'prof',
  'no',
  'nos',
  'st',
  'e.g',
  'i.e',
  'etc',
  'vs',
  'jr',
  'sr',
  'co',
  'inc',
  'ltd',
  'art',
]);
const CJK_END = new Set(['。', '！', '？', '；']);
const CLOSERS = /["'”’」』）)\]]/;

function isBreakAfterPeriod(text: string, i: number): boolean {
  // i is the index of . ! or ?; look past closing quotes/brackets, then require space + a sentence start.
  let j = i + 1;
  while (j < text.length && CLOSERS.test(text[j])) j++;
  if (j >= text.length) return true;
  if (!/\s/.test(text[j])) return false;
  while (j < text.length && /[ \t]/.test(text[j])) j++;
  if (j >= text.length || text[j] === '\n' || text[j] === '\r') return true;
  if (!/[A-Z0-9"“'‘(\u3400-\u9fff]/.test(text[j])) return false;
  if (text[i] !== '.') return true;
  const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, i - 6), i))?.[1]?.toLowerCase() ?? '';
  if (ABBREVIATIONS.has(word)) return false;
  if (/^[a-z]$/i.test(word) && /[A-Z]/.test(text[i - 1] ?? '')) return false; // an initial: "J. Smith"
  return true;
}

function joinsNextLine(text: string, lineEnd: number, next: number): boolean {
  const before = text.slice(0, lineEnd).trimEnd();
  const last = before[before.length - 1] ?? '';
  return /[a-z,]/.test(last) && /[a-z]/.test(text[next] ?? '');
}

/** Splits `text` into trimmed sentences with [start, end) offsets into it. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) out.push({ text: text.slice(s, e), start: s, end: e, paragraph });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (CJK_END.has(c)) {
      let j = i + 1;
      while (j < text.length && CLOSERS.test(text[j])) j++;
      push(j);
      start = j;
      i = j - 1;
    } else if ((c === '.' || c === '!' || c === '?') && isBreakAfterPeriod(text, i)) {
      let j = i + 1;
      while (j < text.length && CLOSERS.test(text[j])) j++;
      push(j);
      start = j;
      i = j - 1;
    } else if (c === '\n') {
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j])) j++;
      if (j < text.length && joinsNextLine(text, i, j)) continue;
      push(i);
      start = i + 1;
      paragraph++;
    }
  }
  push(text.length);
  return out;
}
