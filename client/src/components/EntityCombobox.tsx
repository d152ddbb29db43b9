// An accessible search field with suggestions (WAI-ARIA 1.2 combobox + listbox): debounced
// full-text search over English names, Chinese names and aliases; Up/Down move, Enter picks,
// Escape closes (and then clears). Used by the header search and by the path pickers.
import { urls } from '../api/endpoints.ts';
import { forwardRef, useEffect, useId, useImperativeHandle, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit, SearchResponse } from '../../../server/shared/contracts.ts';
import { ApiRequestError, fetchCached } from '../api/cache.ts';
import { toLocale, type Lang } from '../i18n/index.ts';
import { labelName } from '../i18n/model.ts';
import { apiErrorText } from './Feedback.tsx';
import { Icon } from './Icon.tsx';
import { LabelGlyph } from './LabelGlyph.tsx';
import './combobox.css';

export interface EntityComboboxProps {
  lang: Lang;
  label: string;
  /** Show the label on screen (otherwise it is for assistive technology only). */
  showLabel?: boolean;
  placeholder: string;
  onPick: (hit: SearchHit) => void;
  /** Text shown when nothing is being typed (e.g. the chosen entity's name). */
  value?: string;
  className?: string;
  testId?: string;
  clearOnPick?: boolean;
}

export interface EntityComboboxHandle {
  focus(): void;
}

const DEBOUNCE_MS = 160;

export function hitName(hit: Pick<SearchHit, 'name' | 'nameZh'>, lang: Lang): string {
  return lang === 'zh' && hit.nameZh ? hit.nameZh : hit.name;
}

export const EntityCombobox = forwardRef<EntityComboboxHandle, EntityComboboxProps>(function EntityCombobox(
  { lang, label, showLabel = false, placeholder, onPick, value, className, testId, clearOnPick = true },
  ref,
) {
  const { t } = useTranslation('common', { lng: toLocale(lang) });
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [editing, setEditing] = useState(false);
  const [open, setOpen] = useState(false);
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<'idle' | 'loading' | 'done' | 'error'>('idle');
  const [error, setError] = useState<string>();

  useImperativeHandle(ref, () => ({ focus: () => inputRef.current?.focus() }), []);

  useEffect(() => {
    const q = text.trim();
    if (!q) {
      setHits([]);
      setStatus('idle');
      return;
    }
    const ctrl = new AbortController();
    setStatus('loading');
    const timer = setTimeout(() => {
      fetchCached<SearchResponse>(urls.search(q, 8), ctrl.signal).then(
        (r) => {
          setHits(r.hits);
          setActive(r.hits.length ? 0 : -1);
          setStatus('done');
        },
        (e: unknown) => {
          if ((e as Error).name === 'AbortError') return;
          setError(e instanceof ApiRequestError ? apiErrorText(t, e) : String(e));
          setStatus('error');
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, [text, t]);

  const pick = (hit: SearchHit) => {
    onPick(hit);
    setOpen(false);
    setEditing(false);
    if (clearOnPick) setText('');
    else setText('');
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (hits.length ? (a + 1) % hits.length : -1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (hits.length ? (a - 1 + hits.length) % hits.length : -1));
    } else if (e.key === 'Enter') {
      const hit = hits[active] ?? hits[0];
      if (hit && status === 'done') {
        e.preventDefault();
        pick(hit);
      }
    } else if (e.key === 'Escape') {
      e.stopPropagation();
      if (open && text) setOpen(false);
      else {
        setText('');
        setEditing(false);
        inputRef.current?.blur();
      }
    }
  };

  const listId = `${id}-list`;
  const showList = open && text.trim().length > 0;
  const shown = editing ? text : (value ?? '');
  return (
    <div className={`combobox ${className ?? ''}`} data-testid={testId}>
      <label htmlFor={`${id}-input`} className={showLabel ? 'field-label' : 'sr-only'}>
        {label}
      </label>
      <div className="combobox-field">
        <Icon name="search" size={16} />
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList && active >= 0 ? `${id}-opt-${active}` : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={placeholder}
          value={shown}
          onChange={(e) => {
            setEditing(true);
            setText(e.target.value);
            setOpen(true);
          }}
          onFocus={() => {
            if (text) setOpen(true);
          }}
          onBlur={() => {
            // Let a click on an option land first.
            setTimeout(() => {
              setOpen(false);
              if (!text) setEditing(false);
            }, 150);
          }}
          onKeyDown={onKeyDown}
        />
        {status === 'loading' && <span className="spinner spinner-small" aria-hidden="true" />}
      </div>
      <ul id={listId} role="listbox" aria-label={label} className="combobox-list" hidden={!showList}>
        {status === 'done' && hits.length === 0 && (
          <li className="combobox-empty" role="presentation">
            {t('searchNoResults', { q: text.trim() })}
          </li>
        )}
        {status === 'error' && (
          <li className="combobox-empty error" role="presentation">
            {error}
          </li>
        )}
        {hits.map((h, i) => {
          const primary = hitName(h, lang);
          const secondary = lang === 'zh' ? (h.nameZh ? h.name : '') : (h.nameZh ?? '');
          const alias = h.aliases
            ?.filter((a) => a !== primary && a !== secondary)
            .slice(0, 2)
            .join(' · ');
          return (
            <li
              key={h.id}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              className={`combobox-option${i === active ? ' active' : ''}`}
              data-id={h.id}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => pick(h)}
            >
              <LabelGlyph label={h.label} />
              <span className="option-text">
                <span className="option-primary">{primary}</span>
                {(secondary || alias) && (
                  <span className="option-secondary">
                    {secondary}
                    {secondary && alias ? ' · ' : ''}
                    {alias}
                  </span>
                )}
              </span>
              <span className="chip">{labelName(lang, h.label)}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
});
