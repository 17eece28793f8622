import { i18n } from '../i18n/i18n';
import { svPlanHistory } from '../i18n/sv-plan-history';

// Joins the catalog when the young person's chunk loads, before its first render; never in the
// entry (see sv-plan-history.ts).
i18n.addResourceBundle('sv', 'translation', { ypPlan: svPlanHistory }, true, true);
