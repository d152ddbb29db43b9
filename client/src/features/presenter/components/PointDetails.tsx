// What stands behind one point: the value as the source gives it, the date (and how a partial
// date is placed), the note, the quoted evidence and every source with its title, publisher,
// date and link. Derived points list the members counted on that date.
import type { SourceRef } from '../../../../../server/shared/contracts.ts';
import { Icon } from '../../../components/Icon.tsx';
import type { Lang, Translate } from '../../../i18n/index.ts';
import { formatDate } from '../../../i18n/format.ts';
import type { PointRef } from '../lib/chart-series.ts';
import { refTitle, valueText } from '../lib/point-text.ts';

function SourceItem({ id, s, lang }: { id: string; s?: SourceRef; lang: Lang }) {
  const date = s?.date ? formatDate(s.date, lang) : s?.dateText;
  return (
    <li className="pd-source" data-source={id}>
      <span className="pd-source-title">{s?.title ?? id}</span>
      {(s?.publisher || date) && <span className="pd-source-meta">{[s?.publisher, date].filter(Boolean).join(' · ')}</span>}
      {s?.url && (
        <a className="pd-link" href={s.url} target="_blank" rel="noreferrer noopener">
          {s.url} <Icon name="link" size={13} />
        </a>
      )}
    </li>
  );
}

export function PointDetails({
  refd,
  lang,
  t,
  sources,
  onClose,
}: {
  refd: PointRef;
  lang: Lang;
  t: Translate<'presenter'>;
  sources: Map<string, SourceRef>;
  onClose: () => void;
}) {
  const p = refd.point;
  const precision = p.precision;
  return (
    <section className="point-details" aria-labelledby="pd-title" data-testid="point-details">
      <header className="pd-head">
        <h3 id="pd-title">{refTitle(refd, lang, t)}</h3>
        <button type="button" className="btn btn-icon btn-ghost" onClick={onClose} aria-label={t('close')} title={t('close')}>
          <Icon name="close" size={16} />
        </button>
      </header>
      <p className={`pd-value${refd.kind === 'published' && refd.point.lowerBound ? ' pd-lower' : ''}`} data-testid="point-value">
        {valueText(refd, lang, t)}
      </p>
      {refd.kind === 'published' && refd.point.derived && <p className="pd-flag">{t('valueComputed')}</p>}
      <dl className="pd-props">
        <dt>{t('dateLabel')}</dt>
        <dd>
          {p.date ? formatDate(p.date, lang) : t('undatedPoint')}
          {precision && precision !== 'day' && (
            <span className="pd-sub">{t('datePlaced', { precision: t(precision === 'year' ? 'precisionYear' : 'precisionMonth') })}</span>
          )}
        </dd>
        {refd.kind === 'published' && refd.point.dateText && (
          <>
            <dt>{t('dateAsStated')}</dt>
            <dd>{refd.point.dateText}</dd>
          </>
        )}
        {refd.kind === 'published' && refd.series.scope && (
          <>
            <dt>{t('scope')}</dt>
            <dd>{refd.series.scope}</dd>
          </>
        )}
        {refd.kind === 'published' && refd.point.note && (
          <>
            <dt>{t('note')}</dt>
            <dd>{refd.point.note}</dd>
          </>
        )}
      </dl>
      {refd.kind === 'published' && refd.point.evidence && (
        <blockquote className="pd-evidence">
          <span className="sr-only">{t('evidence')}: </span>“{refd.point.evidence}”
        </blockquote>
      )}
      {refd.kind === 'derived' && (
        <div className="pd-members">
          <p className="pd-sub">{t('basis', { basis: refd.series.basis })}</p>
          <h4>{t('joined')}</h4>
          <ul>
            {refd.point.members.slice(0, 40).map((m) => (
              <li key={`${m.id}-${m.dateFrom}`}>
                {m.name}
                {m.dateFrom === 'until' ? ' (−)' : ''}
              </li>
            ))}
            {refd.point.members.length > 40 && <li>{t('moreSources', { n: refd.point.members.length - 40 })}</li>}
          </ul>
          {refd.series.unknownDateCount > 0 && (
            <p className="pd-sub">{t('plusUnknown', { n: refd.series.unknownDateCount, count: refd.series.unknownDateCount })}</p>
          )}
        </div>
      )}
      <h4>{t('sources')}</h4>
      <ul className="pd-sources">
        {p.sources.map((id) => (
          <SourceItem key={id} id={id} s={sources.get(id)} lang={lang} />
        ))}
      </ul>
      {refd.kind === 'published' && refd.point.sourceUrls.length > 0 && (
        <>
          <h4>{t('dataSource')}</h4>
          <ul className="pd-sources">
            {refd.point.sourceUrls.map((u) => (
              <li key={u}>
                <a className="pd-link" href={u} target="_blank" rel="noreferrer noopener">
                  {u} <Icon name="link" size={13} />
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
