import type { MigrationInterface, QueryRunner } from 'typeorm';

const ROW_TABLES = ['signal', 'target_group_check', 'notification', 'contact_attempt', 'measure'] as const;
const CLASSES = [
  'SIGNAL',
  'TARGET_GROUP_CHECK',
  'NOTIFICATION',
  'CONTACT_ATTEMPT',
  'MEASURE',
  'ACCESS_LOG',
  'AUDIT_EVENT',
];

// The disposal of the rows of a class that is not a chain, for the tables `tables`: the proof
// row must exist for an enabled rule of that class and name exactly as many rows, and every id
// must be deleted (or nothing is). A disposed contact attempt leaves the occupation learned in it
// (the occupation history stays whole) without its link.
function disposeRows(tables: readonly string[]): string {
  const classOf = tables.map((table) => `WHEN '${table}' THEN '${table.toUpperCase()}'`).join(' ');
  return `CREATE OR REPLACE FUNCTION retention_dispose_rows(
        p_table text, p_municipality uuid, p_ids uuid[], p_disposal uuid)
      RETURNS bigint
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        v_count bigint;
      BEGIN
        IF p_table NOT IN (${tables.map((table) => `'${table}'`).join(', ')}) THEN
          RAISE EXCEPTION 'not a disposable table: %', p_table USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM disposal d
                         JOIN retention_rule r ON r.municipality_id = d.municipality_id AND r.record_class = d.record_class
                                              AND r.enabled AND r.keep_years = d.keep_years
                        WHERE d.id = p_disposal AND d.municipality_id = p_municipality
                          AND d.disposed_count = cardinality(p_ids)
                          AND d.record_class = CASE p_table ${classOf} END) THEN
          RAISE EXCEPTION 'no proof of disposal for these rows' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        ${
          tables.includes('contact_attempt')
            ? `IF p_table = 'contact_attempt' THEN
          UPDATE occupation SET contact_attempt_id = NULL
           WHERE municipality_id = p_municipality AND contact_attempt_id = ANY(p_ids);
        END IF;`
            : ''
        }
        EXECUTE format('DELETE FROM %I WHERE municipality_id = $1 AND id = ANY($2)', p_table)
          USING p_municipality, p_ids;
        GET DIAGNOSTICS v_count = ROW_COUNT;
        IF v_count <> cardinality(p_ids) THEN
          RAISE EXCEPTION 'expected % rows, found %', cardinality(p_ids), v_count USING ERRCODE = 'invalid_parameter_value';
        END IF;
        RETURN v_count;
      END
    $$`;
}

// Issue 19: retention of a closed case's contact attempts and measures (libs/retention,
// docs/RETENTION.md). The two classes join the rule's check and the disposal function; the
// function keeps its signature, so its grants stay (the app role still only reads and inserts
// contact attempts; the function is the one way to delete them).
export class RetentionClosedCases1796740000000 implements MigrationInterface {
  name = 'RetentionClosedCases1796740000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await this.classes(queryRunner, CLASSES);
    await queryRunner.query(disposeRows(ROW_TABLES));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM retention_rule WHERE record_class IN ('CONTACT_ATTEMPT', 'MEASURE')`);
    await this.classes(
      queryRunner,
      CLASSES.filter((c) => c !== 'CONTACT_ATTEMPT' && c !== 'MEASURE'),
    );
    await queryRunner.query(disposeRows(ROW_TABLES.filter((t) => t !== 'contact_attempt' && t !== 'measure')));
  }

  private async classes(queryRunner: QueryRunner, classes: readonly string[]): Promise<void> {
    await queryRunner.query('ALTER TABLE "retention_rule" DROP CONSTRAINT "ck_retention_rule_class"');
    await queryRunner.query(
      `ALTER TABLE "retention_rule" ADD CONSTRAINT "ck_retention_rule_class" CHECK (record_class IN (${classes
        .map((c) => `'${c}'`)
        .join(', ')}))`,
    );
  }
}
