import { Injectable } from '@nestjs/common';

import {
  actorOf,
  AuditService,
  SecurityEventKind,
  SecurityEventService,
  type AuditActor,
  type AuditSummaryValue,
} from '@app/core/audit';
import { Clock } from '@app/core/clock';
import { DomainError, ErrorCode } from '@app/core/errors';
import { FileStore, type StoredFileEntity } from '@app/core/files';
import type { Caller } from '@app/core/graphql';

import {
  SchoolFileImportsRepository,
  type SchoolFileImport,
  type SchoolFileImportTable,
} from './school-file-imports.repository';

// Refused rows named in the error (the count is exact; the list stops here).
const MAX_ROW_ERRORS = 100;
// A school's file is read in the request's transaction (all rows or none); beyond this many rows
// it should come as several files.
const MAX_ROWS = 20_000;

// Who sends: a school's staff member in the app, or the school's system with its integration
// credential (POST /signals/import, POST /early-warning/absence-days/import). Either way one
// school of one municipality.
export interface Sender {
  municipalityId: string;
  schoolId: string;
  userId: string | null;
  credentialId: string | null;
  // The address a school system sent from (a credential's upload); null in the app.
  clientAddress?: string | null;
  actor: AuditActor;
  // The municipality's day the rules judge on.
  today: string;
}

// The caller as the sender of their own school's file (the caller's right to send it is the
// import's own check, made before).
export function senderOf({ principal }: Caller): Sender {
  return {
    municipalityId: principal.municipalityId,
    schoolId: principal.organizationId,
    userId: principal.userId,
    credentialId: null,
    actor: actorOf(principal),
    today: principal.today,
  };
}

// A row the import refuses: its line, the code and the column.
export interface RowRefusal {
  line: number;
  code: string;
  field: string;
}

// What one kind of school file is: its table, its audit action and its error codes.
export interface SchoolFileImportKind<E extends SchoolFileImport> extends SchoolFileImportTable<E> {
  audit: { action: string; subjectType: string };
  // The operation a refusal's security event names.
  operation: string;
  codes: {
    keyReused: ErrorCode;
    rowsInvalid: ErrorCode;
    noRows: ErrorCode;
    // The row code that tells the sender a pupil is on another school's roll (absence days):
    // counted in the refusal's security event, and repeated ones raise ANOMALY_IMPORT.
    otherSchool?: ErrorCode;
  };
}

// What the import's own rules kept: how many were new, what else its audit row says.
export interface StoredRows {
  created: number;
  summary?: Record<string, AuditSummaryValue>;
}

// One kind's own rules, given the file's header (resolving the columns may refuse the file).
export interface SchoolFileRules<Row extends object, S extends StoredRows> {
  // One row: what to keep, or why it is refused.
  parse(line: number, cells: string[]): Row | RowRefusal;
  // Refusals that need every row (another school's pupils), after the last row.
  refuseTogether?(rows: ReadonlyArray<{ line: number; row: Row }>): Promise<RowRefusal[]>;
  // Keeps the rows of a new import (none refused) in this transaction.
  store(entry: SchoolFileImport, rows: Row[], now: Date): Promise<S>;
}

export interface SchoolFileImportResult<E extends SchoolFileImport, S extends StoredRows> {
  entry: E;
  repeated: boolean;
  // What the rules kept; null for a repeated file.
  stored: S | null;
}

function isRefusal<Row extends object>(parsed: Row | RowRefusal): parsed is RowRefusal {
  return 'code' in parsed;
}

// What every import of a school's file does, whatever its rows are (signals, absence days;
// docs/SIGNALS.md and docs/EARLY-WARNING.md): the app's upload taken only from its uploader, the
// same key or the same content answered with the import already made (its audit row written
// again, marked repeated), one import at a time per school, every row read in this transaction
// and all refused at once with their lines, the import's row and its counts, and the audit row
// (naming the credential when a school's system sent it).
@Injectable()
export class SchoolFileImports {
  constructor(
    private readonly repository: SchoolFileImportsRepository,
    private readonly files: FileStore,
    private readonly audit: AuditService,
    // The api clock (as the audit rows'), so that an import's time and its audit row's agree.
    private readonly clock: Clock,
    private readonly securityEvents: SecurityEventService,
  ) {}

  // A file refused for its rows is a security event (issue 19): the transaction that refuses it
  // rolls back with its audit row, and a refusal that says "this pupil is on another school's
  // roll" answers a question about a personnummer. Counts and codes only: never a row's number.
  private recordRefusal(
    kind: SchoolFileImportKind<SchoolFileImport>,
    sender: Sender,
    counts: { rows: number; refused: number; otherSchool: number },
  ): void {
    this.securityEvents.record({
      kind: SecurityEventKind.IMPORT_REFUSED,
      municipalityId: sender.municipalityId,
      userId: sender.userId,
      credentialId: sender.credentialId,
      clientAddress: sender.clientAddress ?? null,
      code: kind.codes.rowsInvalid,
      operation: kind.operation,
      details: counts,
    });
  }

  // The caller's own upload (POST /files), complete: the same answer as a file that is not there.
  async uploadOf({ principal }: Caller, fileId: string): Promise<StoredFileEntity> {
    const file = await this.files.find(principal.municipalityId, fileId);
    if (!file || file.createdById !== principal.userId || !file.complete || !file.sha256) {
      throw new DomainError(ErrorCode.FILE_NOT_FOUND, 'No such file');
    }
    return file;
  }

  // A stored file of the sender's school, read in this transaction: every row or none. The same
  // key, or the same content, is the import already made and creates nothing.
  async run<E extends SchoolFileImport, Row extends object, S extends StoredRows>(
    kind: SchoolFileImportKind<E>,
    sender: Sender,
    file: StoredFileEntity,
    idempotencyKey: string,
    rulesFor: (columns: string[]) => SchoolFileRules<Row, S> | Promise<SchoolFileRules<Row, S>>,
  ): Promise<SchoolFileImportResult<E, S>> {
    const scope = { municipalityId: sender.municipalityId, schoolId: sender.schoolId };
    const contentHash = file.sha256;
    if (!contentHash) throw new DomainError(ErrorCode.FILE_NOT_FOUND, 'No such file');
    const via: Record<string, string> = sender.credentialId ? { credentialId: sender.credentialId } : {};
    const existing = await this.repository.existing(kind, scope.schoolId, { idempotencyKey, contentHash });
    if (existing) {
      if (existing.idempotencyKey === idempotencyKey && existing.contentHash !== contentHash) {
        throw new DomainError(kind.codes.keyReused, 'The key was used for another file');
      }
      await this.audit.record(sender.actor, {
        ...kind.audit,
        subjectId: existing.id,
        summary: { fileId: file.id, repeated: true, ...via },
      });
      return { entry: existing, repeated: true, stored: null };
    }

    const table = await this.files.table(file);
    const rules = await rulesFor(table.columns);
    const errors: RowRefusal[] = [];
    let refused = 0;
    let otherSchool = 0;
    const refuse = (refusal: RowRefusal) => {
      refused += 1;
      if (refusal.code === kind.codes.otherSchool) otherSchool += 1;
      if (errors.length < MAX_ROW_ERRORS) errors.push(refusal);
    };
    const rows: Array<{ line: number; row: Row }> = [];
    let count = 0;
    for await (const { line, cells } of table.rows) {
      count += 1;
      if (count > MAX_ROWS) {
        this.recordRefusal(kind, sender, { rows: count, refused: 0, otherSchool: 0 });
        throw new DomainError(kind.codes.rowsInvalid, 'The file has too many rows for one import', {
          line,
          refused: 0,
          max: MAX_ROWS,
        });
      }
      const parsed = rules.parse(line, cells);
      if (isRefusal(parsed)) refuse(parsed);
      else rows.push({ line, row: parsed });
    }
    if (count === 0) throw new DomainError(kind.codes.noRows, 'The file has a header and no rows');
    for (const refusal of (await rules.refuseTogether?.(rows)) ?? []) refuse(refusal);
    if (refused > 0) {
      // By line, the refusals of every row together with those of the rows read one by one.
      errors.sort((a, b) => a.line - b.line);
      this.recordRefusal(kind, sender, { rows: count, refused, otherSchool });
      throw new DomainError(kind.codes.rowsInvalid, `${refused} rows were refused; nothing was imported`, {
        line: errors[0]?.line ?? 0,
        refused,
        rows: errors.map((error) => `${error.line}:${error.code}:${error.field}`),
      });
    }

    const now = this.clock.now();
    const entry = await this.repository.insert(kind, {
      ...scope,
      idempotencyKey,
      contentHash,
      fileId: file.id,
      fileName: file.fileName,
      rowCount: count,
      createdCount: 0,
      createdById: sender.userId,
      credentialId: sender.credentialId,
      createdAt: now,
    });
    const stored = await rules.store(
      entry,
      rows.map(({ row }) => row),
      now,
    );
    await this.repository.setCreated(kind, entry.id, stored.created);
    entry.createdCount = stored.created;
    await this.audit.record(sender.actor, {
      ...kind.audit,
      subjectId: entry.id,
      summary: { fileId: file.id, rows: count, created: stored.created, ...stored.summary, ...via },
    });
    return { entry, repeated: false, stored };
  }
}
