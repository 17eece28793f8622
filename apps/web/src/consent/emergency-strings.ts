import { i18n } from '../i18n/i18n';
import { svEmergency } from '../i18n/sv-emergency';

// Joins the catalog when the banner's or the list's chunk loads, before its first render.
i18n.addResourceBundle('sv', 'translation', { emergencyList: svEmergency }, true, true);
