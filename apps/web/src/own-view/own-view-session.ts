import type { TypedDocumentNode } from '@apollo/client';

import { ApiError } from '../app/api-error';
import { postOperation } from '../app/transport';
import { EndSelfServiceSessionDocument, SelfServiceSessionDocument } from '../gql/own-view/own-view';
import type { SelfServiceSessionMutation } from '../gql/graphql';

export type OwnSession = SelfServiceSessionMutation['selfServiceSession'];

const EXPIRED = new Set(['AUTH_UNAUTHENTICATED', 'AUTH_TOKEN_EXPIRED']);

// The own view's session (issue 19), apart from the staff session store: its cookie is set by
// the provider sign-in and exchanged for a short-lived access token kept in memory only. A
// request refused for an expired token fetches a new one once (the session itself has a fixed
// end); when that fails, the person is signed out.
export class OwnViewSession {
  private current: OwnSession | undefined;

  constructor(private readonly onEnded: () => void) {}

  async start(): Promise<OwnSession> {
    this.current = (await postOperation(SelfServiceSessionDocument, {})).selfServiceSession;
    return this.current;
  }

  async call<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables): Promise<TData> {
    try {
      return await postOperation(document, variables, this.current?.accessToken);
    } catch (error) {
      if (!(error instanceof ApiError) || !EXPIRED.has(error.code)) throw error;
      try {
        await this.start();
      } catch {
        this.current = undefined;
        this.onEnded();
        throw error;
      }
      return postOperation(document, variables, this.current?.accessToken);
    }
  }

  async end(): Promise<void> {
    try {
      await postOperation(EndSelfServiceSessionDocument, {}, this.current?.accessToken);
    } finally {
      this.current = undefined;
    }
  }
}
