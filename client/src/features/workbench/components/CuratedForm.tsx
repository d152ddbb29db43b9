// A curated query's form, generated from its header: one field per parameter (text, number,
// checkbox, partial date, node id with a name search), defaults filled in, required ones marked.
// Checked here first; the server's own 400 is shown next to the field it names.
import { useId, useState } from 'react';
import type { CuratedQuery, CuratedQueryParam } from '../../../../../server/shared/contracts.ts';
import { EntityCombobox } from '../../../components/EntityCombobox.tsx';
import type { Lang } from '../../../lib/view-state.ts';
import { formParams, initialValues, inputKind, type FieldProblem, type FormValues } from '../lib/curated-form.ts';
import { paramDescription } from '../lib/curated-text.ts';
import type { Translate } from '../../../i18n/index.ts';

export interface CuratedFormProps {
  t: Translate<'console'>;
  lang: Lang;
  query: CuratedQuery;
  initial?: Record<string, unknown>;
  running: boolean;
  serverProblems?: Record<string, FieldProblem>;
  onRun: (params: Record<string, unknown>) => void;
  onOpenInEditor: (params: Record<string, unknown>) => void;
}

function problemText(t: Translate<'console'>, p: FieldProblem): string {
  switch (p.code) {
    case 'required':
      return t('fieldRequired');
    case 'integer':
      return t('fieldInteger');
    case 'number':
      return t('fieldNumber');
    case 'min':
      return t('fieldMin', { n: p.detail ?? '' });
    case 'max':
      return t('fieldMax', { n: p.detail ?? '' });
    case 'date':
      return t('fieldDate');
    case 'id':
      return t('fieldId');
    default:
      return p.detail ?? '';
  }
}

export function CuratedForm({ t, lang, query, initial, running, serverProblems, onRun, onOpenInEditor }: CuratedFormProps) {
  const formId = useId();
  const [values, setValues] = useState<FormValues>(() => initialValues(query, initial));
  const [problems, setProblems] = useState<Record<string, FieldProblem>>({});
  const shown = { ...(serverProblems ?? {}), ...problems };

  const set = (name: string, v: string | boolean) => {
    setValues((x) => ({ ...x, [name]: v }));
    setProblems((p) => {
      if (!(name in p)) return p;
      const { [name]: _, ...rest } = p;
      return rest;
    });
  };

  const submit = (then: (params: Record<string, unknown>) => void) => {
    const r = formParams(query, values);
    if (!r.ok) {
      setProblems(r.problems);
      const first = query.params.find((p) => r.problems[p.name]);
      if (first) document.getElementById(`${formId}-${first.name}`)?.focus();
      return;
    }
    setProblems({});
    then(r.params);
  };

  const field = (p: CuratedQueryParam) => {
    const fid = `${formId}-${p.name}`;
    const kind = inputKind(p);
    const problem = shown[p.name];
    const describedBy = `${fid}-hint${problem ? ` ${fid}-err` : ''}`;
    const common = {
      id: fid,
      'aria-describedby': describedBy,
      'aria-invalid': !!problem,
      'aria-required': p.required,
      'data-param': p.name,
    };
    const placeholder = p.required ? '' : p.default === null || p.default === undefined ? t('anyValue') : '';
    return (
      <div key={p.name} className={`wb-field${problem ? ' invalid' : ''}`}>
        {kind === 'checkbox' ? (
          <label className="wb-check" htmlFor={fid}>
            <input type="checkbox" {...common} checked={values[p.name] === true} onChange={(e) => set(p.name, e.target.checked)} />
            <span className="mono">{p.name}</span>
          </label>
        ) : (
          <label className="wb-field-label" htmlFor={fid}>
            <span className="mono">{p.name}</span>
            {p.required && (
              <span className="wb-required" aria-label={t('required')} title={t('required')}>
                *
              </span>
            )}
            <span className="wb-type">{t(`paramType.${p.type}`)}</span>
          </label>
        )}
        {kind !== 'checkbox' && (
          <input
            {...common}
            className={`input wb-input${kind === 'id' || kind === 'date' ? ' mono' : ''}`}
            type={kind === 'number' ? 'number' : 'text'}
            inputMode={kind === 'number' ? (p.type === 'integer' ? 'numeric' : 'decimal') : undefined}
            step={p.type === 'integer' ? 1 : kind === 'number' ? 'any' : undefined}
            min={p.min}
            max={p.max}
            value={String(values[p.name] ?? '')}
            placeholder={kind === 'date' ? placeholder || '2024, 2024-05, 2024-05-13' : placeholder}
            onChange={(e) => set(p.name, e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        )}
        {kind === 'id' && (
          <EntityCombobox
            lang={lang}
            label={t('findEntityLabel', { name: p.name })}
            placeholder={t('findEntity')}
            onPick={(hit) => set(p.name, hit.id)}
            className="wb-find"
            testId={`find-${p.name}`}
          />
        )}
        <div id={`${fid}-hint`} className="hint">
          {paramDescription(p, lang)}
        </div>
        {problem && (
          <div id={`${fid}-err`} className="wb-field-error" role="alert">
            {problemText(t, problem)}
          </div>
        )}
      </div>
    );
  };

  return (
    <form
      className="wb-curated-form"
      data-testid={`curated-form-${query.id}`}
      onSubmit={(e) => {
        e.preventDefault();
        submit(onRun);
      }}
      noValidate
    >
      {query.params.map(field)}
      <div className="wb-form-actions">
        <button type="submit" className="btn btn-primary" disabled={running} data-testid="curated-run">
          {t('runQuery')}
        </button>
        <button type="button" className="btn" onClick={() => submit(onOpenInEditor)} data-testid="curated-open">
          {t('openInEditor')}
        </button>
        {query.params.length > 0 && (
          <button
            type="button"
            className="btn btn-ghost btn-small"
            onClick={() => {
              setValues(initialValues(query));
              setProblems({});
            }}
            data-testid="curated-defaults"
          >
            {t('resetDefaults')}
          </button>
        )}
      </div>
    </form>
  );
}
