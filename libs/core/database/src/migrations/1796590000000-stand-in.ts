import { MigrationInterface, QueryRunner } from 'typeorm';

import { appRole } from './app-role';

// Stand-ins (vikarier, issue 17). The trigger is the rule's last word, whatever writes the row:
// for one KAA unit at a time (a transaction-scoped advisory lock, so two appointments in
// parallel cannot both pass the check) it refuses a running period that overlaps another for
// the same absent coordinator, and chains: a stand-in who is absent themselves in an overlapping
// period, or an absent coordinator who stands in for someone then. Ending a period (ended_at) is
// never refused. The SQLSTATE is exclusion_violation with the rule's name as the constraint, so
// the service can tell the client which rule it broke (STAND_IN_OVERLAP, STAND_IN_CHAINED).
export class StandIn1796590000000 implements MigrationInterface {
  name = 'StandIn1796590000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "stand_in" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "municipality_id" uuid NOT NULL, "kaa_unit_id" uuid NOT NULL, "absent_membership_id" uuid NOT NULL, "absent_user_id" uuid NOT NULL, "stand_in_membership_id" uuid NOT NULL, "stand_in_user_id" uuid NOT NULL, "from_on" date NOT NULL, "to_on" date NOT NULL, "created_by_id" uuid NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, "ended_by_id" uuid, CONSTRAINT "ck_stand_in_people" CHECK (absent_user_id <> stand_in_user_id), CONSTRAINT "ck_stand_in_dates" CHECK (to_on >= from_on), CONSTRAINT "PK_ec1ac4ddb5e551e8667b7de1c95" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_stand_in_absent" ON "stand_in"  ("absent_user_id", "to_on") ');
    await queryRunner.query('CREATE INDEX "ix_stand_in_stand_in" ON "stand_in"  ("stand_in_membership_id", "to_on") ');
    await queryRunner.query(
      'CREATE INDEX "ix_stand_in_unit" ON "stand_in"  ("municipality_id", "kaa_unit_id", "to_on") ',
    );
    await queryRunner.query(
      `COMMENT ON TABLE "stand_in" IS 'A stand-in coordinator for an absent one, for a period (vikarie).'`,
    );
    await queryRunner.query(
      'ALTER TABLE "stand_in" ADD CONSTRAINT "fk_stand_in_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "stand_in" ADD CONSTRAINT "fk_stand_in_kaa_unit" FOREIGN KEY ("kaa_unit_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "stand_in" ADD CONSTRAINT "fk_stand_in_absent_membership" FOREIGN KEY ("absent_membership_id") REFERENCES "membership"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "stand_in" ADD CONSTRAINT "fk_stand_in_stand_in_membership" FOREIGN KEY ("stand_in_membership_id") REFERENCES "membership"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(`
      CREATE FUNCTION stand_in_no_overlap() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.ended_at IS NOT NULL THEN
          RETURN NEW;
        END IF;
        PERFORM pg_advisory_xact_lock(hashtextextended('stand_in:' || NEW.kaa_unit_id::text, 0));
        IF EXISTS (SELECT 1 FROM stand_in s
                    WHERE s.id <> NEW.id AND s.ended_at IS NULL AND s.absent_user_id = NEW.absent_user_id
                      AND s.from_on <= NEW.to_on AND s.to_on >= NEW.from_on) THEN
          RAISE EXCEPTION 'overlapping stand-in for the same absent coordinator'
            USING ERRCODE = 'exclusion_violation', CONSTRAINT = 'stand_in_overlap';
        END IF;
        IF EXISTS (SELECT 1 FROM stand_in s
                    WHERE s.id <> NEW.id AND s.ended_at IS NULL
                      AND (s.absent_user_id = NEW.stand_in_user_id OR s.stand_in_user_id = NEW.absent_user_id)
                      AND s.from_on <= NEW.to_on AND s.to_on >= NEW.from_on) THEN
          RAISE EXCEPTION 'chained stand-in (the stand-in is absent, or the absent coordinator stands in)'
            USING ERRCODE = 'exclusion_violation', CONSTRAINT = 'stand_in_chained';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER stand_in_no_overlap BEFORE INSERT OR UPDATE ON "stand_in" FOR EACH ROW EXECUTE FUNCTION stand_in_no_overlap()',
    );
    // Reads under a stand-in are logged with their own ground.
    await queryRunner.query(`ALTER TYPE "public"."access_ground" ADD VALUE IF NOT EXISTS 'STAND_IN'`);
    const app = await appRole(queryRunner);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "stand_in" TO ${app}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const app = await appRole(queryRunner);
    await queryRunner.query(`REVOKE ALL ON "stand_in" FROM ${app}`);
    // An enum value cannot be dropped; STAND_IN stays in access_ground (the log keeps its rows).
    await queryRunner.query('DROP TRIGGER stand_in_no_overlap ON "stand_in"');
    await queryRunner.query('DROP FUNCTION stand_in_no_overlap()');
    await queryRunner.query('DROP TABLE "stand_in"');
  }
}
