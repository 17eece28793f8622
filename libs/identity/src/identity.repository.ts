import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';

import type { PrincipalLoad } from '@app/core/auth';
import { whereAccessible, type AppAbility, type Role } from '@app/core/authz';
import { likeTerm, nameContains, TransactionHost } from '@app/core/database';
import { keysetPage, type Page } from '@app/core/graphql';

import { MembershipEntity } from './entities/membership.entity';
import { UserEntity } from './entities/user.entity';
import { MEMBERSHIP_MAPPING, USER_MAPPING } from './identity.sql-mapping';

interface PrincipalRow {
  user_id: string;
  membership_id: string;
  municipality_id: string;
  organization_id: string;
  organization_kind: string;
  secrecy_domain: string;
  role: Role;
  emergency_young_person_ids: string[];
  stand_in_for_user_ids: string[];
  time_zone: string;
}

const PRINCIPAL_SQL = `
  SELECT u.id AS user_id, m.id AS membership_id, m.municipality_id, m.organization_id,
         o.kind AS organization_kind, o.secrecy_domain, m.role, mu.time_zone,
         -- Active emergency accesses (owned by the oversight library; named here because the
         -- principal is loaded before any feature runs, in this one statement per request).
         -- $3 is the clock's instant, never PostgreSQL's now(): time comes from one clock.
         ARRAY(SELECT e.young_person_id FROM emergency_access e
                WHERE e.membership_id = m.id AND e.ended_at IS NULL AND e.expires_at > $3::timestamptz
                ORDER BY e.young_person_id) AS emergency_young_person_ids,
         -- Stand-ins running today (owned by young-people, issue 17): the coordinators whose
         -- caseload this membership works, judged on the municipality's day of the clock's
         -- instant. Only a coordinator stands in, so any other role gets none.
         ARRAY(SELECT s.absent_user_id FROM stand_in s
                WHERE s.stand_in_membership_id = m.id AND m.role = 'COORDINATOR' AND s.ended_at IS NULL
                  AND s.from_on <= ($3::timestamptz AT TIME ZONE mu.time_zone)::date
                  AND s.to_on >= ($3::timestamptz AT TIME ZONE mu.time_zone)::date
                ORDER BY s.absent_user_id) AS stand_in_for_user_ids
    FROM app_user u
    JOIN membership m ON m.user_id = u.id AND m.ended_at IS NULL
    JOIN organization o ON o.id = m.organization_id
    JOIN municipality mu ON mu.id = m.municipality_id`;

// Run on every request, so prepared once per connection (TransactionHost.prepared).
const PRINCIPAL_BY_MEMBERSHIP_SQL = `${PRINCIPAL_SQL} WHERE u.id = $1 AND m.id = $2 AND u.disabled_at IS NULL`;

function toPrincipal(row: PrincipalRow | undefined): PrincipalLoad | undefined {
  if (!row) return undefined;
  return {
    userId: row.user_id,
    membershipId: row.membership_id,
    municipalityId: row.municipality_id,
    organizationId: row.organization_id,
    organizationKind: row.organization_kind,
    secrecyDomain: row.secrecy_domain,
    role: row.role,
    emergencyYoungPersonIds: row.emergency_young_person_ids,
    standInForUserIds: row.stand_in_for_user_ids,
    timeZone: row.time_zone,
  };
}

// All SQL for users and memberships. Reads made for a caller AND the caller's access
// predicate; the principal lookups run before any caller exists (authentication itself).
@Injectable()
export class IdentityRepository {
  constructor(private readonly tx: TransactionHost) {}

  async principalByMembership(userId: string, membershipId: string, now: Date): Promise<PrincipalLoad | undefined> {
    const rows = await this.tx.prepared<PrincipalRow>('brygga_principal_by_membership', PRINCIPAL_BY_MEMBERSHIP_SQL, [
      userId,
      membershipId,
      now,
    ]);
    return toPrincipal(rows[0]);
  }

  async principalByExternalSubject(
    subject: string,
    organizationId: string | undefined,
    now: Date,
  ): Promise<PrincipalLoad | undefined> {
    const rows = await this.tx.manager.query<PrincipalRow[]>(
      `${PRINCIPAL_SQL} WHERE u.external_subject = $1 AND u.disabled_at IS NULL AND ($2::uuid IS NULL OR m.organization_id = $2)
       ORDER BY m.created_at, m.id LIMIT 1`,
      [subject, organizationId ?? null, now],
    );
    return toPrincipal(rows[0]);
  }

  async principalForLogin(
    userId: string,
    organizationId: string | undefined,
    now: Date,
  ): Promise<PrincipalLoad | undefined> {
    const rows = await this.tx.manager.query<PrincipalRow[]>(
      `${PRINCIPAL_SQL} WHERE u.id = $1 AND u.disabled_at IS NULL AND ($2::uuid IS NULL OR m.organization_id = $2)
       ORDER BY m.created_at, m.id LIMIT 1`,
      [userId, organizationId ?? null, now],
    );
    return toPrincipal(rows[0]);
  }

  // Display names of users of one municipality, by id: for naming who did something in a record
  // the caller may already read (an export names who read it). Only names leave this method.
  async displayNames(municipalityId: string, userIds: readonly string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const rows = await this.tx.manager.query<Array<{ id: string; display_name: string }>>(
      'SELECT id, display_name FROM app_user WHERE municipality_id = $1 AND id = ANY($2::uuid[])',
      [municipalityId, userIds],
    );
    return new Map(rows.map((row) => [row.id, row.display_name]));
  }

  userByEmail(email: string): Promise<UserEntity | null> {
    return this.tx.manager.getRepository(UserEntity).findOne({ where: { email: email.toLowerCase() } });
  }

  findUser(ability: AppAbility, id: string, action: 'read' | 'update' = 'read'): Promise<UserEntity | null> {
    const qb = this.tx.manager.getRepository(UserEntity).createQueryBuilder('u');
    return whereAccessible(qb, ability, action, USER_MAPPING).andWhere('u.id = :id', { id }).getOne();
  }

  // Users the caller may read, by name, optionally only those whose name contains `search`
  // (folded as @app/core/database's foldedName folds it; blank means everyone). The filter narrows the
  // access-filtered query, so the total and the keyset cursor (name, id) stay as without it.
  usersPage(ability: AppAbility, args: { first?: number; after?: string; search?: string }): Promise<Page<UserEntity>> {
    const query = whereAccessible(
      this.tx.manager.getRepository(UserEntity).createQueryBuilder('u'),
      ability,
      'read',
      USER_MAPPING,
    );
    // The stored search_name is folded already (migration UserSearchName1796770000000).
    const search = likeTerm(args.search);
    if (search) query.andWhere(nameContains('u.search_name', 'search', true), { search });
    return keysetPage(query, args, { column: 'u.display_name', value: (row) => row.displayName });
  }

  // Display names of the given users that the caller may read, in one access-filtered statement
  // (naming who appears on a page of results: the access log's readers). A user the caller may
  // not read is simply absent.
  async namesOfUsers(ability: AppAbility, userIds: readonly string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const qb = this.tx.manager.getRepository(UserEntity).createQueryBuilder('u');
    const rows = await whereAccessible(qb, ability, 'read', USER_MAPPING)
      .andWhere('u.id IN (:...userIds)', { userIds })
      .select(['u.id', 'u.displayName'])
      .getMany();
    return new Map(rows.map((row) => [row.id, row.displayName]));
  }

  membershipsOfUsers(ability: AppAbility, userIds: readonly string[]): Promise<MembershipEntity[]> {
    const qb = this.tx.manager.getRepository(MembershipEntity).createQueryBuilder('m');
    return whereAccessible(qb, ability, 'read', MEMBERSHIP_MAPPING)
      .andWhere('m.user_id IN (:...userIds)', { userIds })
      .orderBy('m.created_at', 'ASC')
      .getMany();
  }

  findMembership(ability: AppAbility, id: string): Promise<MembershipEntity | null> {
    const qb = this.tx.manager.getRepository(MembershipEntity).createQueryBuilder('m');
    return whereAccessible(qb, ability, 'read', MEMBERSHIP_MAPPING).andWhere('m.id = :id', { id }).getOne();
  }

  insertUser(
    values: Pick<UserEntity, 'municipalityId' | 'email' | 'displayName' | 'passwordHash' | 'externalSubject'>,
  ): Promise<UserEntity> {
    const repo = this.tx.manager.getRepository(UserEntity);
    return repo.save(repo.create({ ...values, disabledAt: null }));
  }

  insertMembership(
    values: Pick<MembershipEntity, 'municipalityId' | 'userId' | 'organizationId' | 'role'>,
  ): Promise<MembershipEntity> {
    const repo = this.tx.manager.getRepository(MembershipEntity);
    return repo.save(repo.create({ ...values, endedAt: null }));
  }

  async emailExists(email: string): Promise<boolean> {
    return (await this.tx.manager.getRepository(UserEntity).count({ where: { email: email.toLowerCase() } })) > 0;
  }

  // Which of the given users are enabled and hold an active membership of the organisation
  // (with the role, when given). For choosing who may be responsible for or named on a record.
  async activeMembers(organizationId: string, userIds: readonly string[], role?: Role): Promise<string[]> {
    if (userIds.length === 0) return [];
    const query = this.tx.manager
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .innerJoin(UserEntity, 'u', 'u.id = m.user_id AND u.disabled_at IS NULL')
      .select('DISTINCT m.user_id', 'userId')
      .where('m.organization_id = :organizationId AND m.ended_at IS NULL AND m.user_id IN (:...userIds)', {
        organizationId,
        userIds,
      });
    if (role) query.andWhere('m.role = :role', { role });
    const rows = await query.getRawMany<{ userId: string }>();
    return rows.map((row) => row.userId);
  }

  // The active members of one organisation, by name (the people a plan may name as its lead):
  // ids and display names only, at most `limit`.
  async activeMemberNames(
    municipalityId: string,
    organizationId: string,
    limit: number,
  ): Promise<Array<{ id: string; displayName: string }>> {
    return this.tx.manager.query<Array<{ id: string; displayName: string }>>(
      `SELECT u.id, u.display_name AS "displayName" FROM app_user u
        WHERE u.municipality_id = $1 AND u.disabled_at IS NULL
          AND EXISTS (SELECT 1 FROM membership m
                       WHERE m.user_id = u.id AND m.organization_id = $2 AND m.ended_at IS NULL)
        ORDER BY u.display_name, u.id LIMIT $3`,
      [municipalityId, organizationId, limit],
    );
  }

  // Whether the user holds the role in the organisation now (an ended membership does not count).
  async membershipExists(userId: string, organizationId: string, role: Role): Promise<boolean> {
    return (
      (await this.tx.manager
        .getRepository(MembershipEntity)
        .count({ where: { userId, organizationId, role, endedAt: IsNull() } })) > 0
    );
  }

  // Changes a user's name or e-mail if the version is still the one the change is based on.
  async updateUserIfVersion(
    id: string,
    version: number,
    patch: Partial<Pick<UserEntity, 'displayName' | 'email'>>,
  ): Promise<boolean> {
    const result = await this.tx.manager
      .createQueryBuilder()
      .update(UserEntity)
      .set({ ...patch, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return result.affected === 1;
  }

  // Disables (at `at`) or enables (null) a user; false when it already was so. Disabling also
  // revokes every refresh token of the user (kept for the audit trail): the access token of a
  // running session is refused on its next request because the principal lookup skips disabled
  // users, and the refresh token can no longer renew it.
  async setUserDisabled(id: string, at: Date | null): Promise<boolean> {
    const result = await this.tx.manager
      .createQueryBuilder()
      .update(UserEntity)
      .set({ disabledAt: at, version: () => 'version + 1' })
      .where(at ? 'id = :id AND disabled_at IS NULL' : 'id = :id AND disabled_at IS NOT NULL', { id })
      .execute();
    if ((result.affected ?? 0) !== 1) return false;
    if (at) {
      await this.tx.manager.query(
        'UPDATE refresh_token SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL',
        [id, at],
      );
    }
    return true;
  }

  findMembershipForUpdate(ability: AppAbility, id: string): Promise<MembershipEntity | null> {
    const qb = this.tx.manager.getRepository(MembershipEntity).createQueryBuilder('m');
    return whereAccessible(qb, ability, 'update', MEMBERSHIP_MAPPING).andWhere('m.id = :id', { id }).getOne();
  }

  // Ends an active membership at `at` and revokes its refresh tokens; false when it had ended.
  async endMembership(id: string, at: Date): Promise<boolean> {
    const result = await this.tx.manager
      .createQueryBuilder()
      .update(MembershipEntity)
      .set({ endedAt: at })
      .where('id = :id AND ended_at IS NULL', { id })
      .execute();
    if ((result.affected ?? 0) !== 1) return false;
    await this.tx.manager.query(
      'UPDATE refresh_token SET revoked_at = $2 WHERE membership_id = $1 AND revoked_at IS NULL',
      [id, at],
    );
    return true;
  }
}
