// Loading and error states shared by every region: a spinner, skeleton lines, and an API error
// that says what happened and what to do (with a Retry button).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiRequestError } from '../api/cache.ts';
import { toLocale, type Lang, type Translate } from '../i18n/index.ts';
import './feedback.css';

export function Spinner({ label }: { label: string }) {
  return (
    <div className="spinner-wrap" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

export function Skeleton({ lines = 4 }: { lines?: number }) {
  return (
    <div className="skeleton" aria-hidden="true">
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className="skeleton-line" style={{ width: `${90 - ((i * 17) % 45)}%` }} />
      ))}
    </div>
  );
}

export function apiErrorText(t: Translate, e: ApiRequestError): string {
  if (e.status === 503 || e.status === 504) return t('errorUnavailable');
  if (e.status === 0) return t('errorNetwork');
  if (e.status === 404) return t('errorNotFound', { message: e.message });
  if (e.status === 400) return t('errorBadRequest', { message: e.message });
  return t('errorGeneric', { status: e.status });
}

export function ApiErrorNotice({
  lang,
  error,
  onRetry,
  compact = false,
}: {
  lang: Lang;
  error: ApiRequestError;
  onRetry?: () => void;
  compact?: boolean;
}) {
  const { t } = useTranslation('common', { lng: toLocale(lang) });
  return (
    <div className={`notice notice-error${compact ? ' compact' : ''}`} role="alert">
      <span>{apiErrorText(t, error)}</span>
      {onRetry && (
        <button type="button" className="btn btn-small" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}

export function EmptyState({ title, children, icon }: { title: string; children?: ReactNode; icon?: ReactNode }) {
  return (
    <div className="empty-state">
      {icon && (
        <div className="empty-icon" aria-hidden="true">
          {icon}
        </div>
      )}
      <h3>{title}</h3>
      {children}
    </div>
  );
}
