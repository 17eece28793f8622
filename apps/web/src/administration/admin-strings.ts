import { i18n } from '../i18n/i18n';
import { svAdmin } from '../i18n/sv-admin';

// The administrator's strings join the catalog when this chunk loads: every administration page
// imports this module, so they are there before its first render and never in the entry.
i18n.addResourceBundle('sv', 'translation', { adminManage: svAdmin }, true, true);
