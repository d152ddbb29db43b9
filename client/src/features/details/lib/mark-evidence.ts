// Marks the evidence sentences inside a source document's text (the source view highlights them).

/** Splits a text into plain and marked runs, marking every evidence sentence found in it. */
export function markEvidence(text: string, evidence: string[]): { text: string; mark: boolean }[] {
  const ranges: [number, number][] = [];
  for (const ev of new Set(evidence.filter((e) => e && e.length >= 8))) {
    let i = text.indexOf(ev);
    while (i >= 0) {
      ranges.push([i, i + ev.length]);
      i = text.indexOf(ev, i + ev.length);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  const out: { text: string; mark: boolean }[] = [];
  let pos = 0;
  for (const [a, b] of merged) {
    if (a > pos) out.push({ text: text.slice(pos, a), mark: false });
    out.push({ text: text.slice(a, b), mark: true });
    pos = b;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), mark: false });
  return out;
}
