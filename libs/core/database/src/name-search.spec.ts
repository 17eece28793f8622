import { likeTerm, nameContains } from './name-search';

describe('name search', () => {
  it('takes the term as the api compares it: trimmed, spaces collapsed, blank as no search', () => {
    expect(likeTerm('  Karin   Söder ')).toBe('Karin Söder');
    expect(likeTerm('')).toBeUndefined();
    expect(likeTerm('   ')).toBeUndefined();
    expect(likeTerm(undefined)).toBeUndefined();
  });

  it('escapes LIKE’s own characters, so that they match as themselves', () => {
    expect(likeTerm('100%_a\\b')).toBe('100\\%\\_a\\\\b');
  });

  it('folds the column unless it is stored folded, and always the term', () => {
    expect(nameContains('o.name', 'search')).toMatch(
      /^lower\(translate\(o\.name, .*LIKE '%' \|\| lower\(translate\(:search, /,
    );
    expect(nameContains('u.search_name', 'search', true)).toMatch(
      /^u\.search_name LIKE '%' \|\| lower\(translate\(:search, /,
    );
  });
});
