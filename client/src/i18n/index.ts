// The one language layer: a single i18next instance, initialised synchronously with the JSON
// catalogs (locales/<language>/<namespace>.json), for React (useTranslation from react-i18next)
// and for plain code (`fixedT`). The app speaks of its languages as `Lang` ('en' | 'zh', as the
// URLs say lang=zh); i18next and the HTML lang attribute use 'en' and 'zh-Hant' (`toLocale`).
// A key missing from a namespace is looked up in `common` (fallbackNS), so shared words
// (appName, loading, retry, close …) exist once.
// The language is each page's own state (in the URL, and in the explorer's undo history), so
// components ask for it explicitly — useTranslation(ns, { lng: toLocale(lang) }) — and the
// instance's global language is never switched: a language change re-renders in one pass.
import i18next, { type TFunction } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../lib/view-state.ts';
import enCommon from './locales/en/common.json';
import enCommonGround from './locales/en/common-ground.json';
import enConsole from './locales/en/console.json';
import enCurate from './locales/en/curate.json';
import enDetails from './locales/en/details.json';
import enExplore from './locales/en/explore.json';
import enExport from './locales/en/export.json';
import enFilters from './locales/en/filters.json';
import enPaths from './locales/en/paths.json';
import enPresenter from './locales/en/presenter.json';
import enTimeline from './locales/en/timeline.json';
import zhCommon from './locales/zh-Hant/common.json';
import zhCommonGround from './locales/zh-Hant/common-ground.json';
import zhConsole from './locales/zh-Hant/console.json';
import zhCurate from './locales/zh-Hant/curate.json';
import zhDetails from './locales/zh-Hant/details.json';
import zhExplore from './locales/zh-Hant/explore.json';
import zhExport from './locales/zh-Hant/export.json';
import zhFilters from './locales/zh-Hant/filters.json';
import zhPaths from './locales/zh-Hant/paths.json';
import zhPresenter from './locales/zh-Hant/presenter.json';
import zhTimeline from './locales/zh-Hant/timeline.json';

export type { Lang };

/** The English catalogs: the reference every other language has the same keys as. */
export const resourcesEn = {
  common: enCommon,
  explore: enExplore,
  details: enDetails,
  filters: enFilters,
  paths: enPaths,
  'common-ground': enCommonGround,
  export: enExport,
  timeline: enTimeline,
  console: enConsole,
  presenter: enPresenter,
  curate: enCurate,
} as const;

export type Namespace = keyof typeof resourcesEn;
export type Locale = 'en' | 'zh-Hant';

export const resources: Record<Locale, Record<Namespace, object>> = {
  en: resourcesEn,
  'zh-Hant': {
    common: zhCommon,
    explore: zhExplore,
    details: zhDetails,
    filters: zhFilters,
    paths: zhPaths,
    'common-ground': zhCommonGround,
    export: zhExport,
    timeline: zhTimeline,
    console: zhConsole,
    presenter: zhPresenter,
    curate: zhCurate,
  },
};

const LOCALES: Record<Lang, Locale> = { en: 'en', zh: 'zh-Hant' };

/** The app's language as i18next and HTML know it: 'zh' -> 'zh-Hant'. The one place this is decided. */
export function toLocale(lang: Lang): Locale {
  return LOCALES[lang];
}

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: ['en', 'zh-Hant'],
  ns: Object.keys(resourcesEn),
  defaultNS: 'common',
  fallbackNS: 'common',
  // The catalogs write placeholders as {name}; values are text for React, never HTML.
  interpolation: { prefix: '{', suffix: '}', escapeValue: false },
  returnNull: false,
  initAsync: false,
  react: { useSuspense: false },
});

/** A translator for plain code (chart options, export captions …): `fixedT('zh', 'presenter')('chartTitle', …)`. */
export function fixedT<N extends Namespace>(lang: Lang, ns: N): TFunction<N> {
  return i18n.getFixedT(toLocale(lang), ns);
}

/** A translator bound to one namespace (and, through fallbackNS, common). */
export type Translate<N extends Namespace = 'common'> = TFunction<N>;

/** A catalog entry read directly (for keys built from data: labels, types, units …), or undefined. */
export function lookup(lang: Lang, ns: Namespace, path: readonly string[]): string | undefined {
  let v: unknown = resources[toLocale(lang)][ns];
  for (const k of path) v = v !== null && typeof v === 'object' && Object.hasOwn(v, k) ? (v as Record<string, unknown>)[k] : undefined;
  return typeof v === 'string' ? v : undefined;
}
