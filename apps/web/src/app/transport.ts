import type { TypedDocumentNode } from '@apollo/client';
import { print } from 'graphql';

import { codeOf, ApiError } from './api-error';

// Session operations (sign in, refresh, sign out) run outside Apollo Client: the client's own
// links wait for them. They are still the generated operations, sent the same way.
export const SESSION_HEADERS = { 'x-brygga-session': 'cookie' } as const;

export function documentIdOf(document: unknown): string | undefined {
  const meta = (document as { __meta__?: { hash?: unknown } }).__meta__;
  return typeof meta?.hash === 'string' ? meta.hash : undefined;
}

export async function postOperation<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  accessToken?: string,
): Promise<TData> {
  const documentId = documentIdOf(document);
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...SESSION_HEADERS,
      ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
    },
    body: JSON.stringify({
      query: print(document),
      variables,
      ...(documentId ? { extensions: { documentId } } : {}),
    }),
  });
  let body: { data?: TData | null; errors?: Parameters<typeof codeOf>[0] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError('NETWORK');
  }
  const code = codeOf(body.errors);
  if (code || !body.data) throw new ApiError(code ?? 'UNKNOWN');
  return body.data;
}
