// Names for downloaded files, from one slug rule (server/shared/slug.ts).
import { slugify } from '../../../server/shared/slug.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** An export of the view: `cooperation-atlas-<what>-<yyyy-mm-dd>.<ext>`. */
export function fileName(what: string, ext: string, date = new Date()): string {
  const slug = slugify(what, { max: 40, ampersand: false }) || 'view';
  return `cooperation-atlas-${slug}-${date.toISOString().slice(0, 10)}.${ext}`;
}

/** A console download: `atlas-<what>-<YYYYMMDD-HHMM>.<ext>` (local time, so runs of a day sort). */
export function downloadName(what: string, ext: string, at: Date = new Date()): string {
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;
  const slug = slugify(what, { max: 60, ampersand: false }) || 'query';
  return `atlas-${slug}-${stamp}.${ext}`;
}
