// The JSON catalogs (client/src/i18n/locales/<language>/<namespace>.json): every namespace has
// the same keys in English and Traditional Chinese, no value is empty, and a {placeholder} in one
// language is in the other. Also: every catalog file is registered with i18next, and no feature
// namespace hides a key of common (common is the fallback namespace). Plural forms (i18next's
// `_one` / `_other` suffixes, chosen by Intl.PluralRules) count as one key: English has `_one`
// and `_other`, Chinese only `_other`; every plural key has its `_other` form in both.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resources, type Namespace } from '../../client/src/i18n/index.ts';

const ROOT = fileURLToPath(new URL('../../client/src/i18n/locales', import.meta.url));
const LANGUAGES = ['en', 'zh-Hant'] as const;

type Catalog = { [key: string]: string | Catalog };

function namespacesOf(lng: string): string[] {
  return readdirSync(join(ROOT, lng))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

function read(lng: string, ns: string): Catalog {
  return JSON.parse(readFileSync(join(ROOT, lng, `${ns}.json`), 'utf8')) as Catalog;
}

/** Nested keys flattened to "a.b": value. Anything but a string or an object is reported as itself. */
function flatten(c: Catalog, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(c)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
    else out.set(key, v);
  }
  return out;
}

const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

const PLURAL = /_(zero|one|two|few|many|other)$/;
/** Keys with their plural forms grouped: base key -> the forms' values. */
function grouped(cat: Map<string, unknown>): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  for (const [k, v] of cat) {
    const base = k.replace(PLURAL, '');
    out.set(base, [...(out.get(base) ?? []), v]);
  }
  return out;
}

const namespaces = namespacesOf('en');

describe('i18n catalogs', () => {
  it('has the same namespaces in every language, each registered with i18next', () => {
    expect(namespaces.length).toBeGreaterThan(0);
    for (const lng of LANGUAGES) {
      expect(namespacesOf(lng), lng).toEqual(namespaces);
      expect(Object.keys(resources[lng]).sort(), lng).toEqual(namespaces);
      for (const ns of namespaces) expect(resources[lng][ns as Namespace], `${lng}/${ns}`).toEqual(read(lng, ns));
    }
  });

  describe.each(namespaces)('%s', (ns) => {
    const [en, zh] = LANGUAGES.map((lng) => flatten(read(lng, ns)));

    it('has exactly the same keys in en and zh-Hant (plural forms grouped)', () => {
      expect([...grouped(zh).keys()].sort()).toEqual([...grouped(en).keys()].sort());
    });

    it('gives every plural key its _other form in both languages', () => {
      for (const cat of [en, zh])
        for (const k of cat.keys()) if (PLURAL.test(k)) expect(cat.has(k.replace(PLURAL, '_other')), `${ns}:${k}`).toBe(true);
    });

    it('has no empty value', () => {
      for (const [lng, cat] of [
        ['en', en],
        ['zh-Hant', zh],
      ] as const) {
        for (const [key, v] of cat) {
          expect(typeof v, `${lng}/${ns}:${key}`).toBe('string');
          expect((v as string).trim(), `${lng}/${ns}:${key}`).not.toBe('');
        }
      }
    });

    it('has the same {placeholders} in both languages', () => {
      // Over all the plural forms of a key: a singular may say "this node" where the plural says "these {n} nodes".
      const all = (forms: unknown[]) => [...new Set(forms.flatMap((f) => (typeof f === 'string' ? placeholders(f) : [])))].sort();
      const zhGroups = grouped(zh);
      for (const [key, forms] of grouped(en)) {
        const other = zhGroups.get(key);
        if (!other) continue;
        expect(all(other), `${ns}:${key}`).toEqual(all(forms));
      }
    });

    if (ns !== 'common')
      it('does not hide a key of common', () => {
        const common = read('en', 'common');
        const bases = (c: Catalog) => Object.keys(c).map((k) => k.replace(PLURAL, ''));
        const commonKeys = new Set(bases(common));
        expect(bases(read('en', ns)).filter((k) => commonKeys.has(k))).toEqual([]);
      });
  });
});
