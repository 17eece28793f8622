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
    expect(t('reviewLog.results', { count: 2825 })).toBe('2\u00a0825 läsningar');
  });

  // A count is grouped by thousands; other numbers in the same sentence are not touched.
  it('writes counts with a space between thousands, and leaves other numbers as they are', () => {
    expect(t('search.results', { count: 1234567 })).toBe('1\u00a0234\u00a0567 träffar');
    expect(t('upload.encodingInvalidAt', { line: 12345 })).toBe(
      'Filen blandar teckenkodningar från rad 12345. Spara hela filen som UTF-8.',
    );
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
