// Recent runs and saved queries, both kept in this browser. A click puts the query and its
// parameters back into the editor.
import { useId, useState } from 'react';
import { Icon } from '../../../components/Icon.tsx';
import type { Lang } from '../../../lib/view-state.ts';
import type { Translate } from '../../../i18n/index.ts';
import { formatTimeAgo } from '../../../i18n/format.ts';
import type { HistoryEntry, SavedQuery } from '../lib/storage.ts';

const firstLine = (q: string) =>
  q
    .split('\n')
    .find((l) => l.trim() && !l.trim().startsWith('//'))
    ?.trim() ?? q.trim();

export function HistoryPanel({
  t,
  lang,
  history,
  onRestore,
  onClear,
  curatedTitleOf,
}: {
  t: Translate<'console'>;
  lang: Lang;
  history: HistoryEntry[];
  /** A library query's title in the current language (entries keep the title of the language they ran in). */
  curatedTitleOf: (id: string) => string | undefined;
  onRestore: (h: HistoryEntry) => void;
  onClear: () => void;
}) {
  if (!history.length) return <p className="muted wb-empty-note">{t('historyEmpty')}</p>;
  return (
    <div className="wb-history" data-testid="history">
      <ul className="wb-entries">
        {history.map((h) => {
          const title = (h.curated && curatedTitleOf(h.curated)) ?? h.title;
          return (
            <li key={h.id}>
              <button
                type="button"
                className="wb-entry"
                onClick={() => onRestore(h)}
                title={`${t('historyRestore')}\n\n${h.query}`}
                data-testid="history-entry"
              >
                {title && <span className="wb-entry-title">{title}</span>}
                <code className="wb-entry-query">{firstLine(h.query)}</code>
                <span className="wb-entry-meta">
                  <time dateTime={new Date(h.at).toISOString()}>{formatTimeAgo(h.at, lang, t('justNow'))}</time>
                  {h.error ? (
                    <span className="wb-entry-error"> · {t('historyError', { code: h.error })}</span>
                  ) : (
                    <>
                      {h.rows !== undefined && (
                        <span>
                          {' '}
                          ·{' '}
                          {t('historyRows', {
                            n: `${h.rows}${h.truncated ? '+' : ''}`,
                            count: h.truncated ? h.rows + 1 : h.rows /* "1+ rows" is plural */,
                          })}
                        </span>
                      )}
                      {h.ms !== undefined && <span> · {t('durationMs', { ms: h.ms })}</span>}
                    </>
                  )}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="btn btn-small btn-ghost" onClick={onClear}>
        <Icon name="trash" size={15} /> {t('historyClear')}
      </button>
    </div>
  );
}

export interface SavedPanelProps {
  t: Translate<'console'>;
  saved: SavedQuery[];
  canSave: boolean;
  onSave: (name: string) => void;
  onOpen: (s: SavedQuery) => void;
  onDelete: (s: SavedQuery) => void;
}

export function SavedPanel({ t, saved, canSave, onSave, onOpen, onDelete }: SavedPanelProps) {
  const id = useId();
  const [name, setName] = useState('');
  const existing = saved.find((s) => s.name.toLowerCase() === name.trim().toLowerCase());
  return (
    <div className="wb-saved" data-testid="saved">
      <form
        className="wb-save-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim() || !canSave) return;
          onSave(name.trim());
          setName('');
        }}
      >
        <label htmlFor={id} className="wb-label">
          {t('saveName')}
        </label>
        <div className="wb-save-row">
          <input
            id={id}
            className="input"
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder={t('saveNamePlaceholder')}
            maxLength={120}
            data-testid="save-name"
          />
          <button type="submit" className="btn btn-primary" disabled={!name.trim() || !canSave} data-testid="save-submit">
            {existing ? t('saveUpdate', { name: existing.name }) : t('saveButton')}
          </button>
        </div>
      </form>
      {!saved.length && <p className="muted wb-empty-note">{t('savedEmpty')}</p>}
      <ul className="wb-entries">
        {saved.map((s) => (
          <li key={s.id} className="wb-saved-item">
            <button
              type="button"
              className="wb-entry"
              onClick={() => onOpen(s)}
              aria-label={t('savedOpenLabel', { name: s.name })}
              data-testid="saved-entry"
            >
              <span className="wb-entry-title">{s.name}</span>
              <code className="wb-entry-query">{firstLine(s.query)}</code>
            </button>
            <button
              type="button"
              className="btn btn-icon btn-ghost"
              onClick={() => onDelete(s)}
              aria-label={t('savedDeleteLabel', { name: s.name })}
              title={t('savedDelete')}
            >
              <Icon name="trash" size={15} />
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
