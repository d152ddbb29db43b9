// Type-safe keys: `t` knows the English catalogs (every language has the same keys, checked by
// tests/unit/i18n-catalogs.test.ts), and common is the fallback namespace.
import 'i18next';
import type { resourcesEn } from './index.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    fallbackNS: 'common';
    resources: typeof resourcesEn;
    returnNull: false;
  }
}
