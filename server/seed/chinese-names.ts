// Chinese names, each traceable to where it was read. Three sources, in this order:
// 1. the documents: a curated node's `nameZh` (and any alias in Chinese script) must occur
//    verbatim in the text of one of the node's own sources; the first such source becomes its
//    `nameZhSource`;
// 2. `reference/chinese_names.csv`: official Chinese names of organisations, agencies and people,
//    one row per node id with the page it was read on and a verbatim quote from that page;
// 3. `reference/cldr_region_names_zh_hant_hk.csv`: Unicode CLDR's Traditional Chinese (Hong Kong)
//    region names, for every Jurisdiction with an ISO 3166 code and no name from 1 or 2.
// A name from a reference file adds that file's Source to the node's `sources` and names it in
// `nameZhSource`. A reference Source id starts with `ref-`, so a node stays curated (or
// reference-only) exactly as it was: `/api/graph` counts a node as curated when it has a source
// that is not a reference file.
import type { NodeRecord, RelRecord } from '../model/records.ts';
import { normaliseText, type Problem } from '../model/validate.ts';
import { isWebUrl } from '../shared/web-url.ts';

export const NAMES_FILE = 'chinese_names.csv';
export const NAMES_SOURCE = 'ref-chinese-names';
export const CLDR_FILE = 'cldr_region_names_zh_hant_hk.csv';
export const CLDR_SOURCE = 'ref-cldr-region-names';

/** Han characters (CJK unified ideographs and extension A, compatibility ideographs). */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
export const hasHan = (s: string): boolean => HAN.test(s);

type Rows = Record<string, string>[];

/**
 * Checks every curated node's Chinese names against the text of its own sources and records the
 * source of its `nameZh`. Returns one problem per name nobody can trace. `docs` are the curated
 * graph files (the file name is used in the problems); `sourceTexts` the documents' normalised text.
 */
export function checkDocumentNames(
  docs: { file: string; doc: { nodes: NodeRecord[]; relationships?: RelRecord[] } }[],
  sourceTexts: ReadonlyMap<string, string>,
): Problem[] {
  const problems: Problem[] = [];
  for (const { file, doc } of docs) {
    (doc.relationships ?? []).forEach((rel, i) => {
      if (rel.noteZh !== undefined && rel.note === undefined)
        problems.push({ file, record: `relationships[${i}] (${rel.type} ${rel.from} -> ${rel.to})`, field: 'noteZh', message: 'is a translation of note, but the relationship has no note' });
    });
    doc.nodes.forEach((node, i) => {
      const record = `nodes[${i}] (${node.id})`;
      const texts = node.sources.map((s) => [s, sourceTexts.get(s)] as const).filter((e): e is readonly [string, string] => e[1] !== undefined);
      const foundIn = (name: string) => texts.find(([, t]) => t.includes(normaliseText(name)))?.[0];
      if (typeof node.nameZh === 'string') {
        const given = node.nameZhSource as string | undefined;
        const src = given ? (texts.some(([s, t]) => s === given && t.includes(normaliseText(node.nameZh as string))) ? given : undefined) : foundIn(node.nameZh);
        if (!src) {
          problems.push({
            file,
            record,
            field: 'nameZh',
            message: given
              ? `"${node.nameZh}" is not in the text of ${given} (nameZhSource must be one of the node's own documents that gives the name verbatim)`
              : `"${node.nameZh}" is not found verbatim in any of the node's own documents (${node.sources.join(', ')}); a Chinese name nobody can trace does not go in: cite the document that gives it, or put it in reference/${NAMES_FILE} with its page`,
          });
        } else node.nameZhSource = src;
      } else if (node.nameZhSource !== undefined) {
        problems.push({ file, record, field: 'nameZhSource', message: 'is set but the node has no nameZh' });
      }
      if (node.noteZh !== undefined && node.note === undefined)
        problems.push({ file, record, field: 'noteZh', message: 'is a translation of note, but the node has no note' });
      ((node.aliases as string[] | undefined) ?? []).forEach((alias, j) => {
        if (hasHan(alias) && !foundIn(alias))
          problems.push({
            file,
            record,
            field: `aliases[${j}]`,
            message: `"${alias}" (Chinese) is not found verbatim in any of the node's own documents (${node.sources.join(', ')})`,
          });
      });
    });
  }
  return problems;
}

const addSource = (node: NodeRecord, source: string) => {
  if (!node.sources.includes(source)) node.sources.push(source);
};

/**
 * Applies the two reference files of Chinese names to the nodes (curated and reference layer
 * together; they are changed in place) and returns the problems with the files' rows. A name the
 * documents give wins over both files; an official name (chinese_names.csv) wins over CLDR.
 */
export function applyReferenceNames(files: Record<string, Rows>, nodes: NodeRecord[]): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(nodes.map((n) => [n.id, n]));

  const names = files[NAMES_FILE] ?? [];
  const seen = new Set<string>();
  names.forEach((row, i) => {
    const problem = (field: string, message: string) => problems.push({ file: `reference/${NAMES_FILE}`, record: `row ${i + 2} (${row.id || '?'})`, field, message });
    const node = byId.get(row.id);
    let ok = true;
    if (!node) {
      problem('id', `no node with id "${row.id}"`);
      ok = false;
    }
    if (seen.has(row.id)) {
      problem('id', 'a second row for the same id');
      ok = false;
    }
    seen.add(row.id);
    if (!row.name_zh || !hasHan(row.name_zh)) {
      problem('name_zh', 'must be a name in Chinese characters');
      ok = false;
    }
    if (!row.source_url || !isWebUrl(row.source_url)) {
      problem('source_url', 'must be the http(s) address of the page the name was read on');
      ok = false;
    }
    if (!row.evidence || (row.name_zh && !normaliseText(row.evidence).includes(normaliseText(row.name_zh)))) {
      problem('evidence', 'must be a verbatim quote from the page that contains name_zh');
      ok = false;
    }
    if (ok && node && typeof node.nameZh === 'string') {
      problem('id', `the documents already give "${node.nameZh}" (${String(node.nameZhSource ?? 'a cited document')}); a document's name wins: remove this row`);
      ok = false;
    }
    if (!ok || !node) return;
    node.nameZh = row.name_zh;
    node.nameZhSource = NAMES_SOURCE;
    addSource(node, NAMES_SOURCE);
  });

  // Without the CLDR file (a test folder with no reference data) jurisdictions simply keep what they have.
  if (!files[CLDR_FILE]) return problems;
  const cldr = new Map<string, string>();
  files[CLDR_FILE].forEach((row, i) => {
    if (!/^[A-Z]{3}$/.test(row.iso3 ?? '') || !/^[A-Z]{2}$/.test(row.iso2 ?? '') || !row.name_zh || !hasHan(row.name_zh)) {
      problems.push({ file: `reference/${CLDR_FILE}`, record: `row ${i + 2} (${row.iso3 || '?'})`, field: '(row)', message: 'needs iso3, iso2 and a Chinese name_zh' });
    } else cldr.set(row.iso3, row.name_zh);
  });
  for (const node of nodes) {
    if (node.label !== 'Jurisdiction' || typeof node.iso3 !== 'string' || typeof node.nameZh === 'string') continue;
    const name = cldr.get(node.iso3);
    if (!name) {
      problems.push({
        file: `reference/${CLDR_FILE}`,
        record: `(${node.id})`,
        field: 'iso3',
        message: `no row for ${node.iso3}: regenerate the file with npm run seed:cldr (after adding the code to server/seed/iso3166.ts)`,
      });
      continue;
    }
    node.nameZh = name;
    node.nameZhSource = CLDR_SOURCE;
    addSource(node, CLDR_SOURCE);
  }
  return problems;
}
