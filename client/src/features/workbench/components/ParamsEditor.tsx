// The parameters box: JSON or `:param name => value` lines, checked as you type (the line and
// column of a mistake), with the parameters the query uses but does not set.
import { useId } from 'react';
import type { Translate } from '../../../i18n/index.ts';
import { formatParams, type ParamsParse } from '../lib/params.ts';

export interface ParamsEditorProps {
  t: Translate<'console'>;
  text: string;
  parsed: ParamsParse;
  missing: string[];
  onChange: (text: string) => void;
  onRun: () => void;
}

export function ParamsEditor({ t, text, parsed, missing, onChange, onRun }: ParamsEditorProps) {
  const id = useId();
  const n = parsed.ok ? Object.keys(parsed.params).length : 0;
  return (
    <div className="wb-params">
      <div className="wb-params-head">
        <label htmlFor={id} className="wb-label">
          {t('paramsLabel')}
        </label>
        <button
          type="button"
          className="link small"
          onClick={() => parsed.ok && onChange(formatParams(parsed.params))}
          disabled={!parsed.ok || parsed.format === 'map' || n === 0}
          data-testid="params-format"
        >
          {t('paramsFormat')}
        </button>
      </div>
      <textarea
        id={id}
        className={`wb-params-input${parsed.ok ? '' : ' invalid'}`}
        value={text}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            onRun();
          }
        }}
        spellCheck={false}
        placeholder={t('paramsPlaceholder')}
        aria-invalid={!parsed.ok}
        aria-describedby={`${id}-status`}
        data-testid="params-input"
      />
      <div id={`${id}-status`} className={`wb-params-status${parsed.ok ? '' : ' error'}`} aria-live="polite" data-testid="params-status">
        {parsed.ok ? (
          <>
            <span>{n ? t('paramsCount', { n, count: n }) : t('paramsNone')}</span>
            {missing.length > 0 && (
              <span className="wb-missing"> · {t('paramsMissing', { names: missing.map((m) => `$${m}`).join(', ') })}</span>
            )}
          </>
        ) : (
          t('paramsErrSyntax', { line: parsed.error.line, column: parsed.error.column, detail: parsed.error.detail })
        )}
      </div>
      <div className="hint">{t('paramsHelp')}</div>
    </div>
  );
}
