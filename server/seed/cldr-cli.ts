// `npm run seed:cldr`: writes seed/reference/cldr_region_names_zh_hant_hk.csv, Unicode CLDR's
// Traditional Chinese (Hong Kong) name of every region the seed's jurisdictions carry an ISO code
// for, as the ICU in this Node ships it (Intl.DisplayNames, locale zh-Hant-HK). The file is
// committed, so the data does not depend on the Node version at load time; the CLDR version is
// printed, to be recorded in seed/reference/README.md and in the Source's title (sources.json).
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { CLDR_FILE } from './chinese-names.ts';
import { ISO3_TO_ISO2 } from './iso3166.ts';
import { loadSeed, seedDir } from './seed-files.ts';

const LOCALE = 'zh-Hant-HK';

export function cldrRows(iso3Codes: Iterable<string>): { rows: string[][]; missing: string[] } {
  const names = new Intl.DisplayNames([LOCALE], { type: 'region', fallback: 'none' });
  const rows: string[][] = [];
  const missing: string[] = [];
  for (const iso3 of [...new Set(iso3Codes)].sort()) {
    const iso2 = ISO3_TO_ISO2[iso3];
    const name = iso2 ? names.of(iso2) : undefined;
    if (!iso2 || !name) missing.push(iso3);
    else rows.push([iso3, iso2, name]);
  }
  return { rows, missing };
}

const codes: string[] = [];
for (const { doc } of loadSeed().docs) for (const n of doc.nodes) if (n.label === 'Jurisdiction' && typeof n.iso3 === 'string') codes.push(n.iso3);
const { rows, missing } = cldrRows(codes);
if (missing.length) {
  console.error(`seed:cldr: no alpha-2 code or no CLDR name for ${missing.join(', ')}: add them to server/seed/iso3166.ts`);
  process.exit(1);
}
const file = path.join(seedDir, 'reference', CLDR_FILE);
fs.writeFileSync(file, stringify([['iso3', 'iso2', 'name_zh'], ...rows]));
console.log(`seed:cldr: ${rows.length} region names from Unicode CLDR ${process.versions.cldr ?? '(unknown version)'} (ICU ${process.versions.icu}, locale ${LOCALE}) written to ${path.relative(process.cwd(), file)}`);
