// The header's account control, on every page: "Sign in" opens the sign-in dialog; signed in,
// the name and role (a link to the curation pages) and a "Sign out" button. Viewers need no account: reading is open to all.
import { useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { signOut, useSession } from '../api/session.ts';
import { toLocale, type Lang } from '../i18n/index.ts';
import { Icon } from './Icon.tsx';
import { SignInDialog } from './SignInDialog.tsx';
import './session.css';

export function SessionControl({ lang }: { lang: Lang }) {
  const { t } = useTranslation('common', { lng: toLocale(lang) });
  const session = useSession();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  if (session.status === 'loading') return null;
  const user = session.user;
  if (user) {
    return (
      <div className="session-control" data-testid="session-control">
        {/* The account's name leads to its tools: import and the audit log (/curate). */}
        <a
          className="session-user"
          href={`/curate${lang === 'zh' ? '?lang=zh' : ''}`}
          title={t('session.curateLink')}
          data-testid="session-user"
        >
          <span className="session-name">{user.name}</span>
          <span className="session-role">{t(`session.roles.${user.role}`)}</span>
        </a>
        <button
          type="button"
          className="btn btn-small session-btn"
          disabled={busy}
          title={t('session.signOut')}
          aria-label={t('session.signOut')}
          onClick={() => {
            setBusy(true);
            void signOut().finally(() => setBusy(false));
          }}
          data-testid="sign-out"
        >
          <Icon name="signOut" size={16} />
          <span className="session-btn-text">{t('session.signOut')}</span>
        </button>
      </div>
    );
  }
  return (
    <div className="session-control" data-testid="session-control">
      <button
        ref={trigger}
        type="button"
        className="btn btn-small session-btn"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        data-testid="sign-in"
      >
        <Icon name="user" size={16} />
        {t('session.signIn')}
      </button>
      {open &&
        createPortal(
          <SignInDialog
            lang={lang}
            onClose={() => {
              setOpen(false);
              // Back to the control that opened it (after sign-in it is the Sign out button's turn).
              requestAnimationFrame(() => (trigger.current ?? document.querySelector<HTMLElement>('[data-testid="sign-out"]'))?.focus());
            }}
          />,
          // Outside the header, so the header's dark control styles do not reach it.
          document.body,
        )}
    </div>
  );
}
