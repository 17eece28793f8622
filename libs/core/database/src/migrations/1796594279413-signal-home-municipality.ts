import { MigrationInterface, QueryRunner } from 'typeorm';

// The pupil's home municipality on a signal (issue 16): a school may send a signal about a pupil
// of another municipality (independent schools, other municipalities' schools), which goes to
// that municipality's KAA unit. Signals kept so far were about the school's own municipality.
// Unless a row names another, the home municipality is the school's (a trigger, since a column
// default cannot name another column): the application always names it, and every writer that
// does not (the demo, the bench, tests' fixtures) gets the documented default.
export class SignalHomeMunicipality1796594279413 implements MigrationInterface {
  name = 'SignalHomeMunicipality1796594279413';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "signal" ADD "home_municipality_id" uuid');
    await queryRunner.query('UPDATE "signal" SET "home_municipality_id" = "municipality_id"');
    await queryRunner.query('ALTER TABLE "signal" ALTER COLUMN "home_municipality_id" SET NOT NULL');
    await queryRunner.query(`
      CREATE FUNCTION signal_home_municipality_default() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.home_municipality_id := COALESCE(NEW.home_municipality_id, NEW.municipality_id);
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER signal_home_municipality_default BEFORE INSERT ON "signal" FOR EACH ROW EXECUTE FUNCTION signal_home_municipality_default()',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_signal_home_person" ON "signal"  ("home_municipality_id", "personal_identity_number") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_signal_home" ON "signal"  ("home_municipality_id", "handled_at", "occurred_on", "id") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER signal_home_municipality_default ON "signal"');
    await queryRunner.query('DROP FUNCTION signal_home_municipality_default()');
    await queryRunner.query('DROP INDEX "public"."ix_signal_home"');
    await queryRunner.query('DROP INDEX "public"."ix_signal_home_person"');
    await queryRunner.query('ALTER TABLE "signal" DROP COLUMN "home_municipality_id"');
  }
}
