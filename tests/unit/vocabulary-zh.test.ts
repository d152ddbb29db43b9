// Unit: every closed-vocabulary value has a Traditional Chinese rendering. The values are read
// from the model (the allowed `kind`, `role` and `status` of each label and relationship type) and
// from the data as loaded (the curated graph and the reference CSVs, through the seed loader):
// kinds, roles, statuses, PARTY_TO action types, titles, and the units of counts and statistics.
// A value reaches the screen through valueName (common.json `values.<prop>.<value>`); a unit may
// instead be one of the presenter's unitNames. Free-text values that no document or official page
// gives in Chinese stay English on purpose: they are listed below, each with the reason, so a new
// untranslated value fails the test until it is translated or listed.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { lookup } from '../../client/src/i18n/index.ts';
import { NODE_LABELS, REL_TYPES } from '../../server/model/model.ts';
import { loadSeed } from '../../server/seed/seed-files.ts';

/** Values that stay English, with why. */
const STAYS_ENGLISH: Record<string, Record<string, string>> = {
  role: {
    'Vice-President (ExCo)': 'IAACA Executive Committee roles from the reference list (wikimili): no Chinese source read',
    'ExCo member': 'idem',
    'President (ExCo); IAACA Secretariat from Jan 2022': 'idem (a composite note from the reference row)',
    'Past leadership/secretariat': 'idem',
  },
  title: {
    'Vice-Minister of the GACC': 'only a Simplified Chinese page (海关总署副署长) was found',
  },
};

/** The props whose values are a closed vocabulary (or a short free text shown like one). */
const PROPS = ['kind', 'role', 'status', 'actionType', 'title', 'unit'] as const;

function options(schema: unknown): string[] {
  let s = schema as { unwrap?: () => unknown; options?: unknown };
  while (s && typeof s.unwrap === 'function' && !Array.isArray(s.options)) s = s.unwrap() as typeof s;
  return Array.isArray(s?.options) ? (s.options as string[]) : [];
}

function valuesInUse(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>(PROPS.map((p) => [p, new Set<string>()]));
  const add = (prop: string, v: unknown) => {
    if (typeof v === 'string' && out.has(prop)) out.get(prop)!.add(v);
  };
  // The model's enums (a value allowed but not yet used still needs its words).
  for (const props of [...Object.values(NODE_LABELS), ...Object.values(REL_TYPES).map((t) => t.props)])
    for (const [prop, schema] of Object.entries(props as Record<string, z.ZodType>)) for (const v of options(schema)) add(prop, v);
  // The data: curated graph files and the reference layer built from the CSVs.
  const seed = loadSeed();
  for (const s of seed.sources) add('kind', s.kind);
  for (const { doc } of seed.docs) {
    for (const n of doc.nodes) for (const p of PROPS) add(p, n[p]);
    for (const r of doc.relationships) for (const p of PROPS) add(p, r[p]);
  }
  return out;
}

const zh = (prop: string, value: string): string | undefined => {
  const direct = lookup('zh', 'common', ['values', prop, value]);
  if (direct || prop !== 'unit') return direct;
  const base = /^(.*?)(\s*\(.*\))?$/.exec(value)?.[1] ?? value;
  return lookup('zh', 'presenter', ['unitNames', value]) ?? lookup('zh', 'presenter', ['unitNames', base]);
};

describe('closed vocabularies in Chinese', () => {
  const used = valuesInUse();

  it('reads the values from the model and the data', () => {
    expect([...used.get('kind')!]).toEqual(
      expect.arrayContaining(['anti-corruption', 'mou', 'study-tour', 'sar', 'tripartite', 'document']),
    );
    expect([...used.get('role')!]).toEqual(expect.arrayContaining(['delegate', 'co-host', 'President', 'Vice-Chair Asia/Pacific']));
    expect([...used.get('unit')!]).toEqual(expect.arrayContaining(['states parties', 'delegates']));
    expect([...used.get('actionType')!]).toEqual(expect.arrayContaining(['ratification', 'accession']));
  });

  for (const prop of PROPS) {
    it(`every ${prop} value has a zh-Hant rendering or is listed as staying English`, () => {
      const missing = [...used.get(prop)!].filter((v) => !zh(prop, v) && !STAYS_ENGLISH[prop]?.[v]).sort();
      expect(missing).toEqual([]);
    });
  }

  it('lists as staying English only values that are in use and really have no rendering', () => {
    for (const [prop, values] of Object.entries(STAYS_ENGLISH))
      for (const v of Object.keys(values))
        expect({ prop, v, inUse: used.get(prop)!.has(v), translated: !!zh(prop, v) }).toEqual({ prop, v, inUse: true, translated: false });
  });

  it('has an English entry for every Chinese one (valueName falls back to the stored value otherwise)', () => {
    for (const prop of PROPS)
      for (const v of used.get(prop)!)
        if (lookup('zh', 'common', ['values', prop, v])) expect(lookup('en', 'common', ['values', prop, v])).toBeTruthy();
  });
});
