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
