// The analyst workbench (Cypher console) page: the header (tool switcher, language) and the
// workbench, given the explorer's canvas styles so results and the schema are drawn the same way.
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { SessionControl } from '../components/SessionControl.tsx';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Brand } from '../components/Brand.tsx';
import { ModeNav } from '../components/ModeNav.tsx';
import { buildStylesheet } from '../components/canvas/lib/cy-style.ts';
import { toElements } from '../components/canvas/lib/elements.ts';
import { layoutOptions } from '../components/canvas/lib/layouts.ts';
import { Workbench } from '../features/workbench/components/Workbench.tsx';
import type { GraphKit } from '../features/workbench/lib/graph-kit.ts';
import { decodeConsoleLink } from '../features/workbench/lib/share.ts';
import '../features/workbench/workbench.css';
import { toLocale, type Lang } from '../i18n/index.ts';
import { typeName } from '../i18n/model.ts';
import '../components/header.css';

cytoscape.use(fcose);

const kit: GraphKit = {
  stylesheet: buildStylesheet(),
  elements: (graph, lang) =>
    toElements(graph.nodes, graph.edges, { lang, sizeByDegree: true, typeCaption: (type) => typeName(lang, type) }),
  layout: (n) => layoutOptions({ name: 'fcose', orient: 'TB', animate: false }, n),
};

export function WorkbenchPage() {
  const [link] = useState(() => decodeConsoleLink(window.location.search));
  const [lang, setLang] = useState<Lang>(link.lang);
  const { t } = useTranslation('console', { lng: toLocale(lang) });

  useEffect(() => {
    document.documentElement.lang = toLocale(lang);
    document.title = `${t('pageTitle')} · ${t('appName')}`;
  }, [lang, t]);

  return (
    <div className="wb-page" data-lang={lang} data-testid="workbench">
      <header className="app-header wb-header">
        <a className="skip-link" href="#wb-editor">
          {t('skipToEditor')}
        </a>
        <a className="brand-link" href={`/${lang === 'zh' ? '?lang=zh' : ''}`} aria-label={t('appName')}>
          <Brand name={t('appName')} tag={t('appTagline')} />
        </a>
        <ModeNav current="console" lang={lang} />
        <h1 className="wb-title">{t('pageTitle')}</h1>
        <div className="header-tools">
          <LanguageSwitch lang={lang} label={t('language')} onChange={setLang} />
          <SessionControl lang={lang} />
        </div>
      </header>
      <Workbench lang={lang} kit={kit} link={link} />
    </div>
  );
}
