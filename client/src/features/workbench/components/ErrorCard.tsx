// A refusal or error, said plainly: what happened (the server's own words), where (for Cypher
// errors: the line with a caret under the column), and what to do — with a live countdown when
// the rate limit asks to wait.
import { useEffect, useState } from 'react';
import type { ApiRequestError } from '../../../api/http.ts';
import { adviceFor } from '../lib/error-advice.ts';
import { stripPositionSuffix, type EditorPosition } from '../lib/error-position.ts';
import type { Translate } from '../../../i18n/index.ts';

function useCountdown(until: number | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!until || until <= Date.now()) return;
    const id = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(id);
  }, [until]);
  return until ? Math.max(0, Math.ceil((until - now) / 1000)) : 0;
}

export interface ErrorCardProps {
  t: Translate<'console'>;
  error: ApiRequestError;
  /** The query that failed (for the snippet). */
  query?: string;
  position?: EditorPosition;
  /** Names of missing parameters (code missing_params). */
  missing?: string[];
  retryUntil?: number;
  onGoTo?: () => void;
  onRetry?: () => void;
}

export function ErrorCard({ t, error, query, position, missing, retryUntil, onGoTo, onRetry }: ErrorCardProps) {
  const a = adviceFor(error.code, error.status);
  const left = useCountdown(retryUntil);
  const names = (missing ?? []).map((n) => `$${n}`).join(', ');
  const example = (missing ?? []).map((n) => `:param ${n} => '…'`).join('  ');
  let advice = t(a.advice, { s: left, names, example });
  if (error.code === 'rate_limited' && retryUntil && left === 0) advice = t('errRateReady');
  const lineText = position && query ? (query.split('\n')[position.line - 1] ?? '') : undefined;
  const problems = (error.details as { problems?: { field: string; message: string }[] } | undefined)?.problems;
  return (
    <div className={`wb-error wb-error-${a.tone}`} role="alert" data-testid="console-error" data-code={error.code}>
      <h3>{t(a.title, { status: error.status })}</h3>
      <p className="wb-error-message">{stripPositionSuffix(error.message)}</p>
      {position && lineText !== undefined && (
        <div className="wb-error-where">
          <div className="muted small">{t('errCypherAt', { line: position.line, column: position.column })}</div>
          <pre className="wb-error-snippet" aria-hidden="true">
            {lineText}
            {'\n'}
            {' '.repeat(Math.max(0, position.column - 1))}^
          </pre>
        </div>
      )}
      {Array.isArray(problems) && problems.length > 0 && (
        <ul className="wb-error-problems">
          {problems.map((p, i) => (
            <li key={i}>
              <code>{p.field}</code>: {p.message}
            </li>
          ))}
        </ul>
      )}
      <p className="wb-error-advice">{advice}</p>
      <div className="wb-error-actions">
        {position && onGoTo && (
          <button type="button" className="btn btn-small" onClick={onGoTo} data-testid="go-to-error">
            {t('goToError')}
          </button>
        )}
        {onRetry &&
          (error.code === 'rate_limited' ||
            error.code === 'too_many_queries' ||
            error.code === 'network' ||
            error.code === 'database_unavailable' ||
            error.code === 'query_timeout') && (
            <button type="button" className="btn btn-small" onClick={onRetry} disabled={error.code === 'rate_limited' && left > 0}>
              {t('tryAgain')}
            </button>
          )}
      </div>
    </div>
  );
}
