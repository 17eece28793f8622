import type { MigrationInterface, QueryRunner } from 'typeorm';

// A signal is linked to the registered young person with its identity number when it arrives.
// A school may send one before the person is registered (the drop-out that opens a "to check"
// entry is exactly that), so the link must also be made when the person is registered later, or
// when a registration's identity number is corrected: otherwise the KAA unit's reads of that
// signal are not logged against the person, the "registered" filter is wrong and the signal
// never reaches the young person's page through its link. The trigger keeps the link current in
// the same transaction as the registration, whichever library writes the young person. The
// person is registered in the pupil's home municipality (signal.home_municipality_id), which may
// differ from the school's.
export class SignalLink1796595000000 implements MigrationInterface {
  name = 'SignalLink1796595000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION signal_link_young_person() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          UPDATE signal SET young_person_id = NULL
           WHERE young_person_id = NEW.id
             AND (home_municipality_id, personal_identity_number) IS DISTINCT FROM (NEW.municipality_id, NEW.personal_identity_number);
        END IF;
        UPDATE signal SET young_person_id = NEW.id
         WHERE home_municipality_id = NEW.municipality_id
           AND personal_identity_number = NEW.personal_identity_number
           AND young_person_id IS DISTINCT FROM NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER signal_link_young_person AFTER INSERT OR UPDATE OF municipality_id, personal_identity_number ON "young_person" FOR EACH ROW EXECUTE FUNCTION signal_link_young_person()',
    );
    // Signals that arrived before their young person was registered.
    await queryRunner.query(`
      UPDATE signal sg SET young_person_id = yp.id
        FROM young_person yp
       WHERE yp.municipality_id = sg.home_municipality_id
         AND yp.personal_identity_number = sg.personal_identity_number
         AND sg.young_person_id IS DISTINCT FROM yp.id`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER signal_link_young_person ON "young_person"');
    await queryRunner.query('DROP FUNCTION signal_link_young_person()');
  }
}
