// The model's names in the interface language (catalog common.json: labels, labelsPlural,
// types, props). Unknown names fall back as they always have: a label or property as given, a
// relationship type in lower case with spaces.
import { lookup, type Lang } from './index.ts';

export function labelName(lang: Lang, label: string, plural = false): string {
  return lookup(lang, 'common', [plural ? 'labelsPlural' : 'labels', label]) ?? label;
}

export function typeName(lang: Lang, type: string): string {
  return lookup(lang, 'common', ['types', type]) ?? type.toLowerCase().replace(/_/g, ' ');
}

export function propName(lang: Lang, key: string): string {
  return lookup(lang, 'common', ['props', key]) ?? key;
}
