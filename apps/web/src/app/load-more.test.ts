import { describe, expect, it } from 'vitest';

import { appendPage } from './load-more';

const page = (ids: string[], total: number, endCursor: string, hasNextPage: boolean) => ({
  totalCount: total,
  pageInfo: { hasNextPage, endCursor },
  nodes: ids.map((id) => ({ id })),
});

describe('appendPage', () => {
  it('appends the next page after the rows shown, with its count and cursor', () => {
    const merged = appendPage(
      { other: 'kept', list: page(['a', 'b'], 5, 'b', true) },
      { list: page(['c', 'd'], 5, 'd', true) },
      'list',
    );
    expect(merged).toEqual({ other: 'kept', list: page(['a', 'b', 'c', 'd'], 5, 'd', true) });
  });

  it('shows a row only once when the list moved between the two requests', () => {
    const merged = appendPage(
      { list: page(['a', 'b'], 4, 'b', true) },
      { list: page(['b', 'c'], 4, 'c', false) },
      'list',
    );
    expect(merged.list.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(merged.list.pageInfo.hasNextPage).toBe(false);
  });
});
