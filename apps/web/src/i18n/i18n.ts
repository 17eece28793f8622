import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

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
