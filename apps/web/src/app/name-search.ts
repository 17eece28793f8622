import { useState } from 'react';

import { useDebounced } from './use-debounced';

// A search by part of a name as the api takes it (`users(search:)`, `organizations(search:)`):
// at most this many characters, surrounding and repeated spaces not counted, the server asked
// once the typing pauses. One place for the user filter, the users page and the organisation
// picker.
export const NAME_SEARCH_MAX_LENGTH = 100;
export const NAME_SEARCH_DELAY_MS = 300;

export function normalizeSearch(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

// The typed text as the term to send, settled after a pause in the typing.
export function useSearchTerm(text: string): string {
  return useDebounced(normalizeSearch(text), NAME_SEARCH_DELAY_MS);
}

// The cursors of a list searched by name and paged on the server (the users, the
// organisations): the pages passed under one term. A new term starts at the first page, and so
// does clearing it: the pages passed under another term are forgotten, not resumed.
export function useTermCursors(term: string): [string[], (next: string[]) => void] {
  const [paging, setPaging] = useState<{ term: string; cursors: string[] }>({ term: '', cursors: [] });
  if (paging.term !== term) setPaging({ term, cursors: [] });
  const cursors = paging.term === term ? paging.cursors : [];
  return [cursors, (next) => setPaging({ term, cursors: next })];
}
