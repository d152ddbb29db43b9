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

/**
 * A property's value in the interface language, for the model's closed vocabularies (an
 * event's `kind`, an attendee's `role`, a count's `unit` …: catalog common.json `values.<prop>.<value>`).
 * Values with no entry (names, notes, free text) are shown as stored.
 */
export function valueName(lang: Lang, prop: string, value: string): string {
  return lookup(lang, 'common', ['values', prop, value]) ?? value;
}
