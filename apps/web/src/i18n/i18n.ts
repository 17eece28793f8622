import i18next, { type FormatterModule } from 'i18next';
import { initReactI18next } from 'react-i18next';

import { formatNumber } from './format';
import { sv } from './sv';
import type { svAdmin } from './sv-admin';
import type { svEmergency } from './sv-emergency';
import type { svYoungPersonContact } from './sv-young-person-contact';
import type { svYoungPersonEditing } from './sv-young-person-editing';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // Added at run time with their chunks: adminManage (sv-admin.ts) with the administration
    // pages, ypContact (sv-young-person-contact.ts) and ypEditing (sv-young-person-editing.ts)
    // with the young person's page, emergencyList (sv-emergency.ts) with the partner's
    // emergency-access banner and list, ownView
    // (sv-own-view-pages.ts) with the own view (own-view-app.tsx).
    resources: {
      translation: typeof sv & {
        adminManage: typeof svAdmin;
        ypContact: typeof svYoungPersonContact;
        ypEditing: typeof svYoungPersonEditing;
        emergencyList: typeof svEmergency;
        ownView: typeof import('./sv-own-view-pages').svOwnView;
        // ypPlan (sv-plan-history.ts) with the young person's page (plan/plan-strings.ts).
        ypPlan: typeof import('./sv-plan-history').svPlanHistory;
      };
    };
  }
}

// Every count in a sentence is written the Swedish way, with a space between thousands ("2 825
// läsningar", not "2825"): the formatter runs for every value (`alwaysFormat`) and groups only
// the plural's `count`, so an id, a year or a line number in another variable stays as it is.
// Anything else passes through unchanged (also `undefined`, which i18next reports as missing).
const counts: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  add: () => undefined,
  addCached: () => undefined,
  format: (value: unknown, _format, _lng, options) =>
    (options?.interpolationkey === 'count' && typeof value === 'number' ? formatNumber(value) : value) as string,
};

// Initialised once, synchronously (the catalog is bundled), before the first render.
export const i18n = i18next.createInstance();
void i18n
  .use(initReactI18next)
  .use(counts)
  .init({
    lng: 'sv',
    fallbackLng: 'sv',
    resources: { sv: { translation: sv } },
    interpolation: { escapeValue: false, alwaysFormat: true }, // React escapes
    initAsync: false,
    returnNull: false,
  });
