// The one language switch (English / Traditional Chinese), used by every page's header.
import type { Lang } from '../lib/view-state.ts';

export function LanguageSwitch({ lang, label, onChange }: { lang: Lang; label: string; onChange: (l: Lang) => void }) {
  return (
    <div className="lang-switch" role="group" aria-label={label}>
      <button
        type="button"
        className={lang === 'en' ? 'active' : ''}
        aria-pressed={lang === 'en'}
        onClick={() => onChange('en')}
        lang="en"
        data-testid="lang-en"
      >
        EN
      </button>
      <button
        type="button"
        className={lang === 'zh' ? 'active' : ''}
        aria-pressed={lang === 'zh'}
        onClick={() => onChange('zh')}
        lang="zh-Hant"
        data-testid="lang-zh"
      >
        繁體中文
      </button>
    </div>
  );
}
