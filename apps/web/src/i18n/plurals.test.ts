import { describe, expect, it } from 'vitest';

import { i18n } from './i18n';

// Counts that are often exactly one read as Swedish in the singular: a search by a full
// identity number finds one young person, and most of the log review's anomalies are one read
// of one young person ("1 träffar" and "1 läsningar av 1 ungdomar" were shown before).
describe('counted strings', () => {
  const t = i18n.t.bind(i18n);

  it('says one search hit in the singular', () => {
    expect(t('search.results', { count: 1 })).toBe('1 träff');
    expect(t('search.results', { count: 7 })).toBe('7 träffar');
  });

  it('says one access-log read in the singular', () => {
    expect(t('reviewLog.results', { count: 1 })).toBe('1 läsning');
    expect(t('reviewLog.results', { count: 2825 })).toBe('2825 läsningar');
  });

  it('words an anomaly by its own numbers of reads and young people', () => {
    const people = (count: number) => t('review.anomalyPeople', { count, formatted: String(count) });
    expect(
      t('review.anomaly', { count: 1, rule: 'Läsning utan grund', reads: '1', people: people(1), time: 'x' }),
    ).toBe('Läsning utan grund: 1 läsning av 1 ungdom, från x');
    expect(t('review.anomaly', { count: 3, rule: 'Många läsningar', reads: '3', people: people(2), time: 'x' })).toBe(
      'Många läsningar: 3 läsningar av 2 ungdomar, från x',
    );
  });
});
