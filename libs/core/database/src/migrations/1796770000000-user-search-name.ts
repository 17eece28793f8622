import type { MigrationInterface, QueryRunner } from 'typeorm';

// `users(search:)` finds a part of a name in any case, with marks dropped except on å, ä and ö
// (letters of their own in Swedish; æ and ø count as ä and ö). The database runs in the C
// locale, whose lower() changes ASCII letters only, so the fold maps the other letters itself
// with translate(), which costs about 17 µs a row: 350 ms for a municipality of 20,000 users
// on the shared test machine. Stored beside the name, the folded name is computed once per
// change and the search is a plain LIKE over the municipality's rows. No index on it: a part
// anywhere in the name is a LIKE '%…%' that a B-tree cannot serve, and the municipality index
// already narrows the scan. IdentityRepository folds the search term with the same expression.
// A trigger keeps it rather than a generated column: TypeORM reads a generated column's
// expression from its own typeorm_metadata table, which this schema does not have, so the
// entities' schema check could not run.
function fold(name: string): string {
  return `lower(translate(${name}, 'ÅÄÖÆØÉÈÊËÁÀÂÃÍÌÎÏÓÒÔÕÚÙÛÜÝŸÇÑåäöæøéèêëáàâãíìîïóòôõúùûüýÿçñ', 'åäöäöeeeeaaaaiiiioooouuuuyycnåäöäöeeeeaaaaiiiioooouuuuyycn'))`;
}

export class UserSearchName1796770000000 implements MigrationInterface {
  name = 'UserSearchName1796770000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE app_user ADD COLUMN search_name text');
    await queryRunner.query(
      `CREATE FUNCTION app_user_search_name() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN NEW.search_name := ${fold('NEW.display_name')}; RETURN NEW; END $$`,
    );
    await queryRunner.query(
      'CREATE TRIGGER app_user_search_name BEFORE INSERT OR UPDATE ON app_user FOR EACH ROW EXECUTE FUNCTION app_user_search_name()',
    );
    await queryRunner.query(`UPDATE app_user SET search_name = ${fold('display_name')}`);
    await queryRunner.query('ALTER TABLE app_user ALTER COLUMN search_name SET NOT NULL');
    await queryRunner.query(
      "COMMENT ON COLUMN app_user.search_name IS 'display_name folded for users(search:): lower case, marks dropped except on å, ä, ö'",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER app_user_search_name ON app_user');
    await queryRunner.query('DROP FUNCTION app_user_search_name()');
    await queryRunner.query('ALTER TABLE app_user DROP COLUMN search_name');
  }
}
