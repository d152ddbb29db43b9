// Full-text search over English names, Chinese names, aliases and acronyms (index entity_names).
// Exact and prefix matches on name/nameZh/aliases are ranked first, then Lucene's score.
import { primaryLabel } from './lookup.ts';
import type { SearchHit } from '../shared/contracts.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { toPlain } from '../db/values.ts';

const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/** Builds a Lucene query from free text: every term must match, the last as a prefix. */
export function luceneQuery(text: string): string {
  const terms = text.replace(LUCENE_SPECIAL, ' ').split(/\s+/).filter(Boolean).slice(0, 12);
  if (!terms.length) return '';
  const parts = terms.map((t, i) => {
    const cjk = /[\u3400-\u9fff]/.test(t);
    if (cjk) return `"${t}"`;
    const lower = t.toLowerCase();
    return i === terms.length - 1 ? `(${lower} OR ${lower}*)` : lower;
  });
  return parts.join(' AND ');
}

export async function search(db: GraphDb, q: string, limit: number, labels?: string[]): Promise<SearchHit[]> {
  const lucene = luceneQuery(q);
  if (!lucene) return [];
  const res = await db.read(
    `CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $fetch}) YIELD node, score
     WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
     WITH node, score, toLower($q) AS q
     WITH node, score +
       CASE WHEN toLower(node.name) = q OR node.nameZh = $q OR any(a IN coalesce(node.aliases, []) WHERE toLower(a) = q) OR toLower(node.acronym) = q THEN 100
            ELSE reduce(best = 0.0, t IN [node.name, node.nameZh] + coalesce(node.aliases, []) |
                   CASE WHEN t IS NOT NULL AND toLower(t) STARTS WITH q AND 10.0 * size(q) / size(t) > best THEN 10.0 * size(q) / size(t) ELSE best END)
       END +
       CASE WHEN node:Agency OR node:Organisation OR node:Jurisdiction THEN 3 WHEN node:Source THEN -5 ELSE 0 END AS rank
     ORDER BY rank DESC, node.name
     LIMIT $limit
     RETURN node.id AS id, ${primaryLabel('node')} AS label, node.name AS name, node.nameZh AS nameZh, node.aliases AS aliases, rank AS score`,
    { lucene, q: q.trim(), fetch: limit * 4, limit, labels: labels?.length ? labels : null },
  );
  return res.records.map((r) => {
    const hit = toPlain(r.toObject()) as SearchHit & { nameZh: string | null; aliases: string[] | null };
    return {
      id: hit.id,
      label: hit.label,
      name: hit.name,
      score: hit.score,
      ...(hit.nameZh ? { nameZh: hit.nameZh } : {}),
      ...(hit.aliases ? { aliases: hit.aliases } : {}),
    };
  });
}
