// The one language switch (English / Traditional Chinese), used by every page's header.
import { useTranslation } from 'react-i18next';
import { toLocale, type Lang } from '../i18n/index.ts';
import './lang-switch.css';

export function LanguageSwitch({ lang, label, onChange }: { lang: Lang; label: string; onChange: (l: Lang) => void }) {
  const { t } = useTranslation('common', { lng: toLocale(lang) });
  return (
    <div className="lang-switch" role="group" aria-label={label}>
      <button
        type="button"
        className={lang === 'en' ? 'active' : ''}
        aria-pressed={lang === 'en'}
        onClick={() => onChange('en')}
        lang={toLocale('en')}
        data-testid="lang-en"
      >
        {t('languageNames.en')}
      </button>
      <button
        type="button"
        className={lang === 'zh' ? 'active' : ''}
        aria-pressed={lang === 'zh'}
        onClick={() => onChange('zh')}
        lang={toLocale('zh')}
        data-testid="lang-zh"
      >
        {t('languageNames.zh')}
      </button>
    </div>
  );
}
