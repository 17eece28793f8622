import { MigrationInterface, QueryRunner } from 'typeorm';

import { appRole } from './app-role';

// Consents and the grants compiled from them. A consent is never changed: only its withdrawal
// and its replacement by a newer version are recorded, once; a grant is only ever revoked.
export class Consents1795563433854 implements MigrationInterface {
  name = 'Consents1795563433854';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"information_category\" AS ENUM('IDENTITY', 'CONTACT', 'OCCUPATION', 'PLAN', 'MEASURES', 'CONTACTS', 'SIGNALS')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"consent_giver\" AS ENUM('YOUNG_PERSON', 'GUARDIAN', 'YOUNG_PERSON_AND_GUARDIAN')",
    );
    await queryRunner.query('CREATE TYPE "public"."consent_form" AS ENUM(\'WRITTEN\', \'ORAL\')');
    await queryRunner.query(
      'CREATE TABLE "consent" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "recipient_organization_id" uuid NOT NULL, "categories" "public"."information_category" array NOT NULL, "purpose" character varying(500) NOT NULL, "given_by" "public"."consent_giver" NOT NULL, "guardian_name" character varying(200), "maturity_assessment" character varying(1000), "form" "public"."consent_form" NOT NULL, "document_reference" character varying(200), "documented_by_id" uuid NOT NULL, "documented_at" TIMESTAMP WITH TIME ZONE NOT NULL, "valid_from" date NOT NULL, "valid_to" date NOT NULL, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawn_by_id" uuid, "replaces_id" uuid, "replaced_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9115e8d6b082d4fc46d56134d29" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_consent_young_person" ON "consent"  ("municipality_id", "young_person_id", "created_at") ',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "consent" IS \'A consent to share information with one organisation (samtycke).\'',
    );
    await queryRunner.query(
      'CREATE TABLE "consent_grant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "consent_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "category" "public"."information_category" NOT NULL, "valid_from" date NOT NULL, "valid_to" date NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_07458e808a566472688d1e7baf0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_consent_grant_young_person" ON "consent_grant"  ("young_person_id", "organization_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_consent_grant_recipient" ON "consent_grant"  ("organization_id", "category", "young_person_id") ',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "consent_grant" IS \'What a consent lets one organisation read, per category.\'',
    );
    await queryRunner.query(
      'ALTER TABLE "consent" ADD CONSTRAINT "fk_consent_young_person" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "consent" ADD CONSTRAINT "fk_consent_recipient" FOREIGN KEY ("recipient_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "consent_grant" ADD CONSTRAINT "fk_consent_grant_consent" FOREIGN KEY ("consent_id") REFERENCES "consent"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(`CREATE FUNCTION consent_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'consent is never deleted' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF (NEW.id, NEW.municipality_id, NEW.young_person_id, NEW.recipient_organization_id, NEW.categories,
            NEW.purpose, NEW.given_by, NEW.guardian_name, NEW.maturity_assessment, NEW.form, NEW.document_reference,
            NEW.documented_by_id, NEW.documented_at, NEW.valid_from, NEW.valid_to, NEW.replaces_id, NEW.created_at)
           IS DISTINCT FROM
           (OLD.id, OLD.municipality_id, OLD.young_person_id, OLD.recipient_organization_id, OLD.categories,
            OLD.purpose, OLD.given_by, OLD.guardian_name, OLD.maturity_assessment, OLD.form, OLD.document_reference,
            OLD.documented_by_id, OLD.documented_at, OLD.valid_from, OLD.valid_to, OLD.replaces_id, OLD.created_at)
           OR (OLD.withdrawn_at IS NOT NULL AND NEW.withdrawn_at IS DISTINCT FROM OLD.withdrawn_at)
           OR (OLD.withdrawn_by_id IS NOT NULL AND NEW.withdrawn_by_id IS DISTINCT FROM OLD.withdrawn_by_id)
           OR (OLD.replaced_by_id IS NOT NULL AND NEW.replaced_by_id IS DISTINCT FROM OLD.replaced_by_id) THEN
          RAISE EXCEPTION 'a consent is never changed; record a new version' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END
    $$`);
    await queryRunner.query(
      `CREATE TRIGGER consent_immutable BEFORE UPDATE OR DELETE ON "consent" FOR EACH ROW EXECUTE FUNCTION consent_is_immutable()`,
    );
    await queryRunner.query(`CREATE FUNCTION consent_grant_only_revoked() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR OLD.revoked_at IS NOT NULL
           OR (NEW.id, NEW.municipality_id, NEW.consent_id, NEW.young_person_id, NEW.organization_id, NEW.category,
               NEW.valid_from, NEW.valid_to)
              IS DISTINCT FROM
              (OLD.id, OLD.municipality_id, OLD.consent_id, OLD.young_person_id, OLD.organization_id, OLD.category,
               OLD.valid_from, OLD.valid_to) THEN
          RAISE EXCEPTION 'a consent grant is only ever revoked' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END
    $$`);
    await queryRunner.query(
      `CREATE TRIGGER consent_grant_revoke_only BEFORE UPDATE OR DELETE ON "consent_grant" FOR EACH ROW EXECUTE FUNCTION consent_grant_only_revoked()`,
    );
    const app = await appRole(queryRunner);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "consent", "consent_grant" TO ${app}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const app = await appRole(queryRunner);
    await queryRunner.query(`REVOKE ALL ON "consent", "consent_grant" FROM ${app}`);
    await queryRunner.query(`DROP TRIGGER consent_grant_revoke_only ON "consent_grant"`);
    await queryRunner.query(`DROP FUNCTION consent_grant_only_revoked()`);
    await queryRunner.query(`DROP TRIGGER consent_immutable ON "consent"`);
    await queryRunner.query(`DROP FUNCTION consent_is_immutable()`);
    await queryRunner.query('ALTER TABLE "consent_grant" DROP CONSTRAINT "fk_consent_grant_consent"');
    await queryRunner.query('ALTER TABLE "consent" DROP CONSTRAINT "fk_consent_recipient"');
    await queryRunner.query('ALTER TABLE "consent" DROP CONSTRAINT "fk_consent_young_person"');
    await queryRunner.query('COMMENT ON TABLE "consent_grant" IS NULL');
    await queryRunner.query('DROP INDEX "public"."ix_consent_grant_recipient"');
    await queryRunner.query('DROP INDEX "public"."ix_consent_grant_young_person"');
    await queryRunner.query('DROP TABLE "consent_grant"');
    await queryRunner.query('COMMENT ON TABLE "consent" IS NULL');
    await queryRunner.query('DROP INDEX "public"."ix_consent_young_person"');
    await queryRunner.query('DROP TABLE "consent"');
    await queryRunner.query('DROP TYPE "public"."consent_form"');
    await queryRunner.query('DROP TYPE "public"."consent_giver"');
    await queryRunner.query('DROP TYPE "public"."information_category"');
  }
}
