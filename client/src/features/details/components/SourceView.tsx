// A source document: where it comes from, the facts it supports (entities it names and
// relationships it evidences, each clickable), and its text with the evidence sentences marked.
import { urls } from '../../../api/endpoints.ts';
import { useMemo } from 'react';
import type { SourceDetails } from '../../../../../server/shared/contracts.ts';
import { ApiErrorNotice, Skeleton } from '../../../components/Feedback.tsx';
import { Icon } from '../../../components/Icon.tsx';
import { LabelGlyph } from '../../../components/LabelGlyph.tsx';
import { retryApi, useApi } from '../../../api/cache.ts';
import { toLocale, type Lang, type Translate } from '../../../i18n/index.ts';
import { formatDate } from '../../../i18n/format.ts';
import { typeName } from '../../../i18n/model.ts';
import { markEvidence } from '../lib/mark-evidence.ts';
import { Evidence } from './Citation.tsx';

export function SourceView({
  t,
  lang,
  id,
  onBack,
  onNavigate,
}: {
  t: Translate<'details'>;
  lang: Lang;
  id: string;
  onBack: () => void;
  onNavigate: (id: string) => void;
}) {
  const url = urls.source(id);
  const entry = useApi<SourceDetails>(url);
  const d = entry?.data;
  const runs = useMemo(
    () =>
      d?.text
        ? markEvidence(
            d.text,
            d.relationships.map((r) => r.evidence ?? ''),
          )
        : [],
    [d],
  );

  const back = (
    <button type="button" className="btn btn-ghost btn-small back" onClick={onBack}>
      <Icon name="back" size={14} /> {t('back')}
    </button>
  );
  if (entry?.status === 'error' && !d) {
    return (
      <div className="details">
        {back}
        <ApiErrorNotice lang={lang} error={entry.error!} onRetry={() => retryApi(url)} />
      </div>
    );
  }
  if (!d || d.source.id !== id) {
    return (
      <div className="details" aria-busy="true">
        {back}
        <Skeleton lines={10} />
      </div>
    );
  }
  const s = d.source;
  return (
    <article className="details source-view" data-testid="source-view" aria-labelledby="source-title">
      {back}
      <header className="details-head">
        <div className="details-kicker">
          <Icon name="doc" size={15} /> {t('sourceView')}
          {s.kind === 'reference' && <span className="chip chip-muted">{t('kindReference')}</span>}
        </div>
        <h2 id="source-title">{s.title}</h2>
        <p className="details-alt">{[s.publisher, s.date ? formatDate(s.date, lang) : s.dateText].filter(Boolean).join(' · ')}</p>
        {s.url ? (
          <a className="btn btn-small" href={s.url} target="_blank" rel="noopener noreferrer">
            <Icon name="link" size={14} /> {t('openLink')}
          </a>
        ) : (
          <p className="muted small">{t('noLink')}</p>
        )}
        {s.note && <p className="details-note">{s.note}</p>}
      </header>

      <section className="details-section">
        <h3>{t('relationshipsSupported', { n: d.relationships.length })}</h3>
        <ul className="facts source-facts">
          {d.relationships.slice(0, 200).map((r) => (
            <li key={r.id} className="fact">
              <div className="fact-head">
                <button type="button" className="link" onClick={() => onNavigate(r.from.id)}>
                  {r.from.name}
                </button>
                <span className="fact-type-inline">{typeName(lang, r.type)}</span>
                <button type="button" className="link" onClick={() => onNavigate(r.to.id)}>
                  {r.to.name}
                </button>
              </div>
              <Evidence text={r.evidence} />
            </li>
          ))}
        </ul>
      </section>

      <section className="details-section">
        <h3>{t('entitiesMentioned', { n: d.nodes.length })}</h3>
        <ul className="entity-chips">
          {d.nodes.slice(0, 300).map((n) => (
            <li key={n.id}>
              <button type="button" className="chip chip-button" onClick={() => onNavigate(n.id)}>
                <LabelGlyph label={n.label} size={12} /> {n.name}
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section className="details-section">
        <h3>{t('documentText')}</h3>
        {d.text ? (
          <>
            <p className="hint">{t('evidenceMarked')}</p>
            <div className="doc-text" tabIndex={0} lang={s.language?.startsWith('zh') ? toLocale('zh') : undefined}>
              {runs.map((r, i) => (r.mark ? <mark key={i}>{r.text}</mark> : <span key={i}>{r.text}</span>))}
            </div>
          </>
        ) : (
          <p className="muted">{t('noText')}</p>
        )}
      </section>
    </article>
  );
}
