import { describe, expect, it } from 'vitest';

import { sv } from '../i18n/sv';
import { categoryLabel } from './access-log-parts';

describe('categoryLabel', () => {
  it('names every category the api logs in Swedish', () => {
    const labels = sv.reviewLog.categoryValue;
    // The categories the api's reads note (libs/*: noteRead and the field policies).
    for (const code of ['NAME', 'IDENTITY', 'CONTACT', 'CONTACTS', 'OCCUPATION', 'MEASURES', 'PLAN', 'SIGNALS']) {
      expect(categoryLabel(labels, code)).not.toBe(code);
    }
    expect(categoryLabel(labels, 'IDENTITY')).toBe('Identitet');
  });

  it('keeps the code of a category it does not know (a municipality’s own)', () => {
    expect(categoryLabel(sv.reviewLog.categoryValue, 'EKONOMI')).toBe('EKONOMI');
  });
});
