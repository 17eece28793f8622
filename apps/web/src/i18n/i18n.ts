import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

import { sv } from './sv';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // The own view's strings join the catalog when its chunk loads (own-view-app.tsx).
    resources: { translation: typeof sv & { ownView: typeof import('./sv-own-view-pages').svOwnView } };
  }
}

// Initialised once, synchronously (the catalog is bundled), before the first render.
export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  lng: 'sv',
  fallbackLng: 'sv',
  resources: { sv: { translation: sv } },
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false,
  returnNull: false,
});
