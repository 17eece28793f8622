import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';

import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';

import type { Principal } from '@app/core/auth';
import { AccessGround, AccessLogService, actorOf, AuditService, type AccessEntry } from '@app/core/audit';
import { whereAccessible, type AppAbility } from '@app/core/authz';
import { Clock } from '@app/core/clock';
import { TransactionHost } from '@app/core/database';
import { DomainError, ErrorCode } from '@app/core/errors';
import { FilePurpose, FileStore, StoredFileEntity } from '@app/core/files';

import { DisposalEntity } from './entities/disposal.entity';
import { RetentionClass } from './retention.enums';
import { DISPOSAL_MAPPING } from './retention.sql-mapping';

// The categories of a young person's information each class's archived rows hold (what the
// access log names for a download). A chain's row names the young person, nothing more.
const ARCHIVE_CATEGORIES: Readonly<Record<RetentionClass, readonly string[]>> = {
  [RetentionClass.SIGNAL]: ['SIGNALS'],
  [RetentionClass.TARGET_GROUP_CHECK]: ['IDENTITY', 'OCCUPATION'],
  [RetentionClass.CONTACT_ATTEMPT]: ['CONTACTS', 'OCCUPATION'],
  [RetentionClass.MEASURE]: ['MEASURES'],
  [RetentionClass.NOTIFICATION]: [],
  [RetentionClass.ACCESS_LOG]: ['IDENTITY'],
  [RetentionClass.AUDIT_EVENT]: ['IDENTITY'],
};

// Archive files are at most one batch (500 rows): read whole to name the young people in them.
const ARCHIVE_READ_LIMIT = 64 * 1024 * 1024;

export interface ArchiveDownload {
  file: StoredFileEntity;
  sha256: string;
  content: Readable;
}

export interface ArchiveState {
  fileName: string | null;
  expiresAt: Date | null;
  available: boolean;
}

// A disposal's archive file (docs/RETENTION.md): downloaded by the municipality's admin to take
// into the e-archive while the file store keeps it (90 days). Each download is an audit event
// (`retention.archive.download`) and, since the file holds the disposed rows about young people,
// one access-log entry on the ground ARCHIVE naming every young person in it.
@Injectable()
export class RetentionArchiveService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly audit: AuditService,
    private readonly accessLog: AccessLogService,
    private readonly files: FileStore,
    private readonly clock: Clock,
  ) {}

  // Whether each disposal's archive is still in the file store (by the disposal's archive file id).
  async states(municipalityId: string, fileIds: readonly string[]): Promise<Map<string, ArchiveState>> {
    const states = new Map<string, ArchiveState>();
    if (fileIds.length === 0) return states;
    const rows = await this.tx.manager.query<Array<{ id: string; file_name: string; expires_at: Date }>>(
      `SELECT id, file_name, expires_at FROM stored_file
        WHERE municipality_id = $1 AND id = ANY($2::uuid[]) AND complete AND purpose = 'RETENTION_ARCHIVE'`,
      [municipalityId, [...fileIds]],
    );
    const now = this.clock.now();
    for (const row of rows) {
      states.set(row.id, { fileName: row.file_name, expiresAt: row.expires_at, available: row.expires_at > now });
    }
    return states;
  }

  // The archive of one disposal of the caller's municipality, after its download is audited and
  // access-logged. NOT_FOUND for a disposal the caller cannot see; RETENTION_ARCHIVE_EXPIRED for
  // one whose file is past its keeping time (deleted by the expiry job, or about to be).
  async download(principal: Principal, ability: AppAbility, disposalId: string): Promise<ArchiveDownload> {
    const query = this.tx.manager.getRepository(DisposalEntity).createQueryBuilder('d');
    const disposal = await whereAccessible(query, ability, 'read', DISPOSAL_MAPPING)
      .andWhere('d.id = :disposalId', { disposalId })
      .getOne();
    if (!disposal || !ability.can('read', subject('RetentionArchive', { municipalityId: disposal.municipalityId }))) {
      throw new DomainError(ErrorCode.NOT_FOUND, 'Disposal not found', { subjectType: 'Disposal' });
    }
    const file = await this.files.find(disposal.municipalityId, disposal.archiveFileId);
    if (!file || file.purpose !== FilePurpose.RETENTION_ARCHIVE || file.expiresAt <= this.clock.now()) {
      throw new DomainError(ErrorCode.RETENTION_ARCHIVE_EXPIRED, 'The archive file is no longer kept', {
        disposalId: disposal.id,
        sha256: disposal.archiveSha256,
      });
    }
    // The proof's hash is the one the archivist checks; a file that differs is not handed out:
    // neither one whose recorded hash differs nor one whose stored bytes were changed since.
    if (file.sha256 !== disposal.archiveSha256) throw new Error(`archive ${file.id} does not match its proof`);
    const bytes = await this.read(file);
    if (createHash('sha256').update(bytes).digest('hex') !== disposal.archiveSha256) {
      throw new Error(`archive ${file.id}'s bytes do not match its proof`);
    }
    const youngPersonIds = youngPeopleIn(disposal.recordClass, bytes.toString('utf8'));
    await this.tx.run(
      () =>
        this.audit.record(actorOf(principal), {
          action: 'retention.archive.download',
          subjectType: 'Disposal',
          subjectId: disposal.id,
          summary: {
            recordClass: disposal.recordClass,
            fileId: file.id,
            sha256: disposal.archiveSha256,
            youngPeople: youngPersonIds.length,
          },
        }),
      { requireAudit: true },
    );
    const categories = ARCHIVE_CATEGORIES[disposal.recordClass];
    const entries: AccessEntry[] = youngPersonIds.map((youngPersonId) => ({
      youngPersonId,
      categories: [...categories],
      ground: AccessGround.ARCHIVE,
      consentIds: [],
      emergencyAccessId: null,
      disclosureId: null,
    }));
    await this.accessLog.append(principal, entries, 'GET /retention/archives/:id');
    return { file, sha256: disposal.archiveSha256, content: Readable.from([bytes]) };
  }

  private async read(file: StoredFileEntity): Promise<Buffer> {
    if (file.byteSize > ARCHIVE_READ_LIMIT) throw new Error(`archive ${file.id} is larger than one batch can be`);
    const parts: Buffer[] = [];
    for await (const chunk of this.files.open(file)) parts.push(chunk as Buffer);
    return Buffer.concat(parts);
  }
}

// The young people an archive's rows are about (sorted, no repeats): a record's young_person_id,
// an access-log row's young_person_ids (not a school's reads of its pupils), an audit row whose subject is a young person or whose
// summary names one (`youngPersonId`).
export function youngPeopleIn(recordClass: RetentionClass, text: string): string[] {
  const archive = JSON.parse(text) as { rows?: Array<Record<string, unknown>> };
  const ids = new Set<string>();
  for (const row of archive.rows ?? []) {
    if (recordClass === RetentionClass.ACCESS_LOG) {
      // A school's early-warning reads are about its pupils, not young people; a row written
      // before the subject kind named its pupils in young_person_ids (ground SCHOOL).
      const kind = row['subject_kind'] ?? (row['ground'] === 'SCHOOL' ? 'SCHOOL_PUPIL' : 'YOUNG_PERSON');
      if (kind === 'SCHOOL_PUPIL') continue;
      const named = row['young_person_ids'];
      if (Array.isArray(named)) for (const id of named) if (typeof id === 'string') ids.add(id);
    } else if (recordClass === RetentionClass.AUDIT_EVENT) {
      if (row['subject_type'] === 'YoungPerson' && typeof row['subject_id'] === 'string') ids.add(row['subject_id']);
      // An event about a young person's record (a measure, an enrollment, a referral...) names
      // them in its summary rather than as its subject.
      const summary = row['summary'];
      if (summary !== null && typeof summary === 'object' && !Array.isArray(summary)) {
        const named = (summary as Record<string, unknown>)['youngPersonId'];
        if (typeof named === 'string') ids.add(named);
      }
    } else if (typeof row['young_person_id'] === 'string') {
      ids.add(row['young_person_id']);
    }
  }
  return [...ids].sort();
}
