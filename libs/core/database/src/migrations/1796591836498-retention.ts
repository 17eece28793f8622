import { MigrationInterface, QueryRunner } from 'typeorm';

import { appRole } from './app-role';

// Retention (gallring, issue 19; docs/RETENTION.md): the municipality's rules, legal holds, the
// proof of every disposal, and the chains' checkpoints. Rows are deleted only through two
// SECURITY DEFINER functions, each of which requires its proof row; the audit trail's and the
// access log's triggers still refuse every other delete (only a whole prefix of a chain, through a
// checkpoint written first, may go).

export class Retention1796591836498 implements MigrationInterface {
  name = 'Retention1796591836498';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "chain_checkpoint" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "chain_table" character varying(16) NOT NULL, "through_seq" bigint NOT NULL, "hash" character(64) NOT NULL, "disposal_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "ck_chain_checkpoint_table" CHECK (chain_table IN (\'audit_event\', \'access_log\')), CONSTRAINT "PK_chain_checkpoint" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_chain_checkpoint" ON "chain_checkpoint"  ("municipality_id", "chain_table", "through_seq") ',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "chain_checkpoint" IS \'Start of a disposed chain: seq and hash of its last disposed row.\'',
    );
    await queryRunner.query(
      'CREATE TABLE "disposal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "record_class" character varying(32) NOT NULL, "keep_years" smallint NOT NULL, "cutoff" TIMESTAMP WITH TIME ZONE NOT NULL, "disposed_count" integer NOT NULL, "oldest_at" TIMESTAMP WITH TIME ZONE NOT NULL, "newest_at" TIMESTAMP WITH TIME ZONE NOT NULL, "through_seq" bigint, "archive_file_id" uuid NOT NULL, "archive_sha256" character(64) NOT NULL, "trigger" character varying(8) NOT NULL, "run_by_id" uuid, "disposed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_disposal" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_disposal_municipality" ON "disposal"  ("municipality_id", "disposed_at") ',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "disposal" IS \'Proof of one disposal batch: rule, counts, time range, archive hash; no personal data.\'',
    );
    await queryRunner.query(
      'CREATE TABLE "legal_hold" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "reason" character varying(500) NOT NULL, "set_by_id" uuid NOT NULL, "set_at" TIMESTAMP WITH TIME ZONE NOT NULL, "lifted_by_id" uuid, "lifted_at" TIMESTAMP WITH TIME ZONE, "lift_reason" character varying(500), CONSTRAINT "PK_legal_hold" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_legal_hold_active" ON "legal_hold"  ("municipality_id", "young_person_id") WHERE lifted_at IS NULL',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "legal_hold" IS \'A legal hold on a young person’s records: stops their disposal until lifted.\'',
    );
    await queryRunner.query(
      'CREATE TABLE "retention_rule" ("municipality_id" uuid NOT NULL, "record_class" character varying(32) NOT NULL, "enabled" boolean NOT NULL, "keep_years" smallint NOT NULL, "updated_by_id" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "ck_retention_rule_class" CHECK (record_class IN (\'SIGNAL\', \'TARGET_GROUP_CHECK\', \'NOTIFICATION\', \'ACCESS_LOG\', \'AUDIT_EVENT\')), CONSTRAINT "ck_retention_rule_years" CHECK (keep_years BETWEEN 1 AND 100), CONSTRAINT "PK_retention_rule" PRIMARY KEY ("municipality_id", "record_class"))',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "retention_rule" IS \'A municipality’s retention (gallring) rule for one class of record.\'',
    );

    await queryRunner.query('ALTER TABLE "stored_file" DROP CONSTRAINT "ck_stored_file_purpose"');
    await queryRunner.query(
      `ALTER TABLE "stored_file" ADD CONSTRAINT "ck_stored_file_purpose" CHECK (purpose IN ('UPLOAD', 'RESULT', 'SCB_KAA', 'RETENTION_ARCHIVE'))`,
    );
    const app = await appRole(queryRunner);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "retention_rule", "legal_hold" TO ${app}`);
    await queryRunner.query(`GRANT SELECT, INSERT ON "disposal" TO ${app}`);
    await queryRunner.query(`GRANT SELECT ON "chain_checkpoint" TO ${app}`);
    for (const table of ['disposal', 'chain_checkpoint']) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_update_delete BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`,
      );
    }

    // The chains' row triggers: still no UPDATE, and a DELETE only of a row at or before a
    // checkpoint of its chain while the disposal function runs (it sets brygga.chain_disposal to
    // the chain's table and municipality for the statement). Everyone else, the owner included,
    // is refused as before.
    await queryRunner.query(`CREATE FUNCTION chain_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF coalesce(current_setting('brygga.chain_disposal', true), '') = TG_TABLE_NAME || ':' || OLD.municipality_id::text
             AND EXISTS (SELECT 1 FROM chain_checkpoint c
                          WHERE c.municipality_id = OLD.municipality_id AND c.chain_table = TG_TABLE_NAME
                            AND c.through_seq >= OLD.seq) THEN
            RETURN OLD;
          END IF;
        END IF;
        RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END
    $$`);
    for (const table of ['audit_event', 'access_log']) {
      await queryRunner.query(`DROP TRIGGER ${table}_no_update_delete ON "${table}"`);
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_update_delete BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION chain_is_append_only()`,
      );
    }

    // Disposes a chain's prefix through p_through_seq: only with a proof for an enabled rule of the
    // chain's class, only rows older than the proof's cutoff, never the chain's newest row, never
    // backwards; writes the checkpoint (the last disposed row's seq and hash, which the first
    // remaining row links to) before deleting. Returns the rows deleted and the checkpoint's hash.
    await queryRunner.query(`CREATE FUNCTION retention_dispose_chain_prefix(
        p_table text, p_municipality uuid, p_through_seq bigint, p_disposal uuid, p_at timestamptz)
      RETURNS TABLE (disposed bigint, hash text)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        v_start bigint;
        v_head bigint;
        v_hash text;
        v_count bigint;
        v_cutoff timestamptz;
        v_young boolean;
      BEGIN
        IF p_table NOT IN ('audit_event', 'access_log') THEN
          RAISE EXCEPTION 'not a chain: %', p_table USING ERRCODE = 'invalid_parameter_value';
        END IF;
        SELECT d.cutoff INTO v_cutoff FROM disposal d
          JOIN retention_rule r ON r.municipality_id = d.municipality_id AND r.record_class = d.record_class
                               AND r.enabled AND r.keep_years = d.keep_years
         WHERE d.id = p_disposal AND d.municipality_id = p_municipality AND d.through_seq = p_through_seq
           AND d.record_class = CASE p_table WHEN 'audit_event' THEN 'AUDIT_EVENT' ELSE 'ACCESS_LOG' END;
        IF v_cutoff IS NULL THEN
          RAISE EXCEPTION 'no proof of disposal for this prefix' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF p_table = 'audit_event' THEN
          PERFORM pg_advisory_xact_lock(hashtextextended('audit:' || p_municipality::text, 0));
        END IF;
        PERFORM pg_advisory_xact_lock(hashtextextended('chain-disposal:' || p_table || ':' || p_municipality::text, 0));
        SELECT coalesce(max(c.through_seq), 0) INTO v_start FROM chain_checkpoint c
         WHERE c.municipality_id = p_municipality AND c.chain_table = p_table;
        IF p_through_seq <= v_start THEN
          RAISE EXCEPTION 'seq % is already disposed', p_through_seq USING ERRCODE = 'invalid_parameter_value';
        END IF;
        EXECUTE format('SELECT max(seq) FROM %I WHERE municipality_id = $1', p_table) INTO v_head USING p_municipality;
        IF v_head IS NULL OR p_through_seq >= v_head THEN
          RAISE EXCEPTION 'the newest row of a chain is never disposed' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        EXECUTE format('SELECT hash FROM %I WHERE municipality_id = $1 AND seq = $2', p_table)
          INTO v_hash USING p_municipality, p_through_seq;
        IF v_hash IS NULL THEN
          RAISE EXCEPTION 'no row at seq %', p_through_seq USING ERRCODE = 'invalid_parameter_value';
        END IF;
        -- Every row of the prefix must be older than the proof's cutoff.
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE municipality_id = $1 AND seq > $2 AND seq <= $3 AND occurred_at >= $4)', p_table)
          INTO v_young USING p_municipality, v_start, p_through_seq, v_cutoff;
        IF v_young THEN
          RAISE EXCEPTION 'the prefix holds rows younger than the rule' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        INSERT INTO chain_checkpoint (municipality_id, chain_table, through_seq, hash, disposal_id, created_at)
        VALUES (p_municipality, p_table, p_through_seq, v_hash, p_disposal, p_at);
        PERFORM set_config('brygga.chain_disposal', p_table || ':' || p_municipality::text, true);
        EXECUTE format('DELETE FROM %I WHERE municipality_id = $1 AND seq <= $2', p_table)
          USING p_municipality, p_through_seq;
        GET DIAGNOSTICS v_count = ROW_COUNT;
        PERFORM set_config('brygga.chain_disposal', '', true);
        RETURN QUERY SELECT v_count, v_hash;
      END
    $$`);

    // Disposes the named rows of a class that is not a chain; the proof row must exist for an
    // enabled rule of that class and name exactly as many rows, and every id must be deleted (or
    // nothing is).
    await queryRunner.query(`CREATE FUNCTION retention_dispose_rows(
        p_table text, p_municipality uuid, p_ids uuid[], p_disposal uuid)
      RETURNS bigint
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        v_count bigint;
      BEGIN
        IF p_table NOT IN ('signal', 'target_group_check', 'notification') THEN
          RAISE EXCEPTION 'not a disposable table: %', p_table USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM disposal d
                         JOIN retention_rule r ON r.municipality_id = d.municipality_id AND r.record_class = d.record_class
                                              AND r.enabled AND r.keep_years = d.keep_years
                        WHERE d.id = p_disposal AND d.municipality_id = p_municipality
                          AND d.disposed_count = cardinality(p_ids)
                          AND d.record_class = CASE p_table WHEN 'signal' THEN 'SIGNAL'
                                                 WHEN 'target_group_check' THEN 'TARGET_GROUP_CHECK'
                                                 ELSE 'NOTIFICATION' END) THEN
          RAISE EXCEPTION 'no proof of disposal for these rows' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        EXECUTE format('DELETE FROM %I WHERE municipality_id = $1 AND id = ANY($2)', p_table)
          USING p_municipality, p_ids;
        GET DIAGNOSTICS v_count = ROW_COUNT;
        IF v_count <> cardinality(p_ids) THEN
          RAISE EXCEPTION 'expected % rows, found %', cardinality(p_ids), v_count USING ERRCODE = 'invalid_parameter_value';
        END IF;
        RETURN v_count;
      END
    $$`);
    for (const fn of [
      'retention_dispose_chain_prefix(text, uuid, bigint, uuid, timestamptz)',
      'retention_dispose_rows(text, uuid, uuid[], uuid)',
    ]) {
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${fn} TO ${app}`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION retention_dispose_rows(text, uuid, uuid[], uuid)');
    await queryRunner.query('DROP FUNCTION retention_dispose_chain_prefix(text, uuid, bigint, uuid, timestamptz)');
    for (const table of ['audit_event', 'access_log']) {
      await queryRunner.query(`DROP TRIGGER ${table}_no_update_delete ON "${table}"`);
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_update_delete BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()`,
      );
    }
    await queryRunner.query('DROP FUNCTION chain_is_append_only()');
    await queryRunner.query(`DELETE FROM "stored_file" WHERE purpose = 'RETENTION_ARCHIVE'`);
    await queryRunner.query('ALTER TABLE "stored_file" DROP CONSTRAINT "ck_stored_file_purpose"');
    await queryRunner.query(
      `ALTER TABLE "stored_file" ADD CONSTRAINT "ck_stored_file_purpose" CHECK (purpose IN ('UPLOAD', 'RESULT', 'SCB_KAA'))`,
    );
    await queryRunner.query('COMMENT ON TABLE "retention_rule" IS NULL');
    await queryRunner.query('DROP TABLE "retention_rule"');
    await queryRunner.query('COMMENT ON TABLE "legal_hold" IS NULL');
    await queryRunner.query('DROP INDEX "public"."uq_legal_hold_active"');
    await queryRunner.query('DROP TABLE "legal_hold"');
    await queryRunner.query('COMMENT ON TABLE "disposal" IS NULL');
    await queryRunner.query('DROP INDEX "public"."ix_disposal_municipality"');
    await queryRunner.query('DROP TABLE "disposal"');
    await queryRunner.query('COMMENT ON TABLE "chain_checkpoint" IS NULL');
    await queryRunner.query('DROP INDEX "public"."uq_chain_checkpoint"');
    await queryRunner.query('DROP TABLE "chain_checkpoint"');
  }
}
