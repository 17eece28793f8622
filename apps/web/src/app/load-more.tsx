import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import type { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessageKey } from './api-error';
import { Alert, BodyShort, Button, VStack } from '../ui';
import { formatNumber } from '../i18n/format';

// Lists that show one page and load the next on "Visa fler" (issue 15: a list that stopped at
// its first page left the rest unreachable). One hook and one control for every such list: the
// next page is asked with the connection's cursor by a small query of its own, and appended to
// the page query's cached result (Apollo fetchMore), so the nodes stay normalised and a mutation
// on one of them shows in the list as before.

export const LIST_PAGE_SIZE = 50;

export interface PagedConnection {
  totalCount: number;
  nodes: ReadonlyArray<{ id: string }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

// The keys of a query result that hold a connection.
type ConnectionKey<TData> = {
  [K in keyof TData]: TData[K] extends PagedConnection ? K : never;
}[keyof TData] &
  string;

export interface LoadMore {
  // Loads the next page; nothing when there is none or one is on its way.
  loadMore: () => void;
  loading: boolean;
  error?: unknown;
  // Whether a page beyond the first was loaded (the count then stays in view).
  loadedMore: boolean;
}

// `field` is the connection's key in the page query's result; `query` asks the next page of
// the same connection under the same key with the same selection (its result type must fit),
// taking `after` and whatever else `variables` gives (the list's filter).
export function useLoadMore<
  TData,
  TVariables extends OperationVariables,
  K extends ConnectionKey<TData>,
  TMoreVariables,
>(
  result: Pick<useQuery.Result<TData, TVariables>, 'data' | 'fetchMore'>,
  field: K,
  query: TypedDocumentNode<Pick<TData, K>, TMoreVariables & { after: string }>,
  variables?: Omit<TMoreVariables, 'after'>,
): LoadMore {
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>();
  const [loadedMore, setLoadedMore] = useState(false);
  const { data, fetchMore } = result;
  const loadMore = () => {
    // A partial result (still loading) has no cursor to go on from: nothing is asked then.
    const connection = (data as Partial<TData> | undefined)?.[field] as PagedConnection | undefined;
    const after = connection?.pageInfo.endCursor;
    if (loading || !connection?.pageInfo.hasNextPage || !after) return;
    setLoading(true);
    setError(undefined);
    fetchMore<Pick<TData, K>, TMoreVariables & { after: string }>({
      query,
      variables: { ...variables, after } as TMoreVariables & { after: string },
      updateQuery: (previous, { fetchMoreResult }) => appendPage(previous, fetchMoreResult, field),
    })
      .then(() => setLoadedMore(true))
      .catch((problem: unknown) => setError(problem))
      .finally(() => setLoading(false));
  };
  return { loadMore, loading, error, loadedMore };
}

// A choice list (a select of people) has no room for "Visa fler": every page is loaded, one
// after another, as soon as the one before is in.
export function useLoadAll<
  TData,
  TVariables extends OperationVariables,
  K extends ConnectionKey<TData>,
  TMoreVariables,
>(
  result: Pick<useQuery.Result<TData, TVariables>, 'data' | 'fetchMore'>,
  field: K,
  query: TypedDocumentNode<Pick<TData, K>, TMoreVariables & { after: string }>,
  variables?: Omit<TMoreVariables, 'after'>,
): LoadMore {
  const more = useLoadMore(result, field, query, variables);
  const connection = (result.data as Partial<TData> | undefined)?.[field] as PagedConnection | undefined;
  const next = connection?.pageInfo.hasNextPage ? connection.pageInfo.endCursor : undefined;
  const loadMore = useRef(more.loadMore);
  loadMore.current = more.loadMore;
  // Again when a page is in (its cursor) and when the request before has settled (loading).
  useEffect(() => {
    if (next && !more.loading && more.error === undefined) loadMore.current();
  }, [next, more.loading, more.error]);
  return more;
}

// The next page after the ones already shown; the count and the cursor are the newest. A node
// already shown (the list changed between the two requests) is not shown twice.
export function appendPage<TData, K extends keyof TData>(previous: TData, next: Pick<TData, K>, field: K): TData {
  const shown = previous[field] as PagedConnection;
  const page = next[field] as PagedConnection;
  const ids = new Set(shown.nodes.map((node) => node.id));
  return {
    ...previous,
    [field]: { ...page, nodes: [...shown.nodes, ...page.nodes.filter((node) => !ids.has(node.id))] },
  };
}

// Under a list: "Visar 50 av 132 åtgärder" and "Visa fler", while there is more (and the count
// after the last page was loaded). `what` is the list's items in the plural ("åtgärder").
export function LoadMoreControl({
  connection,
  more,
  what,
}: {
  connection: PagedConnection;
  more: LoadMore;
  what: string;
}) {
  const { t } = useTranslation();
  const countId = useId();
  if (!connection.pageInfo.hasNextPage && !more.loadedMore) return null;
  return (
    <VStack gap="space-8" align="start">
      <BodyShort id={countId} aria-live="polite">
        {t('app.shownOf', {
          shown: formatNumber(connection.nodes.length),
          total: formatNumber(connection.totalCount),
          what,
        })}
      </BodyShort>
      {more.error !== undefined && (
        <Alert variant="error" size="small" role="alert">
          {t(errorMessageKey(more.error))}
        </Alert>
      )}
      {connection.pageInfo.hasNextPage && (
        <Button
          type="button"
          variant="secondary"
          size="small"
          loading={more.loading}
          aria-describedby={countId}
          onClick={more.loadMore}
        >
          {t('app.showMore')}
        </Button>
      )}
    </VStack>
  );
}
