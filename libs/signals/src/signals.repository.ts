import { Injectable } from '@nestjs/common';

import { whereAccessible, type AppAbility } from '@app/core/authz';
import { TransactionHost } from '@app/core/database';
import { keysetPage, type Page } from '@app/core/graphql';

import { SignalEntity } from './entities/signal.entity';
import type { SignalFacts } from './signal-file';
import { SignalStatus, type SignalKind } from './signals.enums';
import { SIGNAL_MAPPING } from './signals.sql-mapping';

export interface NewSignal extends SignalFacts {
  hash: string;
  homeMunicipalityId: string;
}

export interface SignalFilter {
  status?: SignalStatus;
  kind?: SignalKind;
  registered?: boolean;
}

// Reads carry the caller's access predicate (a school its own signals, the KAA unit its
// municipality's).
@Injectable()
export class SignalsRepository {
  constructor(private readonly tx: TransactionHost) {}

  private signals(ability: AppAbility, action: 'read' | 'update' = 'read') {
    const qb = this.tx.manager.getRepository(SignalEntity).createQueryBuilder('sg');
    return whereAccessible(qb, ability, action, SIGNAL_MAPPING);
  }

  find(ability: AppAbility, id: string, action: 'read' | 'update' = 'read'): Promise<SignalEntity | null> {
    return this.signals(ability, action).andWhere('sg.id = :id', { id }).getOne();
  }

  page(
    ability: AppAbility,
    filter: SignalFilter,
    page: { first?: number; after?: string },
  ): Promise<Page<SignalEntity>> {
    const qb = this.signals(ability);
    if (filter.status === SignalStatus.UNHANDLED) qb.andWhere('sg.handled_at IS NULL');
    if (filter.status === SignalStatus.HANDLED) qb.andWhere('sg.handled_at IS NOT NULL');
    if (filter.kind) qb.andWhere('sg.kind = :kind', { kind: filter.kind });
    if (filter.registered === true) qb.andWhere('sg.young_person_id IS NOT NULL');
    if (filter.registered === false) qb.andWhere('sg.young_person_id IS NULL');
    // Newest first.
    return keysetPage(qb, page, {
      column: 'sg.created_at',
      value: (row) => row.createdAt.toISOString(),
      type: 'timestamptz',
      descending: true,
    });
  }

  // The signals about registered young people, newest first. The link is kept current by a
  // trigger on the register, so one sent before the registration shows too.
  async ofYoungPeople(ability: AppAbility, ids: readonly string[]): Promise<Array<SignalEntity & { forId: string }>> {
    if (ids.length === 0) return [];
    const rows = await this.signals(ability)
      .andWhere('sg.young_person_id IN (:...ids)', { ids })
      .orderBy('sg.occurred_on', 'DESC')
      .addOrderBy('sg.id', 'DESC')
      .getMany();
    return rows.map((row) => Object.assign(row, { forId: row.youngPersonId ?? '' }));
  }

  // Inserts the signals not kept already (by their hash) and answers the new ones. Each is linked
  // to the registered young person of its home municipality with its number, if there is one.
  async insertMany(
    scope: { municipalityId: string; schoolId: string; importId: string | null; createdById: string | null },
    rows: readonly NewSignal[],
    now: Date,
  ): Promise<SignalEntity[]> {
    if (rows.length === 0) return [];
    const ids = await this.tx.manager.query<Array<{ id: string }>>(
      `INSERT INTO signal
         (municipality_id, home_municipality_id, school_id, kind, personal_identity_number, coordination_number,
          young_person_id, occurred_on, period_start, period_end, absence_percent, details, hash, import_id,
          created_by_id, created_at)
       SELECT $1, r.home, $2, r.kind, r.pnr, r.coord,
              (SELECT yp.id FROM young_person yp WHERE yp.municipality_id = r.home AND yp.personal_identity_number = r.pnr),
              r.occurred_on, r.period_start, r.period_end, r.absence_percent, r.details, r.hash, $3, $4, $5
         FROM unnest($6::text[], $7::text[], $8::boolean[], $9::date[], $10::date[], $11::date[], $12::smallint[],
                     $13::text[], $14::text[], $15::uuid[])
           AS r(kind, pnr, coord, occurred_on, period_start, period_end, absence_percent, details, hash, home)
       ON CONFLICT (school_id, hash) DO NOTHING
       RETURNING id`,
      [
        scope.municipalityId,
        scope.schoolId,
        scope.importId,
        scope.createdById,
        now,
        rows.map((row) => row.kind),
        rows.map((row) => row.personalIdentityNumber),
        rows.map((row) => row.coordinationNumber),
        rows.map((row) => row.occurredOn),
        rows.map((row) => row.periodStart),
        rows.map((row) => row.periodEnd),
        rows.map((row) => row.absencePercent),
        rows.map((row) => row.details),
        rows.map((row) => row.hash),
        rows.map((row) => row.homeMunicipalityId),
      ],
    );
    if (ids.length === 0) return [];
    return this.tx.manager
      .getRepository(SignalEntity)
      .createQueryBuilder('sg')
      .where('sg.id IN (:...ids)', { ids: ids.map((row) => row.id) })
      .getMany();
  }

  byHash(schoolId: string, hash: string): Promise<SignalEntity | null> {
    return this.tx.manager.getRepository(SignalEntity).findOneBy({ schoolId, hash });
  }

  // Handles a signal not handled yet: false when someone got there first.
  async handle(id: string, values: Pick<SignalEntity, 'decision' | 'decisionReason' | 'handledById' | 'handledAt'>) {
    const result = await this.tx.manager
      .createQueryBuilder()
      .update(SignalEntity)
      .set({ ...values, version: () => 'version + 1' })
      .where('id = :id AND handled_at IS NULL', { id })
      .execute();
    return result.affected === 1;
  }

  reload(id: string): Promise<SignalEntity> {
    return this.tx.manager.getRepository(SignalEntity).findOneByOrFail({ id });
  }

  // Every municipality by its SCB code and its name (a few hundred rows at most), to resolve the
  // home municipality a signal names.
  municipalities(): Promise<Array<{ id: string; code: string; name: string }>> {
    return this.tx.manager.query('SELECT id, code, name FROM municipality');
  }

  // --- Names for display ---

  async names(
    organizationIds: readonly string[],
    userIds: readonly string[],
  ): Promise<{ organizations: Map<string, string>; users: Map<string, string> }> {
    // Schools and home municipalities (ids never collide).
    const organizations = organizationIds.length
      ? await this.tx.manager.query<Array<{ id: string; name: string }>>(
          'SELECT id, name FROM organization WHERE id = ANY($1::uuid[]) UNION ALL SELECT id, name FROM municipality WHERE id = ANY($1::uuid[])',
          [[...new Set(organizationIds)]],
        )
      : [];
    const users = userIds.length
      ? await this.tx.manager.query<Array<{ id: string; name: string }>>(
          'SELECT id, display_name AS name FROM app_user WHERE id = ANY($1::uuid[])',
          [[...new Set(userIds)]],
        )
      : [];
    return {
      organizations: new Map(organizations.map((row) => [row.id, row.name])),
      users: new Map(users.map((row) => [row.id, row.name])),
    };
  }
}
