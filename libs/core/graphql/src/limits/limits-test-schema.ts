import { buildSchema, GraphQLSchema } from 'graphql';

// Shared by the limit specs only; deliberately not exported from the index.
export const limitsTestTypeDefs = /* GraphQL */ `
  interface Node {
    id: ID!
  }

  type User implements Node {
    id: ID!
    name: String
    friends(first: Int, after: String): UserConnection
    posts(limit: Int): [Post!]!
  }

  type Post implements Node {
    id: ID!
    title: String
    author: User
    tags: [String!]!
  }

  type PageInfo {
    hasNextPage: Boolean!
    endCursor: String
  }

  type UserEdge {
    cursor: String!
    node: User!
  }

  type UserConnection {
    edges: [UserEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }

  type NodeEdge {
    cursor: String!
    node: Node!
  }

  type NodeConnection {
    edges: [NodeEdge!]!
    nodes: [Node!]!
    pageInfo: PageInfo!
  }

  type Item {
    id: ID!
    name: String!
    children: [Item!]!
    child: Item
  }

  type Query {
    node(id: ID!): Node
    nodes(first: Int, last: Int): NodeConnection
    users(first: Int = 3): UserConnection
    items: [Item!]!
    item: Item
  }
`;

export function buildLimitsTestSchema(): GraphQLSchema {
  return buildSchema(limitsTestTypeDefs);
}
