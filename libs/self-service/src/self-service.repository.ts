import { Injectable } from '@nestjs/common';

import type { SelfPrincipalLoad } from '@app/core/auth';
import { TransactionHost } from '@app/core/database';

import { RectificationRequestEntity } from './entities/rectification-request.entity';
import { SelfServiceSessionEntity } from './entities/self-service-session.entity';
import { RectificationField, SelfServiceActorKind } from './self-service.enums';

export interface RecordRow {
  id: string;
  municipalityId: string;
  givenName: string;
  familyName: string;
}

export interface ContactRow {
  name: string;
  organization: string | null;
  email: string | null;
}

export interface PlanRow {
  id: string;
  title: string;
  status: string;
  developmentArea: string;
  leadOrganization: string | null;
  leadPerson: string | null;
  updatedAt: Date;
}

export interface PlanPartRow {
  planId: string;
  kind: 'GOAL' | 'ACTION';
  description: string;
  organization: string | null;
  dueOn: string | null;
  status: string | null;
}

export interface ConsentRow {
  id: string;
  youngPersonId: string;
  recipientOrganizationId: string;
  recipientOrganization: string;
  categories: string[];
  otherCategories: string[];
  purpose: string;
  givenBy: string;
  validFrom: string;
  validTo: string;
  withdrawnAt: Date | null;
  replacedById: string | null;
}

export interface AccessRow {
  id: string;
  occurredAt: Date;
  userId: string;
  role: string;
  ground: string;
  categories: string[];
  readerName: string | null;
  organization: string | null;
}

// Whose record a guardian sees: a young person under 18 on the municipality's day (a guardian's
// rights over the record end when the young person comes of age; domain.md §3.2).
const UNDER_18 = `yp.date_of_birth + interval '18 years' > ($2::timestamptz AT TIME ZONE m.time_zone)::date`;

// Every statement of the own view, each bound to the young person the principal may see (the
// service checks the id against the principal's list first; the SQL repeats the municipality).
@Injectable()
export class SelfServiceRepository {
  constructor(private readonly tx: TransactionHost) {}

  // The municipality whose record a young person signing in sees: the most recently changed
  // registration with that number (a young person who moved has a record in the new one).
  async youngPersonMunicipality(pin: string): Promise<string | undefined> {
    const rows = await this.tx.manager.query<Array<{ municipality_id: string }>>(
      `SELECT municipality_id FROM young_person WHERE personal_identity_number = $1
        ORDER BY updated_at DESC, id LIMIT 1`,
      [pin],
    );
    return rows[0]?.municipality_id;
  }

  // The municipality of a guardian's sign-in: where they are guardian of a young person under 18.
  async guardianMunicipality(pin: string, now: Date): Promise<string | undefined> {
    const rows = await this.tx.manager.query<Array<{ municipality_id: string }>>(
      `SELECT g.municipality_id FROM guardian g
         JOIN young_person yp ON yp.id = g.young_person_id
         JOIN municipality m ON m.id = g.municipality_id
        WHERE g.personal_identity_number = $1 AND ${UNDER_18}
        ORDER BY yp.updated_at DESC, yp.id LIMIT 1`,
      [pin, now],
    );
    return rows[0]?.municipality_id;
  }

  async insertSession(
    row: Pick<
      SelfServiceSessionEntity,
      'municipalityId' | 'actor' | 'personalIdentityNumber' | 'tokenHash' | 'expiresAt'
    >,
  ): Promise<string> {
    const result = await this.tx.manager.getRepository(SelfServiceSessionEntity).insert(row);
    return (result.identifiers[0] as { id: string }).id;
  }

  async sessionByTokenHash(hash: string, now: Date): Promise<SelfServiceSessionEntity | null> {
    return this.tx.manager
      .getRepository(SelfServiceSessionEntity)
      .createQueryBuilder('s')
      .where('s.token_hash = :hash AND s.ended_at IS NULL AND s.expires_at > :now', { hash, now })
      .getOne();
  }

  async endSession(id: string, now: Date): Promise<void> {
    await this.tx.manager.query(
      'UPDATE self_service_session SET ended_at = $2, updated_at = $2 WHERE id = $1 AND ended_at IS NULL',
      [id, now],
    );
  }

  // The principal of a running session: the records it may see now, read again at every
  // request, so a removed guardian or a young person who turned 18 ends a guardian's view at once.
  async principal(sessionId: string, now: Date): Promise<SelfPrincipalLoad | undefined> {
    const [session] = await this.tx.manager.query<
      Array<{ id: string; municipality_id: string; actor: SelfServiceActorKind; pin: string; time_zone: string }>
    >(
      `SELECT s.id, s.municipality_id, s.actor, s.personal_identity_number AS pin, m.time_zone
         FROM self_service_session s JOIN municipality m ON m.id = s.municipality_id
        WHERE s.id = $1 AND s.ended_at IS NULL AND s.expires_at > $2`,
      [sessionId, now],
    );
    if (!session) return undefined;
    const records =
      session.actor === SelfServiceActorKind.YOUNG_PERSON
        ? await this.tx.manager.query<Array<{ young_person_id: string; guardian_id: null }>>(
            `SELECT id AS young_person_id, NULL AS guardian_id FROM young_person
              WHERE municipality_id = $1 AND personal_identity_number = $2`,
            [session.municipality_id, session.pin],
          )
        : await this.tx.manager.query<Array<{ young_person_id: string; guardian_id: string }>>(
            `SELECT DISTINCT ON (yp.id) yp.id AS young_person_id, g.id AS guardian_id
               FROM guardian g
               JOIN young_person yp ON yp.id = g.young_person_id
               JOIN municipality m ON m.id = yp.municipality_id
              WHERE g.municipality_id = $3 AND g.personal_identity_number = $1 AND ${UNDER_18}
              ORDER BY yp.id, g.id`,
            [session.pin, now, session.municipality_id],
          );
    if (records.length === 0) return undefined;
    const guardianIds: Record<string, string> = {};
    for (const row of records) if (row.guardian_id) guardianIds[row.young_person_id] = row.guardian_id;
    const youngPersonIds = records.map((row) => row.young_person_id).sort();
    return {
      sessionId: session.id,
      actor: session.actor,
      actorId: session.actor === SelfServiceActorKind.YOUNG_PERSON ? youngPersonIds[0] : guardianIds[youngPersonIds[0]],
      municipalityId: session.municipality_id,
      youngPersonIds,
      guardianIds,
      timeZone: session.time_zone,
    };
  }

  async records(
    municipalityId: string,
    ids: readonly string[],
  ): Promise<Array<RecordRow & { kaaUnitId: string | null }>> {
    return this.tx.manager.query(
      `SELECT id, municipality_id AS "municipalityId", given_name AS "givenName", family_name AS "familyName",
              kaa_unit_id AS "kaaUnitId"
         FROM young_person WHERE municipality_id = $1 AND id = ANY($2::uuid[])
        ORDER BY given_name, id`,
      [municipalityId, ids],
    );
  }

  // The young person's contact person: the responsible coordinator and their unit.
  async contactPerson(municipalityId: string, youngPersonId: string): Promise<ContactRow | undefined> {
    const rows = await this.tx.manager.query<ContactRow[]>(
      `SELECT u.display_name AS name, o.name AS organization, u.email
         FROM young_person yp
         JOIN app_user u ON u.id = yp.coordinator_id
         LEFT JOIN organization o ON o.id = yp.kaa_unit_id
        WHERE yp.municipality_id = $1 AND yp.id = $2`,
      [municipalityId, youngPersonId],
    );
    return rows[0];
  }

  async plans(municipalityId: string, youngPersonId: string): Promise<PlanRow[]> {
    return this.tx.manager.query(
      `SELECT p.id, p.title, p.status, p.development_area AS "developmentArea", lo.name AS "leadOrganization",
              lu.display_name AS "leadPerson", p.updated_at AS "updatedAt"
         FROM action_plan p
         LEFT JOIN organization lo ON lo.id = p.lead_organization_id
         LEFT JOIN app_user lu ON lu.id = p.lead_user_id
        WHERE p.municipality_id = $1 AND p.young_person_id = $2
        ORDER BY (p.status = 'ACTIVE') DESC, p.updated_at DESC, p.id`,
      [municipalityId, youngPersonId],
    );
  }

  async planParts(municipalityId: string, planIds: readonly string[]): Promise<PlanPartRow[]> {
    if (planIds.length === 0) return [];
    return this.tx.manager.query(
      `SELECT g.plan_id AS "planId", 'GOAL' AS kind, g.text AS description, NULL AS organization, NULL AS "dueOn",
              NULL AS status, g.position
         FROM action_plan_goal g WHERE g.municipality_id = $1 AND g.plan_id = ANY($2::uuid[])
       UNION ALL
       SELECT a.plan_id, 'ACTION', a.description, o.name, a.due_on::text, a.status::text, a.position
         FROM action_plan_action a LEFT JOIN organization o ON o.id = a.responsible_organization_id
        WHERE a.municipality_id = $1 AND a.plan_id = ANY($2::uuid[])
        ORDER BY 1, 2, 7`,
      [municipalityId, planIds],
    );
  }

  async consents(municipalityId: string, youngPersonId: string, consentId?: string): Promise<ConsentRow[]> {
    return this.tx.manager.query(
      `SELECT c.id, c.young_person_id AS "youngPersonId", c.recipient_organization_id AS "recipientOrganizationId",
              o.name AS "recipientOrganization", c.categories::text[] AS categories,
              c.other_categories AS "otherCategories", c.purpose, c.given_by AS "givenBy",
              c.valid_from::text AS "validFrom", c.valid_to::text AS "validTo", c.withdrawn_at AS "withdrawnAt",
              c.replaced_by_id AS "replacedById"
         FROM consent c JOIN organization o ON o.id = c.recipient_organization_id
        WHERE c.municipality_id = $1 AND c.young_person_id = $2 AND ($3::uuid IS NULL OR c.id = $3)
        ORDER BY c.valid_to DESC, c.created_at DESC, c.id`,
      [municipalityId, youngPersonId, consentId ?? null],
    );
  }

  // Who read the record, newest first: every entry of the access log, the own view's reads too.
  async accessLog(municipalityId: string, youngPersonId: string, limit: number): Promise<AccessRow[]> {
    return this.tx.manager.query(
      `SELECT e.id, e.occurred_at AS "occurredAt", e.user_id AS "userId", e.role, e.ground::text AS ground,
              e.categories, u.display_name AS "readerName", o.name AS organization
         FROM access_log_entry e
         LEFT JOIN app_user u ON u.id = e.user_id
         LEFT JOIN organization o ON o.id = e.organization_id
        WHERE e.municipality_id = $1 AND e.young_person_id = $2
        ORDER BY e.occurred_at DESC, e.id
        LIMIT $3`,
      [municipalityId, youngPersonId, limit],
    );
  }

  async insertRectification(
    row: Pick<
      RectificationRequestEntity,
      'municipalityId' | 'youngPersonId' | 'requestedBy' | 'guardianId' | 'field' | 'text'
    >,
  ): Promise<RectificationRequestEntity> {
    const repo = this.tx.manager.getRepository(RectificationRequestEntity);
    const result = await repo.insert(row);
    return repo.findOneByOrFail({ id: (result.identifiers[0] as { id: string }).id });
  }

  rectifications(municipalityId: string, youngPersonId: string): Promise<RectificationRequestEntity[]> {
    return this.tx.manager.getRepository(RectificationRequestEntity).find({
      where: { municipalityId, youngPersonId },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  rectification(municipalityId: string, id: string): Promise<RectificationRequestEntity | null> {
    return this.tx.manager.getRepository(RectificationRequestEntity).findOneBy({ municipalityId, id });
  }

  // Decides an open request; false when it was decided meanwhile.
  async decideRectification(
    municipalityId: string,
    id: string,
    decision: { status: string; decidedById: string; reason: string | null; at: Date },
  ): Promise<boolean> {
    // Through a CTE, so the driver answers rows (an UPDATE's own answer is [rows, count]).
    const rows = await this.tx.manager.query<Array<{ id: string }>>(
      `WITH decided AS (
         UPDATE rectification_request
            SET status = $3::rectification_status, decided_at = $6, decided_by_id = $4, decision_reason = $5,
                version = version + 1, updated_at = $6
          WHERE municipality_id = $1 AND id = $2 AND status = 'OPEN'
          RETURNING id)
       SELECT id FROM decided`,
      [municipalityId, id, decision.status, decision.decidedById, decision.reason, decision.at],
    );
    return rows.length === 1;
  }
}

export type { RectificationField };
