// The explorer's top bar: name, search, layout picker, undo/redo, copy link, export, language switch, sign-in.
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { SessionControl } from '../components/SessionControl.tsx';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Icon } from '../components/Icon.tsx';
import { ModeNav } from '../components/ModeNav.tsx';
import { Brand } from '../components/Brand.tsx';
import type { Translate } from '../i18n/index.ts';
import { LAYOUTS, ORIENTATIONS, type Lang, type LayoutName, type Orientation } from '../lib/view-state.ts';
import '../components/header.css';
import './explore-header.css';

export interface ExploreHeaderProps {
  t: Translate<'explore'>;
  lang: Lang;
  layout: LayoutName;
  orient: Orientation;
  canUndo: boolean;
  canRedo: boolean;
  search: ReactNode;
  exportMenu: ReactNode;
  onLayout: (l: LayoutName, o?: Orientation) => void;
  onRelayout: () => void;
  onUndo: () => void;
  onRedo: () => void;
  onReset: () => void;
  onLang: (l: Lang) => void;
}

export function ExploreHeader(p: ExploreHeaderProps) {
  const { t, lang } = p;
  return (
    <header className="app-header">
      <a className="skip-link" href="#canvas-region">
        {t('skipToCanvas')}
      </a>
      <Brand name={t('appName')} tag={t('appTagline')} />
      <ModeNav current="explore" lang={lang} />
      <div className="header-search">{p.search}</div>
      <div className="header-tools">
        <div className="tool-group" role="group" aria-label={t('layout')}>
          <label className="sr-only" htmlFor="layout-select">
            {t('layout')}
          </label>
          <Icon name="layout" size={16} />
          <select
            id="layout-select"
            className="select"
            value={p.layout}
            onChange={(e) => p.onLayout(e.target.value as LayoutName)}
            data-testid="layout-select"
          >
            {LAYOUTS.map((l) => (
              <option key={l} value={l}>
                {t(`layouts.${l}`)}
              </option>
            ))}
          </select>
          {p.layout === 'breadthfirst' && (
            <>
              <label className="sr-only" htmlFor="orient-select">
                {t('orientation')}
              </label>
              <select
                id="orient-select"
                className="select"
                value={p.orient}
                onChange={(e) => p.onLayout(p.layout, e.target.value as Orientation)}
              >
                {ORIENTATIONS.map((o) => (
                  <option key={o} value={o}>
                    {t(`orientations.${o}`)}
                  </option>
                ))}
              </select>
            </>
          )}
          <button type="button" className="btn btn-icon" onClick={p.onRelayout} title={t('relayout')} aria-label={t('relayout')}>
            <Icon name="reset" size={16} />
          </button>
        </div>
        <div className="tool-group" role="group" aria-label={`${t('undo')} / ${t('redo')}`}>
          <button
            type="button"
            className="btn btn-icon"
            onClick={p.onUndo}
            disabled={!p.canUndo}
            title={t('undoHint')}
            aria-label={t('undo')}
            data-testid="undo"
          >
            <Icon name="undo" size={16} />
          </button>
          <button
            type="button"
            className="btn btn-icon"
            onClick={p.onRedo}
            disabled={!p.canRedo}
            title={t('redoHint')}
            aria-label={t('redo')}
            data-testid="redo"
          >
            <Icon name="redo" size={16} />
          </button>
          <button type="button" className="btn btn-ghost" onClick={p.onReset} title={t('resetView')}>
            {t('resetView')}
          </button>
        </div>
        <CopyLinkButton t={t} />
        {p.exportMenu}
        <LanguageSwitch lang={lang} label={t('language')} onChange={p.onLang} />
        <SessionControl lang={lang} />
      </div>
    </header>
  );
}

/**
 * Copies the page address (it carries the whole view) and says so. Without the Clipboard API
 * (or when it refuses), a small popover shows the address selected, ready for Ctrl+C.
 */
function CopyLinkButton({ t }: { t: Translate<'explore'> }) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const field = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [href, setHref] = useState('');
  useEffect(() => {
    if (state !== 'copied') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);
  useEffect(() => {
    if (state === 'manual') field.current?.select();
  }, [state]);
  const copy = async () => {
    const url = window.location.href;
    setHref(url);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('manual');
    }
  };
  const close = () => {
    setState('idle');
    button.current?.focus();
  };
  return (
    <div className="copy-link">
      <button
        ref={button}
        type="button"
        className="btn btn-icon"
        onClick={() => void copy()}
        title={t('copyLink')}
        aria-label={t('copyLink')}
        aria-expanded={state === 'manual'}
        data-testid="copy-link"
      >
        <Icon name="link" size={16} />
      </button>
      <span className="copy-link-status" role="status" aria-live="polite" data-testid="copy-link-status">
        {state === 'copied' ? t('linkCopied') : ''}
      </span>
      {state === 'manual' && (
        <div
          className="copy-link-popover"
          role="dialog"
          aria-label={t('copyLinkManual')}
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
          }}
        >
          <label htmlFor="copy-link-field">{t('copyLinkManual')}</label>
          <input id="copy-link-field" ref={field} className="input" readOnly value={href} onFocus={(e) => e.target.select()} />
          <button type="button" className="btn btn-small" onClick={close}>
            {t('copyLinkClose')}
          </button>
        </div>
      )}
    </div>
  );
}
