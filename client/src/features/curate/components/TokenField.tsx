// The admin token for this tab (until sign-in exists): kept in sessionStorage by api/authed.ts.
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { getToken, setToken } from '../api/authed.ts';

export function TokenField({ t, onChange }: { t: TFunction<'curate'>; onChange: (set: boolean) => void }) {
  const [value, setValue] = useState('');
  const [isSet, setIsSet] = useState(() => !!getToken());
  return (
    <form
      className="curate-token"
      onSubmit={(e) => {
        e.preventDefault();
        setToken(value.trim());
        setIsSet(!!value.trim());
        setValue('');
        onChange(!!value.trim());
      }}
    >
      <label className="field-label" htmlFor="curate-token">
        {t('tokenLabel')}
      </label>
      <input
        id="curate-token"
        className="input"
        type="password"
        autoComplete="off"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        data-testid="curate-token"
      />
      <button type="submit" className="btn" disabled={!value.trim()} data-testid="curate-token-save">
        {t('tokenSave')}
      </button>
      {isSet && (
        <button
          type="button"
          className="btn"
          onClick={() => {
            setToken('');
            setIsSet(false);
            onChange(false);
          }}
        >
          {t('tokenForget')}
        </button>
      )}
      <span className={`curate-token-state${isSet ? ' is-set' : ''}`} role="status">
        {isSet ? t('tokenSet') : t('tokenMissing')}
      </span>
      <span className="curate-hint">{t('tokenHint')}</span>
    </form>
  );
}
