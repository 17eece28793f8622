import { i18n } from '../i18n/i18n';
import { svYoungPersonEditing } from '../i18n/sv-young-person-editing';

// Joins the catalog when the young person's chunk loads, before its first render; never in the
// entry (see sv-young-person-editing.ts).
i18n.addResourceBundle('sv', 'translation', { ypEditing: svYoungPersonEditing }, true, true);
