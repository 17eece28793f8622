import { ASTNode, GraphQLError } from 'graphql';

export interface LimitErrorArgs {
  readonly message: string;
  readonly code: string;
  readonly exposeLimits: boolean;
  /** Only shown when limits are exposed: the numbers help attackers tune a query just under the limit. */
  readonly detail: string;
  readonly nodes?: ASTNode | readonly ASTNode[];
  readonly extensions?: Readonly<Record<string, unknown>>;
}

export function limitMessage(message: string, detail: string, exposeLimits: boolean): string {
  return exposeLimits ? `${message} (${detail})` : message;
}

export function limitError(args: LimitErrorArgs): GraphQLError {
  return new GraphQLError(limitMessage(args.message, args.detail, args.exposeLimits), {
    nodes: args.nodes,
    extensions: { ...args.extensions, code: args.code },
  });
}
