// Roles a membership can carry (DESIGN.md §1). A user may hold several memberships.
export enum Role {
  COORDINATOR = 'COORDINATOR',
  TEAM_LEAD = 'TEAM_LEAD',
  SCHOOL_STAFF = 'SCHOOL_STAFF',
  PARTNER_CASEWORKER = 'PARTNER_CASEWORKER',
  LEADERSHIP = 'LEADERSHIP',
  LOG_REVIEWER = 'LOG_REVIEWER',
  ADMIN = 'ADMIN',
}
