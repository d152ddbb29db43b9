// The stories: the shipped ones (seed/stories/, GET /api/stories) to open or present, and the
// draft story built from the explorer and the charts, to edit, validate and export as a file.
import { urls } from '../../../api/endpoints.ts';
import type { StoryListResponse } from '../../../../../server/shared/contracts.ts';
import { ApiErrorNotice, EmptyState, Spinner } from '../../../components/Feedback.tsx';
import { Icon } from '../../../components/Icon.tsx';
import { retryApi, useApi } from '../../../api/cache.ts';
import { toLocale, type Lang, type Translate } from '../../../i18n/index.ts';
import type { PresenterRoute } from '../lib/present-url.ts';
import { DraftEditor } from './DraftEditor.tsx';

export function StoriesView({
  lang,
  t,
  navigate,
}: {
  lang: Lang;
  t: Translate<'presenter'>;
  navigate: (r: PresenterRoute, push?: boolean) => void;
}) {
  const entry = useApi<StoryListResponse>(urls.stories());
  const stories = entry?.data?.stories ?? [];
  const invalid = entry?.data?.invalid ?? [];
  const href = (id: string, present: boolean) =>
    `/present/story/${id}/1?${present ? 'present=1&' : ''}${lang === 'zh' ? 'lang=zh' : ''}`.replace(/[?&]$/, '');

  return (
    <div className="stories-view">
      <section className="pres-section" aria-labelledby="stories-h">
        <h2 id="stories-h">{t('storiesHeading')}</h2>
        <p className="pres-intro">{t('storiesIntro')}</p>
        {entry?.error && !entry.data ? (
          <ApiErrorNotice lang={lang} error={entry.error} onRetry={() => retryApi(urls.stories())} />
        ) : !entry?.data ? (
          <Spinner label={t('loadingStories')} />
        ) : stories.length === 0 ? (
          <EmptyState title={t('noStories')} />
        ) : (
          <ul className="story-cards" data-testid="story-list">
            {stories.map((s) => (
              <li key={s.id} className="story-card" data-story={s.id}>
                <h3 lang={toLocale(lang === 'zh' && s.titleZh ? 'zh' : 'en')}>{lang === 'zh' && s.titleZh ? s.titleZh : s.title}</h3>
                <p className="story-desc" title={lang === 'zh' && s.descriptionZh ? s.descriptionZh : s.description}>
                  {lang === 'zh' && s.descriptionZh ? s.descriptionZh : s.description}
                </p>
                <div className="story-card-foot">
                  <span className="chip">{t('stepsCount', { n: s.steps, count: s.steps })}</span>
                  <a
                    className="btn"
                    href={href(s.id, false)}
                    onClick={(e) => {
                      e.preventDefault();
                      navigate({ view: 'story', id: s.id, step: 0, present: false }, true);
                    }}
                    data-testid={`story-open-${s.id}`}
                  >
                    {t('open')}
                  </a>
                  <a
                    className="btn btn-primary"
                    href={href(s.id, true)}
                    onClick={(e) => {
                      e.preventDefault();
                      navigate({ view: 'story', id: s.id, step: 0, present: true }, true);
                      void document.documentElement.requestFullscreen?.().catch(() => undefined);
                    }}
                    data-testid={`story-present-${s.id}`}
                  >
                    <Icon name="fullscreen" size={16} /> {t('present')}
                  </a>
                </div>
              </li>
            ))}
          </ul>
        )}
        {invalid.length > 0 && (
          <div className="notice notice-error" role="alert">
            {t('invalidStories', { n: invalid.length, count: invalid.length, files: invalid.map((f) => f.file).join(', ') })}
          </div>
        )}
      </section>
      <DraftEditor lang={lang} t={t} navigate={navigate} />
    </div>
  );
}
