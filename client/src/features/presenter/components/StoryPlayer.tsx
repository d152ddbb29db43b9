// Plays a story step by step: each step is a saved view (a network and/or a chart) with its
// caption. Keyboard and clicker: → Space PageDown next, ← PageUp previous, Home/End, P plays the
// step's timeline, F full screen, Esc leaves presentation mode. Presentation mode is full screen
// (or the whole window when the browser does not allow it), large type, high contrast, no editing
// chrome, with a step counter; every step has its own URL.
import { urls } from '../../../api/endpoints.ts';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { SourceRef, Story } from '../../../../../server/shared/contracts.ts';
import { ApiErrorNotice, Spinner } from '../../../components/Feedback.tsx';
import { Icon } from '../../../components/Icon.tsx';
import { retryApi, useApi } from '../../../api/cache.ts';
import { toLocale, type Lang, type Translate } from '../../../i18n/index.ts';
import { DRAFT_STORY_ID, type PresenterRoute } from '../lib/present-url.ts';
import { DRAFT_EVENT, draftToStory, loadDraft } from '../lib/story-draft.ts';
import { explorerHref, hasNetwork } from '../lib/story-view.ts';
import { GrowthFigure } from './GrowthFigure.tsx';
import { StoryNetwork } from './StoryNetwork.tsx';

type StoryRoute = Extract<PresenterRoute, { view: 'story' }>;

export interface StoryPlayerProps {
  route: StoryRoute;
  lang: Lang;
  t: Translate<'presenter'>;
  sources: Map<string, SourceRef>;
  navigate: (route: PresenterRoute, push?: boolean) => void;
}

function isTyping(el: EventTarget | null): boolean {
  const e = el as HTMLElement | null;
  if (!e?.tagName) return false;
  return e.tagName === 'INPUT' || e.tagName === 'TEXTAREA' || e.tagName === 'SELECT' || e.isContentEditable;
}

function useDraftStory(enabled: boolean): Story | null {
  const [story, setStory] = useState<Story | null>(() => (enabled ? (loadDraft() ? draftToStory(loadDraft()!) : null) : null));
  useEffect(() => {
    if (!enabled) return;
    const read = () => {
      const d = loadDraft();
      setStory(d ? draftToStory(d) : null);
    };
    window.addEventListener(DRAFT_EVENT, read);
    window.addEventListener('storage', read);
    return () => {
      window.removeEventListener(DRAFT_EVENT, read);
      window.removeEventListener('storage', read);
    };
  }, [enabled]);
  return story;
}

export function StoryPlayer({ route, lang, t, sources, navigate }: StoryPlayerProps) {
  const isDraft = route.id === DRAFT_STORY_ID;
  const entry = useApi<Story>(isDraft ? null : urls.story(route.id));
  const draft = useDraftStory(isDraft);
  const story = isDraft ? draft : (entry?.data ?? null);
  const n = story?.steps.length ?? 0;
  const i = Math.min(route.step, Math.max(0, n - 1));
  const step = story?.steps[i];
  const present = route.present;
  const [playRequest, setPlayRequest] = useState(0);
  const [fallback, setFallback] = useState(false);
  const [msSlot, setMsSlot] = useState<HTMLElement | null>(null);

  const go = useCallback(
    (to: number) => {
      if (!n) return;
      const next = Math.max(0, Math.min(n - 1, to));
      if (next !== i) navigate({ ...route, step: next }, true);
    },
    [n, i, navigate, route],
  );

  const enterPresentation = useCallback(async () => {
    navigate({ ...route, present: true }, false);
    setFallback(false);
    try {
      if (!document.fullscreenElement) await document.documentElement.requestFullscreen();
    } catch {
      // Not allowed (an embedded page, a kiosk, a test browser): present in the window instead.
      setFallback(true);
    }
  }, [navigate, route]);
  const exitPresentation = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    navigate({ ...route, present: false }, false);
  }, [navigate, route]);

  // Leaving full screen with the browser's own Esc also leaves presentation mode.
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement && present && !fallback) navigate({ ...route, present: false }, false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [present, fallback, navigate, route]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const target = e.target as HTMLElement | null;
      const onButton = target?.tagName === 'BUTTON' || target?.tagName === 'A';
      switch (e.key) {
        case 'ArrowRight':
        case 'PageDown':
          e.preventDefault();
          go(i + 1);
          break;
        case ' ':
          if (onButton && !present) return; // a focused button answers Space itself
          e.preventDefault();
          go(i + 1);
          break;
        case 'ArrowLeft':
        case 'PageUp':
          e.preventDefault();
          go(i - 1);
          break;
        case 'Home':
          e.preventDefault();
          go(0);
          break;
        case 'End':
          e.preventDefault();
          go(n - 1);
          break;
        case 'p':
        case 'P':
          setPlayRequest((r) => r + 1);
          break;
        case 'f':
        case 'F':
          if (!present) void enterPresentation();
          break;
        case 'Escape':
          if (present) {
            e.preventDefault();
            exitPresentation();
          }
          break;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, i, n, present, enterPresentation, exitPresentation]);

  const title = story ? (lang === 'zh' && story.titleZh ? story.titleZh : story.title) : '';
  useEffect(() => {
    if (title) document.title = `${title} (${i + 1}/${n}) · ${t('appName')}`;
  }, [title, i, n, t]);
  const caption = step ? (lang === 'zh' && step.captionZh ? step.captionZh : step.caption) : '';
  const stepTitle = t('stepTitle', { story: title, i: i + 1 });
  const showNetwork = step ? hasNetwork(step.view) : false;
  const chart = step?.view.chart;

  if (!isDraft && entry?.error && !entry.data) {
    return (
      <div className="pres-empty">
        <ApiErrorNotice lang={lang} error={entry.error} onRetry={() => retryApi(urls.story(route.id))} />
        <a className="btn" href={`/present${lang === 'zh' ? '?lang=zh' : ''}`}>
          {t('allStories')}
        </a>
      </div>
    );
  }
  if (!story || !step) {
    return <div className="pres-empty">{isDraft ? <p>{t('draftEmpty')}</p> : <Spinner label={t('loadingStory')} />}</div>;
  }

  const visual = (
    <div className={`story-visual${showNetwork && chart ? ' both' : ''}`}>
      {showNetwork && (
        <StoryNetwork
          key={`${route.id}-${i}-${lang}`}
          view={step.view}
          lang={lang}
          t={t}
          present={present}
          sources={sources}
          title={stepTitle}
          caption={caption}
          fileSlug={`${route.id}-step-${i + 1}`}
          playRequest={playRequest}
        />
      )}
      {chart && (
        <GrowthFigure
          key={`${route.id}-${i}`}
          orgIds={chart.organisations}
          units={chart.units}
          milestones="curated"
          lang={lang}
          t={t}
          variant={present ? 'present' : 'story'}
          sources={sources}
          milestoneSlot={present ? msSlot : undefined}
        />
      )}
    </div>
  );

  return (
    <div
      className={`story-player${present ? ' presenting' : ''}`}
      data-testid="story-player"
      data-story={route.id}
      data-step={i + 1}
      data-steps={n}
    >
      {!present && (
        <div className="sp-bar">
          <a
            className="btn btn-ghost"
            href={`/present${lang === 'zh' ? '?lang=zh' : ''}`}
            onClick={(e) => {
              e.preventDefault();
              navigate({ view: 'stories' }, true);
            }}
          >
            <Icon name="back" size={16} /> {t('allStories')}
          </a>
          <h1 className="sp-title">{isDraft ? t('draftStoryTitle', { title }) : title}</h1>
          <div className="sp-nav" role="group" aria-label={t('stepOfLong', { i: i + 1, n })}>
            <button
              type="button"
              className="btn btn-icon"
              onClick={() => go(i - 1)}
              disabled={i === 0}
              aria-label={t('prev')}
              title={t('prev')}
              data-testid="step-prev"
            >
              <Icon name="back" size={18} />
            </button>
            <span className="sp-counter" aria-live="polite" data-testid="step-counter">
              {t('stepOf', { i: i + 1, n })}
            </span>
            <button
              type="button"
              className="btn btn-icon"
              onClick={() => go(i + 1)}
              disabled={i >= n - 1}
              aria-label={t('next')}
              title={t('next')}
              data-testid="step-next"
            >
              <Icon name="next" size={18} />
            </button>
          </div>
          <a className="btn btn-ghost" href={explorerHref(step.view, lang)} title={t('openInExplorer')}>
            <Icon name="link" size={15} /> {t('openInExplorer')}
          </a>
          <button type="button" className="btn btn-primary" onClick={() => void enterPresentation()} data-testid="present-start">
            <Icon name="fullscreen" size={16} /> {t('presentMode')}
          </button>
        </div>
      )}
      <div className="sp-body">
        {visual}
        <section className="sp-caption" aria-live="polite" aria-label={t('stepOfLong', { i: i + 1, n })}>
          {present && <p className="sp-kicker">{title}</p>}
          <p className="sp-caption-text" data-testid="step-caption" lang={toLocale(lang === 'zh' && step.captionZh ? 'zh' : 'en')}>
            {caption}
          </p>
          {step.view.timeline && <p className="sp-hint">{t('playTimeline')}</p>}
          {present && chart && <div className="sp-milestones" ref={setMsSlot} />}
        </section>
      </div>
      {present && (
        <footer className="sp-present-foot">
          <span className="sp-keys">{t('presentKeys')}</span>
          <span className="sp-counter-big" data-testid="step-counter">
            {t('stepOf', { i: i + 1, n })}
          </span>
          <button
            type="button"
            className="sp-exit"
            onClick={exitPresentation}
            aria-label={t('exitPresent')}
            title={t('exitPresent')}
            data-testid="present-exit"
          >
            <Icon name="close" size={18} />
          </button>
        </footer>
      )}
      {present && fallback && (
        <div className="sp-fallback" role="status">
          {t('fullscreenFallback')}
        </div>
      )}
      <StepDots n={n} i={i} go={go} t={t} />
    </div>
  );
}

function StepDots({ n, i, go, t }: { n: number; i: number; go: (i: number) => void; t: Translate<'presenter'> }) {
  const dots = useMemo(() => Array.from({ length: n }, (_, k) => k), [n]);
  return (
    <nav className="sp-dots" aria-label={t('stepOfLong', { i: i + 1, n })}>
      {dots.map((k) => (
        <button
          key={k}
          type="button"
          className={k === i ? 'active' : ''}
          aria-current={k === i ? 'step' : undefined}
          aria-label={t('stepN', { n: k + 1 })}
          onClick={() => go(k)}
        />
      ))}
    </nav>
  );
}
