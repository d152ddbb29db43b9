// Breaking a caption into lines that fit a width, with the width of a string given by the
// caller (a canvas's measureText in the browser, a fake in tests). Breaks on spaces, and anywhere
// between CJK characters (they have no spaces); a single word wider than the line stays whole.

const CJK = '\\u3000-\\u9fff\\uff00-\\uffef';
// Line-breaking rules for Chinese: an opening bracket stays with the character after it, closing
// punctuation with the one before (no line starts with "）" or ends with "（").
const OPEN = '（《「『〈【〔';
const CLOSE = '）》」』〉】〕、。，：；！？';
const TOKENS = new RegExp(`[${CJK}]|[^\\s${CJK}]+\\s*|\\s+`, 'g');

/** Break opportunities: words, single CJK characters, with brackets and punctuation glued on. */
function tokens(text: string): string[] {
  const raw = text.match(TOKENS) ?? [text];
  const out: string[] = [];
  let pending = '';
  for (const tok of raw) {
    if (OPEN.includes(tok)) {
      pending += tok;
      continue;
    }
    const t = pending + tok;
    pending = '';
    if (out.length && CLOSE.includes(t[0]!)) out[out.length - 1] += t;
    else out.push(t);
  }
  if (pending) out.push(pending);
  return out;
}

export type Measure = (text: string) => number;

export function wrapText(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens(text)) {
    const next = line + tok;
    if (measure(next.trimEnd()) > width && line.trim()) {
      lines.push(line.trimEnd());
      line = tok.trimStart();
    } else {
      line = next;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  // A separator dot neither starts nor ends a line ("MoU ·" / "ICAC–UNODC" reads as a list).
  return lines.map((l) => l.replace(/^·\s+/, '').replace(/\s+·$/, '')).filter(Boolean);
}

/** The first `maxLines` lines of `text` wrapped to `width`; the last one ends with "…" when text was left out (and still fits). */
export function wrapLines(text: string, width: number, maxLines: number, measure: Measure): { lines: string[]; cut: boolean } {
  const all = wrapText(text, width, measure);
  if (all.length <= maxLines) return { lines: all, cut: false };
  const lines = all.slice(0, maxLines);
  let last = lines[maxLines - 1]!.replace(/[\s,;:(–—·-]+$/, '').replace(/…$/, '');
  while (last.length > 1 && measure(`${last}…`) > width) last = last.slice(0, -1).trimEnd();
  lines[maxLines - 1] = `${last}…`;
  return { lines, cut: true };
}
