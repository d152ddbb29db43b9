// One cited document: title (opens the source view), publisher, date, and a link to the
// original when the source has a web address.
import type { SourceRef } from '../../../../../server/shared/contracts.ts';
import { Icon } from '../../../components/Icon.tsx';
import type { Lang, Translate } from '../../../i18n/index.ts';
import { formatDate } from '../../../i18n/format.ts';

export function Citation({
  t,
  lang,
  source,
  id,
  onOpen,
}: {
  t: Translate<'details'>;
  lang: Lang;
  source?: SourceRef;
  id: string;
  onOpen: (id: string) => void;
}) {
  const date = source?.date ? formatDate(source.date, lang) : source?.dateText;
  return (
    <li className="citation" data-source={id}>
      <Icon name="doc" size={14} />
      <span className="citation-body">
        <button type="button" className="link citation-title" onClick={() => onOpen(id)} title={t('openSource')}>
          {source?.title ?? id}
        </button>
        <span className="citation-meta">
          {[source?.publisher, date].filter(Boolean).join(' · ')}
          {source?.kind === 'reference' && <span className="chip chip-muted">{t('kindReference')}</span>}
          {source?.url ? (
            <a className="ext-link" href={source.url} target="_blank" rel="noopener noreferrer" title={t('openLink')}>
              <Icon name="link" size={13} />
              <span className="sr-only">{t('openLink')}</span>
            </a>
          ) : null}
        </span>
      </span>
    </li>
  );
}

export function Evidence({ text }: { text?: string }) {
  if (!text) return null;
  return <blockquote className="evidence">“{text}”</blockquote>;
}
