import { i18n } from '../i18n/i18n';
import { svYoungPersonContact } from '../i18n/sv-young-person-contact';

// Joins the catalog when the young person's chunk loads, before its first render; never in the
// entry (see sv-young-person-contact.ts).
i18n.addResourceBundle('sv', 'translation', { ypContact: svYoungPersonContact }, true, true);
