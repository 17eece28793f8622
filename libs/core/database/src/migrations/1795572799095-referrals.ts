import { MigrationInterface, QueryRunner } from 'typeorm';

import { appRole } from './app-role';

// Refusals (withheld categories; only ever lifted, once), disclosures with their legal ground
// (never changed) and referrals.
export class Referrals1795572799095 implements MigrationInterface {
  name = 'Referrals1795572799095';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "consent_refusal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "category" "public"."information_category" NOT NULL, "recorded_by_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "lifted_at" TIMESTAMP WITH TIME ZONE, "lifted_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b87025e94db9e520ff626599ffc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_consent_refusal_young_person" ON "consent_refusal"  ("young_person_id", "organization_id") ',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "consent_refusal" IS \'A category the young person withholds from one organisation.\'',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"legal_ground\" AS ENUM('CONSENT', 'DUTY_TO_REPORT', 'NECESSARY_DISCLOSURE', 'OTHER_PROVISION')",
    );
    await queryRunner.query(
      'CREATE TABLE "disclosure" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "from_organization_id" uuid NOT NULL, "disclosed_by_id" uuid NOT NULL, "recipient_organization_id" uuid, "recipient_description" character varying(200), "categories" "public"."information_category" array NOT NULL, "legal_ground" "public"."legal_ground" NOT NULL, "consent_id" uuid, "provision_reference" character varying(200), "referral_id" uuid, "disclosed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b8eace3be471f4a07b7fce9f4d6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_disclosure_recipient" ON "disclosure"  ("recipient_organization_id", "young_person_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_disclosure_young_person" ON "disclosure"  ("municipality_id", "young_person_id", "disclosed_at") ',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "disclosure" IS \'A sharing of a young person’s information with its legal ground (utlämnande).\'',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"referral_status\" AS ENUM('REQUESTED', 'ACCEPTED', 'DECLINED', 'DONE', 'REVOKED')",
    );
    await queryRunner.query(
      'CREATE TABLE "referral" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "from_organization_id" uuid NOT NULL, "sent_by_id" uuid NOT NULL, "to_organization_id" uuid NOT NULL, "purpose" character varying(1000) NOT NULL, "categories" "public"."information_category" array NOT NULL, "legal_ground" "public"."legal_ground" NOT NULL, "consent_id" uuid, "provision_reference" character varying(200), "status" "public"."referral_status" NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE, "answered_by_id" uuid, "decline_reason" character varying(1000), "done_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by_id" uuid, "version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a2d3e935a6591168066defec5ad" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_referral_young_person" ON "referral"  ("municipality_id", "young_person_id", "sent_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_referral_from" ON "referral"  ("from_organization_id", "status", "sent_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_referral_to" ON "referral"  ("to_organization_id", "status", "sent_at") ',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "referral" IS \'A referral of a young person to a partner organisation (remiss).\'',
    );
    await queryRunner.query(
      'ALTER TABLE "consent_refusal" ADD CONSTRAINT "fk_consent_refusal_young_person" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "consent_refusal" ADD CONSTRAINT "fk_consent_refusal_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "disclosure" ADD CONSTRAINT "fk_disclosure_young_person" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "referral" ADD CONSTRAINT "fk_referral_young_person" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(`CREATE FUNCTION consent_refusal_lift_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.lifted_at IS NULL AND NEW.lifted_at IS NOT NULL
           AND (to_jsonb(NEW) - ARRAY['lifted_at', 'lifted_by_id']) = (to_jsonb(OLD) - ARRAY['lifted_at', 'lifted_by_id']) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'consent_refusal rows are only lifted, once (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
    $$`);
    await queryRunner.query(
      'CREATE TRIGGER consent_refusal_lift_once BEFORE UPDATE OR DELETE ON "consent_refusal" FOR EACH ROW EXECUTE FUNCTION consent_refusal_lift_only()',
    );
    // A disclosure is a fact: never changed or deleted, by anyone.
    await queryRunner.query(
      'CREATE TRIGGER disclosure_no_update_delete BEFORE UPDATE OR DELETE ON "disclosure" FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()',
    );
    const app = await appRole(queryRunner);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "consent_refusal", "referral" TO ${app}`);
    await queryRunner.query(`GRANT SELECT, INSERT ON "disclosure" TO ${app}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const app = await appRole(queryRunner);
    await queryRunner.query(`REVOKE ALL ON "consent_refusal", "referral", "disclosure" FROM ${app}`);
    await queryRunner.query('DROP TRIGGER disclosure_no_update_delete ON "disclosure"');
    await queryRunner.query('DROP TRIGGER consent_refusal_lift_once ON "consent_refusal"');
    await queryRunner.query('DROP FUNCTION consent_refusal_lift_only()');
    await queryRunner.query('ALTER TABLE "referral" DROP CONSTRAINT "fk_referral_young_person"');
    await queryRunner.query('ALTER TABLE "disclosure" DROP CONSTRAINT "fk_disclosure_young_person"');
    await queryRunner.query('ALTER TABLE "consent_refusal" DROP CONSTRAINT "fk_consent_refusal_organization"');
    await queryRunner.query('ALTER TABLE "consent_refusal" DROP CONSTRAINT "fk_consent_refusal_young_person"');
    await queryRunner.query('COMMENT ON TABLE "referral" IS NULL');
    await queryRunner.query('DROP INDEX "public"."ix_referral_to"');
    await queryRunner.query('DROP INDEX "public"."ix_referral_from"');
    await queryRunner.query('DROP INDEX "public"."ix_referral_young_person"');
    await queryRunner.query('DROP TABLE "referral"');
    await queryRunner.query('DROP TYPE "public"."referral_status"');
    await queryRunner.query('COMMENT ON TABLE "disclosure" IS NULL');
    await queryRunner.query('DROP INDEX "public"."ix_disclosure_young_person"');
    await queryRunner.query('DROP INDEX "public"."ix_disclosure_recipient"');
    await queryRunner.query('DROP TABLE "disclosure"');
    await queryRunner.query('DROP TYPE "public"."legal_ground"');
    await queryRunner.query('COMMENT ON TABLE "consent_refusal" IS NULL');
    await queryRunner.query('DROP INDEX "public"."ix_consent_refusal_young_person"');
    await queryRunner.query('DROP TABLE "consent_refusal"');
  }
}
