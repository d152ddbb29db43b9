// The sign-in dialog: a modal <dialog> (the browser keeps focus inside it and makes the page
// behind it inert), name and password, the server's answer said plainly (wrong name or password,
// too many attempts with the wait, server unreachable). Escape or Cancel closes it; focus starts
// on the name and goes back to the opener when it closes.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../api/http.ts';
import { signIn } from '../api/session.ts';
import { toLocale, type Lang } from '../i18n/index.ts';

export function SignInDialog({ lang, onClose }: { lang: Lang; onClose: () => void }) {
  const { t } = useTranslation('common', { lng: toLocale(lang) });
  const dialog = useRef<HTMLDialogElement>(null);
  const nameField = useRef<HTMLInputElement>(null);
  const passwordField = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const id = useId();

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (!d.open) d.showModal();
    nameField.current?.focus();
    return () => {
      if (d.open) d.close();
    };
  }, []);

  const describe = (e: unknown): string => {
    if (!(e instanceof ApiRequestError)) return t('session.errorGeneric', { message: String((e as Error)?.message ?? e) });
    if (e.status === 401) return t('session.wrongCredentials');
    if (e.status === 429) return t('session.rateLimited', { s: e.retryAfter ?? 60 });
    if (e.status === 0) return t('errorNetwork');
    return t('session.errorGeneric', { message: e.message });
  };

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    if (!name.trim() || !password) {
      setError(t('session.missing'));
      (name.trim() ? passwordField : nameField).current?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await signIn(name, password);
      onClose();
    } catch (e) {
      setError(describe(e));
      setPassword('');
      passwordField.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="sign-in-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      lang={toLocale(lang)}
      onCancel={(e) => {
        // Escape: close through React, so the opener gets its focus back.
        e.preventDefault();
        onClose();
      }}
      data-testid="sign-in-dialog"
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 id={`${id}-title`}>{t('session.dialogTitle')}</h2>
        <p id={`${id}-intro`} className="sign-in-intro">
          {t('session.intro')}
        </p>
        <label htmlFor={`${id}-name`}>{t('session.name')}</label>
        <input
          id={`${id}-name`}
          ref={nameField}
          className="input"
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={error !== undefined}
          data-testid="sign-in-name"
        />
        <label htmlFor={`${id}-password`}>{t('session.password')}</label>
        <input
          id={`${id}-password`}
          ref={passwordField}
          className="input"
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={error !== undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          data-testid="sign-in-password"
        />
        <p id={`${id}-error`} className="sign-in-error" role="alert" data-testid="sign-in-error">
          {error ?? ''}
        </p>
        <div className="sign-in-actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy} data-testid="sign-in-submit">
            {busy ? t('session.signingIn') : t('session.submit')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
