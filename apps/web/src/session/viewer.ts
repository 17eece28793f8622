import type { ViewerQuery } from '../gql/graphql';

export type ViewerMembership = ViewerQuery['me']['user']['memberships'][number];

// Memberships a user can act through now: not ended, in an organisation they can see.
export function activeMemberships(viewer: ViewerQuery): ViewerMembership[] {
  return viewer.me.user.memberships.filter((membership) => membership.endedAt === null);
}
