/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment SessionTokens on AuthPayload {\n  accessToken\n  accessTokenExpiresAt\n  membership {\n    id\n    organizationId\n    role\n  }\n}\n\nmutation SignIn($input: LoginInput!) {\n  login(input: $input) {\n    ...SessionTokens\n  }\n}\n\nmutation RefreshSession {\n  refreshSession {\n    ...SessionTokens\n  }\n}\n\nmutation SignOut {\n  logout\n}\n\nquery Viewer {\n  me {\n    user {\n      id\n      displayName\n      email\n      memberships {\n        id\n        role\n        endedAt\n        organizationId\n        organization {\n          id\n          name\n        }\n      }\n    }\n    membership {\n      id\n      role\n      organizationId\n      organization {\n        id\n        name\n      }\n    }\n  }\n  municipality {\n    id\n    name\n  }\n}": typeof types.SessionTokensFragmentDoc,
};
const documents: Documents = {
    "fragment SessionTokens on AuthPayload {\n  accessToken\n  accessTokenExpiresAt\n  membership {\n    id\n    organizationId\n    role\n  }\n}\n\nmutation SignIn($input: LoginInput!) {\n  login(input: $input) {\n    ...SessionTokens\n  }\n}\n\nmutation RefreshSession {\n  refreshSession {\n    ...SessionTokens\n  }\n}\n\nmutation SignOut {\n  logout\n}\n\nquery Viewer {\n  me {\n    user {\n      id\n      displayName\n      email\n      memberships {\n        id\n        role\n        endedAt\n        organizationId\n        organization {\n          id\n          name\n        }\n      }\n    }\n    membership {\n      id\n      role\n      organizationId\n      organization {\n        id\n        name\n      }\n    }\n  }\n  municipality {\n    id\n    name\n  }\n}": types.SessionTokensFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SessionTokens on AuthPayload {\n  accessToken\n  accessTokenExpiresAt\n  membership {\n    id\n    organizationId\n    role\n  }\n}\n\nmutation SignIn($input: LoginInput!) {\n  login(input: $input) {\n    ...SessionTokens\n  }\n}\n\nmutation RefreshSession {\n  refreshSession {\n    ...SessionTokens\n  }\n}\n\nmutation SignOut {\n  logout\n}\n\nquery Viewer {\n  me {\n    user {\n      id\n      displayName\n      email\n      memberships {\n        id\n        role\n        endedAt\n        organizationId\n        organization {\n          id\n          name\n        }\n      }\n    }\n    membership {\n      id\n      role\n      organizationId\n      organization {\n        id\n        name\n      }\n    }\n  }\n  municipality {\n    id\n    name\n  }\n}"): (typeof documents)["fragment SessionTokens on AuthPayload {\n  accessToken\n  accessTokenExpiresAt\n  membership {\n    id\n    organizationId\n    role\n  }\n}\n\nmutation SignIn($input: LoginInput!) {\n  login(input: $input) {\n    ...SessionTokens\n  }\n}\n\nmutation RefreshSession {\n  refreshSession {\n    ...SessionTokens\n  }\n}\n\nmutation SignOut {\n  logout\n}\n\nquery Viewer {\n  me {\n    user {\n      id\n      displayName\n      email\n      memberships {\n        id\n        role\n        endedAt\n        organizationId\n        organization {\n          id\n          name\n        }\n      }\n    }\n    membership {\n      id\n      role\n      organizationId\n      organization {\n        id\n        name\n      }\n    }\n  }\n  municipality {\n    id\n    name\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;