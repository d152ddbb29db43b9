// The explorer's "Add to story" button: the current view (selection, filters, time window,
// expansions, layout) becomes a step of the draft story, with a caption in English and Chinese.
// Small on purpose: it loads with the explorer, the presenter itself loads on demand.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/Icon.tsx';
import { toLocale, type Lang } from '../../../i18n/index.ts';
import type { ViewState } from '../../../lib/view-state.ts';
import { addStep, emptyDraft, loadDraft, saveDraft } from '../lib/story-draft.ts';
import { viewStateToStoryView } from '../lib/story-view.ts';
import './add-to-story.css';

export function AddToStory({ lang, state }: { lang: Lang; state: ViewState }) {
  const { t } = useTranslation('presenter', { lng: toLocale(lang) });
  const [open, setOpen] = useState(false);
  const [caption, setCaption] = useState('');
  const [captionZh, setCaptionZh] = useState('');
  const [error, setError] = useState(false);
  const [added, setAdded] = useState<{ n: number; title: string }>();
  const id = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const firstRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!open) return;
    firstRef.current?.focus();
    const onDown = (e: MouseEvent) => {
      if (!boxRef.current?.contains(e.target as Node) && !buttonRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const add = () => {
    if (!caption.trim()) {
      setError(true);
      firstRef.current?.focus();
      return;
    }
    const { view, dropped } = viewStateToStoryView(state);
    const draft = loadDraft() ?? emptyDraft();
    const next = addStep(draft, {
      caption: caption.trim(),
      ...(captionZh.trim() ? { captionZh: captionZh.trim() } : {}),
      view,
      explorerUrl: `${location.pathname}${location.search}`,
      ...(dropped.length ? { dropped } : {}),
    });
    saveDraft(next);
    setAdded({ n: next.steps.length, title: next.title });
    setCaption('');
    setCaptionZh('');
    setError(false);
  };

  return (
    <div className="add-story-wrap">
      <button
        ref={buttonRef}
        type="button"
        className="btn btn-icon"
        onClick={() => {
          setAdded(undefined);
          setOpen((o) => !o);
        }}
        aria-expanded={open}
        aria-controls={open ? `${id}-box` : undefined}
        aria-label={t('addToStory')}
        title={t('addToStory')}
        data-testid="add-to-story"
      >
        <Icon name="bookmark" />
      </button>
      {open && (
        <div
          ref={boxRef}
          id={`${id}-box`}
          className="add-story-box"
          role="dialog"
          aria-labelledby={`${id}-title`}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              close();
            }
          }}
        >
          <h3 id={`${id}-title`}>{t('addToStoryTitle')}</h3>
          <p className="hint">{t('addToStoryHint')}</p>
          <label className="field-label" htmlFor={`${id}-en`}>
            {t('caption')}
          </label>
          <textarea
            ref={firstRef}
            id={`${id}-en`}
            className="input"
            rows={3}
            value={caption}
            onChange={(e) => setCaption(e.target.value)}
            aria-invalid={error}
            data-testid="add-story-caption"
          />
          <label className="field-label" htmlFor={`${id}-zh`} lang={toLocale('zh')}>
            {t('captionZh')}
          </label>
          <textarea
            id={`${id}-zh`}
            className="input"
            rows={2}
            value={captionZh}
            onChange={(e) => setCaptionZh(e.target.value)}
            lang={toLocale('zh')}
          />
          {error && (
            <p className="add-story-error" role="alert">
              {t('captionRequired')}
            </p>
          )}
          {added && (
            <p className="add-story-done" role="status" data-testid="add-story-done">
              {t('added', { n: added.n, title: added.title })}{' '}
              <a href={`/present${lang === 'zh' ? '?lang=zh' : ''}#draft`}>{t('openPresenter')}</a>
            </p>
          )}
          <div className="add-story-actions">
            <button type="button" className="btn btn-ghost" onClick={close}>
              {t('close')}
            </button>
            <button type="button" className="btn btn-primary" onClick={add} data-testid="add-story-submit">
              {t('addStep')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
