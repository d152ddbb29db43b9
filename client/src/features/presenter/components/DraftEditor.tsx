// The draft story (kept in localStorage): its id and titles, each step's captions in English
// and Chinese, reordering and deleting steps, validation against the live graph
// (POST /api/stories/validate) and download as a JSON file ready for seed/stories/.
import { useEffect, useId, useMemo, useState } from 'react';
import { EmptyState } from '../../../components/Feedback.tsx';
import { Icon } from '../../../components/Icon.tsx';
import { toLocale, type Lang, type Translate } from '../../../i18n/index.ts';
import { formatDate } from '../../../i18n/format.ts';
import { downloadBlob } from '../../../lib/download.ts';
import { validateStory, type ValidationResult } from '../../../api/endpoints.ts';
import { DRAFT_STORY_ID, type PresenterRoute } from '../lib/present-url.ts';
import {
  DRAFT_EVENT,
  draftToStory,
  emptyDraft,
  loadDraft,
  moveStep,
  removeStep,
  saveDraft,
  slugify,
  storyFileText,
  updateStep,
  type DraftStep,
  type StoryDraft,
} from '../lib/story-draft.ts';
import { explorerHref } from '../lib/story-view.ts';

function useDraft(): [StoryDraft | null, (d: StoryDraft | null) => void] {
  const [draft, setDraft] = useState<StoryDraft | null>(() => loadDraft());
  useEffect(() => {
    const read = () => setDraft(loadDraft());
    window.addEventListener(DRAFT_EVENT, read);
    window.addEventListener('storage', read);
    return () => {
      window.removeEventListener(DRAFT_EVENT, read);
      window.removeEventListener('storage', read);
    };
  }, []);
  return [draft, (d) => saveDraft(d)];
}

function stepSummary(s: DraftStep, lang: Lang, t: Translate<'presenter'>): string {
  const v = s.view;
  const parts: string[] = [];
  if (v.chart) parts.push(t('stepChart', { orgs: v.chart.organisations.join(', ') }));
  if (!v.chart || v.filters || v.expanded?.length) parts.push(t('stepNetwork', { sel: v.selected ? `: ${v.selected}` : '' }));
  const f = v.filters;
  if (f?.from || f?.to)
    parts.push(t('stepWindow', { from: f.from ? formatDate(f.from, lang) : '…', to: f.to ? formatDate(f.to, lang) : '…' }));
  if (f?.regions?.length) parts.push(f.regions.join(', '));
  if (v.expanded?.length) parts.push(`+ ${v.expanded.join(', ')}`);
  return parts.join(' · ');
}

export function DraftEditor({
  lang,
  t,
  navigate,
}: {
  lang: Lang;
  t: Translate<'presenter'>;
  navigate: (r: PresenterRoute, push?: boolean) => void;
}) {
  const [draft, save] = useDraft();
  const [result, setResult] = useState<ValidationResult>();
  const [validating, setValidating] = useState(false);
  const uid = useId();
  const d = draft ?? emptyDraft();
  const problemsByStep = useMemo(() => {
    const m = new Map<number, string[]>();
    if (result && !result.ok) {
      for (const p of result.problems) {
        const k = /^steps\[(\d+)\]$/.exec(p.record)?.[1];
        const i = k === undefined ? -1 : Number(k);
        m.set(i, [...(m.get(i) ?? []), `${p.field}: ${p.message}`]);
      }
    }
    return m;
  }, [result]);

  useEffect(() => {
    if (location.hash === '#draft') document.getElementById('draft')?.scrollIntoView();
  }, []);

  const change = (next: StoryDraft) => {
    setResult(undefined);
    save(next);
  };
  const validate = async () => {
    setValidating(true);
    setResult(await validateStory(draftToStory(d)));
    setValidating(false);
  };
  const download = () => {
    const story = draftToStory(d);
    downloadBlob(new Blob([storyFileText(story)], { type: 'application/json' }), `${story.id || 'story'}.json`);
  };

  return (
    <section className="pres-section draft" id="draft" aria-labelledby="draft-h" data-testid="draft-editor">
      <h2 id="draft-h">{t('draftHeading')}</h2>
      <p className="pres-intro">{t('draftIntro')}</p>
      {!draft || draft.steps.length === 0 ? (
        <EmptyState title={t('draftEmpty')} icon={<Icon name="bookmark" size={28} />}>
          <a className="btn btn-primary" href={`/${lang === 'zh' ? '?lang=zh' : ''}`}>
            {t('openInExplorer')}
          </a>
        </EmptyState>
      ) : (
        <>
          <div className="draft-meta">
            <label>
              <span className="field-label">{t('draftTitle')}</span>
              <input
                className="input"
                value={d.title}
                onChange={(e) =>
                  change({
                    ...d,
                    title: e.target.value,
                    id: d.id === slugify(d.title) || d.id === 'my-story' ? slugify(e.target.value) : d.id,
                  })
                }
                data-testid="draft-title"
              />
            </label>
            <label>
              <span className="field-label">{t('draftTitleZh')}</span>
              <input
                className="input"
                lang={toLocale('zh')}
                value={d.titleZh ?? ''}
                onChange={(e) => change({ ...d, titleZh: e.target.value })}
              />
            </label>
            <label>
              <span className="field-label">{t('draftId')}</span>
              <input
                className="input"
                value={d.id}
                onChange={(e) => change({ ...d, id: e.target.value.toLowerCase() })}
                pattern="[a-z0-9]+(-[a-z0-9]+)*"
                data-testid="draft-id"
              />
            </label>
            <label className="wide">
              <span className="field-label">{t('draftDescription')}</span>
              <textarea
                className="input"
                rows={2}
                value={d.description ?? ''}
                onChange={(e) => change({ ...d, description: e.target.value })}
              />
            </label>
            <label className="wide">
              <span className="field-label">{t('draftDescriptionZh')}</span>
              <textarea
                className="input"
                rows={2}
                lang={toLocale('zh')}
                value={d.descriptionZh ?? ''}
                onChange={(e) => change({ ...d, descriptionZh: e.target.value })}
              />
            </label>
          </div>
          <ol className="draft-steps">
            {d.steps.map((s, i) => (
              <li key={i} className={`draft-step${problemsByStep.has(i) ? ' invalid' : ''}`} data-testid="draft-step">
                <div className="draft-step-head">
                  <strong>{t('stepN', { n: i + 1 })}</strong>
                  <span className="muted">{stepSummary(s, lang, t)}</span>
                  <span className="draft-step-tools">
                    <a className="btn btn-small btn-ghost" href={s.explorerUrl ?? explorerHref(s.view, lang)}>
                      <Icon name="link" size={13} /> {t('openInExplorer')}
                    </a>
                    <button
                      type="button"
                      className="btn btn-small btn-icon"
                      onClick={() => change(moveStep(d, i, -1))}
                      disabled={i === 0}
                      aria-label={`${t('moveUp')} (${t('stepN', { n: i + 1 })})`}
                      title={t('moveUp')}
                    >
                      <Icon name="up" size={14} />
                    </button>
                    <button
                      type="button"
                      className="btn btn-small btn-icon"
                      onClick={() => change(moveStep(d, i, 1))}
                      disabled={i === d.steps.length - 1}
                      aria-label={`${t('moveDown')} (${t('stepN', { n: i + 1 })})`}
                      title={t('moveDown')}
                    >
                      <Icon name="down" size={14} />
                    </button>
                    <button
                      type="button"
                      className="btn btn-small btn-icon"
                      onClick={() => change(removeStep(d, i))}
                      aria-label={`${t('deleteStep')} (${t('stepN', { n: i + 1 })})`}
                      title={t('deleteStep')}
                      data-testid="draft-delete"
                    >
                      <Icon name="trash" size={14} />
                    </button>
                  </span>
                </div>
                <div className="draft-captions">
                  <label>
                    <span className="field-label">{t('caption')}</span>
                    <textarea
                      className="input"
                      rows={3}
                      value={s.caption}
                      onChange={(e) => change(updateStep(d, i, { caption: e.target.value }))}
                      id={`${uid}-c${i}`}
                    />
                  </label>
                  <label>
                    <span className="field-label">{t('captionZh')}</span>
                    <textarea
                      className="input"
                      rows={3}
                      lang={toLocale('zh')}
                      value={s.captionZh ?? ''}
                      onChange={(e) => change(updateStep(d, i, { captionZh: e.target.value }))}
                    />
                  </label>
                </div>
                {s.dropped?.length ? (
                  <p className="hint">{t('dropped', { parts: s.dropped.map((x) => t(`dropped_${x}`)).join(', ') })}</p>
                ) : null}
                {problemsByStep.get(i)?.map((m) => (
                  <p key={m} className="draft-problem" role="alert">
                    {m}
                  </p>
                ))}
              </li>
            ))}
          </ol>
          <div className="draft-actions">
            <button type="button" className="btn btn-primary" onClick={validate} disabled={validating} data-testid="draft-validate">
              {validating ? t('validating') : t('validate')}
            </button>
            <button type="button" className="btn" onClick={download} data-testid="draft-download">
              <Icon name="download" size={15} /> {t('downloadJson')}
            </button>
            <button
              type="button"
              className="btn"
              onClick={() => navigate({ view: 'story', id: DRAFT_STORY_ID, step: 0, present: false }, true)}
              data-testid="draft-preview"
            >
              {t('previewDraft')}
            </button>
            <button
              type="button"
              className="btn btn-ghost"
              onClick={() => {
                if (window.confirm(t('confirmDiscard'))) change(emptyDraft());
              }}
            >
              <Icon name="trash" size={15} /> {t('discardDraft')}
            </button>
          </div>
          {result && (
            <div
              className={`notice ${result.ok ? 'notice-info' : 'notice-error'}`}
              role={result.ok ? 'status' : 'alert'}
              data-testid="draft-validation"
              data-ok={result.ok}
            >
              {result.ok ? (
                t('validOk', { id: result.story.id })
              ) : (
                <div>
                  <p>
                    {result.problems.length
                      ? t('validProblems', { n: result.problems.length, count: result.problems.length })
                      : result.message}
                  </p>
                  {problemsByStep.get(-1)?.map((m) => (
                    <p key={m}>{m}</p>
                  ))}
                </div>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}
