// One cited document: title (opens the source view), publisher, date, and a link to the
// original when the source has a web address; a note whose source ids become citations.
import type { SourceRef } from '../../../../../server/shared/contracts.ts';
import { Icon } from '../../../components/Icon.tsx';
import type { Lang, Translate } from '../../../i18n/index.ts';
import { formatDate } from '../../../i18n/format.ts';
import { splitNote } from '../lib/note-citations.ts';

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

/** A fact's note in the reading language: `noteZh` (the curators' translation) in Chinese when there is one. */
export function noteIn(lang: Lang, p: Record<string, unknown>): string {
  return lang === 'zh' && typeof p.noteZh === 'string' && p.noteZh ? p.noteZh : String(p.note ?? '');
}

/** A note with its bracketed source ids shown as numbered citations that open the source. */
export function CitedNote({
  t,
  text,
  sources,
  onOpen,
}: {
  t: Translate<'details'>;
  text: string;
  sources: Map<string, SourceRef>;
  onOpen: (id: string) => void;
}) {
  const parts = splitNote(text, (id) => sources.has(id));
  return (
    <p className="details-note" data-testid="details-note">
      {parts.map((part, i) =>
        part.kind === 'text' ? (
          <span key={i}>{part.text}</span>
        ) : (
          <button
            key={i}
            type="button"
            className="link note-cite"
            data-source={part.id}
            onClick={() => onOpen(part.id)}
            title={t('citationOf', { title: sources.get(part.id)?.title ?? '' })}
            aria-label={t('citationOf', { title: sources.get(part.id)?.title ?? '' })}
          >
            <sup>[{part.n}]</sup>
          </button>
        ),
      )}
    </p>
  );
}
