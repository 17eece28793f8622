import { MigrationInterface, QueryRunner } from 'typeorm';

// A membership can end (and the same role in the same organisation be given again later): the
// unique index covers active memberships only.
export class MembershipEnd1795610000002 implements MigrationInterface {
  name = 'MembershipEnd1795610000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."uq_membership_user_organization_role"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_membership_user_organization_role" ON "membership" ("user_id", "organization_id", "role") WHERE ended_at IS NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."uq_membership_user_organization_role"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_membership_user_organization_role" ON "membership" ("user_id", "organization_id", "role") ',
    );
  }
}
