import { Button, HStack } from '@navikt/ds-react';

// Previous and next for a list paged on the server by keyset cursors. The page keeps the
// cursors it has passed (`cursors`, the last one is the current page's `after`); "previous"
// shows only past the first page and "next" only when the server says there is one.
export function CursorPager({
  cursors,
  onChange,
  pageInfo,
  previousLabel,
  nextLabel,
}: {
  cursors: string[];
  onChange: (cursors: string[]) => void;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  previousLabel: string;
  nextLabel: string;
}) {
  const { endCursor } = pageInfo;
  return (
    <HStack gap="space-16">
      {cursors.length > 0 && (
        <Button variant="secondary" type="button" onClick={() => onChange(cursors.slice(0, -1))}>
          {previousLabel}
        </Button>
      )}
      {pageInfo.hasNextPage && endCursor && (
        <Button variant="secondary" type="button" onClick={() => onChange([...cursors, endCursor])}>
          {nextLabel}
        </Button>
      )}
    </HStack>
  );
}
