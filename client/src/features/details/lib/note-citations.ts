// Seed notes cite their documents by source id in brackets ("… experience (legco-lcq17-2025); …").
// Split a note into text and citations so the panel renders citations, never raw ids.
// A bracket holding only source ids becomes the citations alone; an id inside other text
// (e.g. "(Deputy Commissioner, icac-ar-2024-ch6)") becomes a citation in place.

export type NotePart = { kind: 'text'; text: string } | { kind: 'cite'; id: string; n: number };

const BRACKET = /\s*\(([^()]*)\)/g;
const TOKEN = /[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)+/g;

export function splitNote(note: string, isSource: (id: string) => boolean): NotePart[] {
  const numbers = new Map<string, number>();
  const cite = (id: string): NotePart => {
    if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
    return { kind: 'cite', id, n: numbers.get(id)! };
  };
  const parts: NotePart[] = [];
  const text = (s: string) => {
    if (!s) return;
    const last = parts[parts.length - 1];
    if (last?.kind === 'text') last.text += s;
    else parts.push({ kind: 'text', text: s });
  };
  const inline = (s: string) => {
    let at = 0;
    for (const m of s.matchAll(TOKEN)) {
      if (!isSource(m[0])) continue;
      text(s.slice(at, m.index));
      parts.push(cite(m[0]));
      at = m.index + m[0].length;
    }
    text(s.slice(at));
  };
  let at = 0;
  for (const m of note.matchAll(BRACKET)) {
    const ids = m[1].split(/[,;]/).map((x) => x.trim());
    if (ids.length === 0 || !ids.every((x) => x && isSource(x))) continue;
    inline(note.slice(at, m.index));
    for (const id of ids) parts.push(cite(id));
    at = m.index + m[0].length;
  }
  inline(note.slice(at));
  return parts;
}
