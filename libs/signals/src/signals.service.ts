import { createHash } from 'node:crypto';

import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';

import { actorOf, AuditService } from '@app/core/audit';
import { Clock } from '@app/core/clock';
import { DomainError, ErrorCode, forbidden, notFound } from '@app/core/errors';
import type { StoredFileEntity } from '@app/core/files';
import type { Caller, Page } from '@app/core/graphql';
import { headerKey, TargetGroupService } from '@app/target-group';
import { parseIdentityNumber } from '@app/young-people';

import type { HandleSignalInput, ImportSignalsInput, RecordSignalInput } from './dto/signals.inputs';
import { SignalImportEntity } from './entities/signal-import.entity';
import type { SignalEntity } from './entities/signal.entity';
import {
  SchoolFileImports,
  senderOf,
  type RowRefusal,
  type SchoolFileImportKind,
  type Sender,
} from './integration/school-file-imports';
import { factsError, parseSignalRow, resolveSignalColumns, type SignalFacts } from './signal-file';
import { SignalDecision, SignalKind } from './signals.enums';
import { SignalsRepository, type NewSignal, type SignalFilter } from './signals.repository';

export interface ImportResult {
  entry: SignalImportEntity;
  repeated: boolean;
}

// What identifies one signal: the same school saying the same thing about the same pupil on the
// same day (and period) is the same signal, however often it is sent.
function hashOf(schoolId: string, facts: SignalFacts): string {
  return createHash('sha256')
    .update(
      [
        schoolId,
        facts.kind,
        facts.personalIdentityNumber,
        facts.occurredOn,
        facts.periodStart ?? '',
        facts.periodEnd ?? '',
      ].join('|'),
    )
    .digest('hex');
}

// Signal files: their table, audit action and codes (the rest is every school file's).
const SIGNAL_IMPORT: SchoolFileImportKind<SignalImportEntity> = {
  entity: SignalImportEntity,
  lock: 'signal-import',
  audit: { action: 'signal_import.create', subjectType: 'Signal' },
  operation: 'signal file import',
  codes: {
    keyReused: ErrorCode.SIGNAL_IMPORT_KEY_REUSED,
    rowsInvalid: ErrorCode.SIGNAL_ROWS_INVALID,
    noRows: ErrorCode.SIGNAL_NO_ROWS,
  },
};

@Injectable()
export class SignalsService {
  constructor(
    private readonly repository: SignalsRepository,
    private readonly targetGroup: TargetGroupService,
    private readonly imports: SchoolFileImports,
    private readonly audit: AuditService,
    // The api clock, as the imports' and the audit rows' (a signal's day starts its alert timer).
    private readonly clock: Clock,
  ) {}

  private scope(caller: Caller): Sender {
    const { principal, ability } = caller;
    const scope = { municipalityId: principal.municipalityId, schoolId: principal.organizationId };
    if (!ability.can('create', subject('Signal', scope))) throw forbidden();
    return senderOf(caller);
  }

  // The home municipality a signal names (an SCB code or a name), or the school's own when it
  // names none; undefined for one Brygga does not know.
  private async homeResolver(sender: Sender): Promise<(text: string | null) => string | undefined> {
    const byKey = new Map<string, string>();
    for (const row of await this.repository.municipalities()) {
      byKey.set(row.code, row.id);
      byKey.set(headerKey(row.name), row.id);
    }
    return (text) => {
      const value = text?.trim();
      if (!value) return sender.municipalityId;
      // "Borås", "Borås kommun", "Göteborgs kommun", "1490".
      const candidates = [
        value,
        headerKey(value),
        headerKey(value.replace(/ kommun$/i, '')),
        headerKey(value.replace(/s kommun$/i, '')),
      ];
      return candidates.map((key) => byKey.get(key)).find((id) => id !== undefined);
    };
  }

  // One signal from the caller's school. The same signal again is the one kept already.
  async record(caller: Caller, input: RecordSignalInput): Promise<SignalEntity> {
    const { principal } = caller;
    const scope = this.scope(caller);
    const pin = parseIdentityNumber(input.personalIdentityNumber, principal.today);
    const facts: SignalFacts = {
      kind: input.kind,
      personalIdentityNumber: pin.normalized,
      coordinationNumber: pin.coordinationNumber,
      dateOfBirth: pin.dateOfBirth,
      occurredOn: input.occurredOn,
      periodStart: input.periodStart ?? null,
      periodEnd: input.periodEnd ?? null,
      absencePercent: input.absencePercent ?? null,
      details: input.details?.trim() || null,
      homeMunicipality: input.homeMunicipalityCode ?? null,
    };
    const wrong = factsError(facts, principal.today);
    if (wrong) {
      throw new DomainError(ErrorCode.SIGNAL_DATE_INVALID, 'The days or the period of the signal are not possible', {
        field: wrong === 'datum' ? 'occurredOn' : wrong === 'frånvaro' ? 'absencePercent' : 'periodEnd',
      });
    }
    const homeMunicipalityId = (await this.homeResolver(scope))(facts.homeMunicipality);
    if (!homeMunicipalityId) {
      throw new DomainError(ErrorCode.SIGNAL_MUNICIPALITY_UNKNOWN, 'No municipality in Brygga has this code', {
        field: 'homeMunicipalityCode',
      });
    }
    const hash = hashOf(scope.schoolId, facts);
    const created = await this.store(scope, null, [{ ...facts, hash, homeMunicipalityId }]);
    const signal = created[0] ?? (await this.repository.byHash(scope.schoolId, hash));
    if (!signal) throw new Error('signal neither created nor found');
    await this.audit.record(actorOf(principal), {
      action: 'signal.record',
      subjectType: 'Signal',
      subjectId: signal.id,
      summary: {
        kind: signal.kind,
        repeated: created.length === 0,
        homeMunicipalityId: signal.homeMunicipalityId,
      },
    });
    return signal;
  }

  // Keeps new signals and lets a drop-out without a diploma open a "to check" entry at once.
  // `now`: the import's own instant when the rows come from a file (its row and its signals agree).
  private async store(
    sender: Sender,
    importId: string | null,
    rows: readonly NewSignal[],
    now: Date = this.clock.now(),
  ): Promise<SignalEntity[]> {
    const scope = { municipalityId: sender.municipalityId, schoolId: sender.schoolId };
    const created = await this.repository.insertMany({ ...scope, importId, createdById: sender.userId }, rows, now);
    const dropOuts = created.filter((row) => row.kind === SignalKind.LEFT_UPPER_SECONDARY && !row.youngPersonId);
    if (dropOuts.length > 0) {
      const { organizations } = await this.repository.names([scope.schoolId], []);
      const school = organizations.get(scope.schoolId) ?? '';
      for (const row of dropOuts) {
        // The entry is the home municipality's (and so is its audit row).
        await this.targetGroup.openFromSignal(
          { ...sender.actor, municipalityId: row.homeMunicipalityId },
          {
            municipalityId: row.homeMunicipalityId,
            personalIdentityNumber: row.personalIdentityNumber,
            coordinationNumber: row.coordinationNumber,
            dateOfBirth: rows.find((r) => r.hash === row.hash)?.dateOfBirth ?? row.occurredOn,
            school,
            leftOn: row.occurredOn,
            signalId: row.id,
            now,
          },
        );
      }
    }
    return created;
  }

  // A CSV (or .xlsx) file of the caller's school, uploaded by the caller (POST /files).
  async importFile(caller: Caller, input: ImportSignalsInput): Promise<ImportResult> {
    const sender = this.scope(caller);
    const file = await this.imports.uploadOf(caller, input.fileId);
    return this.importStored(sender, file, input.idempotencyKey);
  }

  // A stored file of the sender's school (SchoolFileImports: every row or none, the same key or
  // content the import already made). A row naming a home municipality Brygga does not know is
  // refused. The app's upload and a school system's POST /signals/import both end here.
  async importStored(sender: Sender, file: StoredFileEntity, idempotencyKey: string): Promise<ImportResult> {
    const { entry, repeated } = await this.imports.run(SIGNAL_IMPORT, sender, file, idempotencyKey, async (header) => {
      const columns = resolveSignalColumns(header);
      const homeOf = await this.homeResolver(sender);
      return {
        parse: (line, cells): NewSignal | RowRefusal => {
          const parsed = parseSignalRow(line, cells, columns, header, sender.today);
          if ('code' in parsed) return parsed;
          const homeMunicipalityId = homeOf(parsed.homeMunicipality);
          if (!homeMunicipalityId) {
            return {
              line,
              code: ErrorCode.SIGNAL_ROW_MUNICIPALITY_UNKNOWN,
              field: header[columns.homeMunicipality ?? -1] ?? 'hemkommun',
            };
          }
          return { ...parsed, hash: hashOf(sender.schoolId, parsed), homeMunicipalityId };
        },
        store: async (entry, rows, now) => {
          // One signal twice in the file is one signal.
          const unique = [...new Map(rows.map((row) => [row.hash, row])).values()];
          return { created: (await this.store(sender, entry.id, unique, now)).length };
        },
      };
    });
    return { entry, repeated };
  }

  async handle(caller: Caller, input: HandleSignalInput): Promise<SignalEntity> {
    const { principal, ability } = caller;
    const signal = await this.repository.find(ability, input.signalId, 'update');
    if (!signal) throw notFound('Signal');
    if (signal.handledAt) throw handled();
    const reason = input.reason?.trim() || null;
    if (input.decision === SignalDecision.NO_ACTION && !reason) {
      throw new DomainError(ErrorCode.SIGNAL_REASON_REQUIRED, 'No action needs a reason', { field: 'reason' });
    }
    const changed = await this.repository.handle(signal.id, {
      decision: input.decision,
      decisionReason: reason,
      handledById: principal.userId,
      handledAt: this.clock.now(),
    });
    if (!changed) throw handled();
    await this.audit.record(actorOf(principal), {
      action: 'signal.handle',
      subjectType: 'Signal',
      subjectId: signal.id,
      summary: { decision: input.decision, youngPersonId: signal.youngPersonId },
    });
    return this.repository.reload(signal.id);
  }

  async get({ ability }: Caller, id: string): Promise<SignalEntity> {
    const found = await this.repository.find(ability, id);
    if (!found) throw notFound('Signal');
    return found;
  }

  list({ ability }: Caller, filter: SignalFilter & { first?: number; after?: string }): Promise<Page<SignalEntity>> {
    return this.repository.page(ability, filter, filter);
  }
}

function handled(): DomainError {
  return new DomainError(ErrorCode.SIGNAL_HANDLED, 'The signal is handled already');
}
