// A node's or a relationship's own properties as a definition list, with names and dates in the
// page's language. Web addresses (`sourceUrl`, possibly several separated by " ; ") are links;
// anything else that looks like an address stays text (server/shared/web-url.ts).
import { isWebUrl, splitUrlList } from '../../../../../server/shared/web-url.ts';
import { fixedT, type Lang, type Translate } from '../../../i18n/index.ts';
import { formatDate } from '../../../i18n/format.ts';
import { propName, valueName } from '../../../i18n/model.ts';

export function displayValue(lang: Lang, key: string, v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return fixedT(lang, 'common')(v ? 'yes' : 'no');
  if (Array.isArray(v)) return v.join(', ');
  if (typeof v === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(v) && /date|since|until|founded|signed|ratified/i.test(key))
    return formatDate(v, lang);
  // Closed vocabularies (kind, role, status, unit …) in the reading language.
  if (typeof v === 'string') return valueName(lang, key, v);
  return String(v);
}

function Value({ lang, k, v }: { lang: Lang; k: string; v: unknown }) {
  if (k === 'sourceUrl' && typeof v === 'string') {
    const urls = splitUrlList(v);
    if (urls.length > 0 && urls.every(isWebUrl))
      return (
        <>
          {urls.map((u, i) => (
            <span key={u}>
              {i > 0 && ' · '}
              <a href={u} target="_blank" rel="noopener noreferrer">
                {u}
              </a>
            </span>
          ))}
        </>
      );
  }
  return <>{displayValue(lang, k, v)}</>;
}

export function PropertyList({ t, lang, props }: { t: Translate<'details'>; lang: Lang; props: [string, unknown][] }) {
  if (props.length === 0) return null;
  return (
    <section className="details-section">
      <h3>{t('properties')}</h3>
      <dl className="props">
        {props.map(([k, v]) => (
          <div key={k}>
            <dt>{propName(lang, k)}</dt>
            <dd>
              <Value lang={lang} k={k} v={v} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
