import { Injectable } from '@nestjs/common';

import { Clock } from '@app/core/clock';
import { TransactionHost } from '@app/core/database';
import { RequestContext } from '@app/core/logging';

import { ChainedFields, chainHash, GENESIS_HASH } from './audit-chain';

export interface AuditActor {
  userId: string | null;
  role: string | null;
  organizationId: string | null;
  municipalityId: string;
}

// The actor of a change made through a membership (the usual case).
export function actorOf(principal: {
  userId: string;
  role: string;
  organizationId: string;
  municipalityId: string;
}): AuditActor {
  return {
    userId: principal.userId,
    role: principal.role,
    organizationId: principal.organizationId,
    municipalityId: principal.municipalityId,
  };
}

export type AuditSummaryValue = string | number | boolean | null | string[];

export interface AuditEntry {
  action: string;
  subjectType: string;
  subjectId: string | null;
  // Field names, ids and enum values only; never names, notes or other free text.
  summary?: Record<string, AuditSummaryValue>;
}

// Writes one hash-chained audit row in the caller's transaction. A per-municipality advisory
// lock, held until commit, serialises writers so `seq` has no gaps and each row links to the
// row committed before it. The row's time is the api clock's (libs/core/clock), as every rule's
// is: a test that moves the clock sees the trail follow, and the trail never disagrees with the
// rows it describes about when something happened.
@Injectable()
export class AuditService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly clock: Clock,
  ) {}

  async record(actor: AuditActor, entry: AuditEntry): Promise<void> {
    const manager = this.tx.manager;
    this.tx.countAuditEvent();
    await manager.query("SELECT pg_advisory_xact_lock(hashtextextended('audit:' || $1, 0))", [actor.municipalityId]);
    const last = await manager.query<Array<{ seq: string; hash: string }>>(
      'SELECT seq, hash FROM audit_event WHERE municipality_id = $1 ORDER BY seq DESC LIMIT 1',
      [actor.municipalityId],
    );
    const prevHash = last[0]?.hash ?? GENESIS_HASH;
    const fields: ChainedFields = {
      municipalityId: actor.municipalityId,
      seq: (BigInt(last[0]?.seq ?? '0') + 1n).toString(),
      // Millisecond precision, as JavaScript dates have, so the stored value hashes the same.
      occurredAt: this.clock.now(),
      actorUserId: actor.userId,
      actorRole: actor.role,
      actorOrganizationId: actor.organizationId,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      summary: entry.summary ?? {},
      requestId: RequestContext.requestId() ?? null,
    };
    await manager.query(
      `INSERT INTO audit_event (municipality_id, seq, occurred_at, actor_user_id, actor_role, actor_organization_id,
         action, subject_type, subject_id, summary, request_id, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        fields.municipalityId,
        fields.seq,
        fields.occurredAt,
        fields.actorUserId,
        fields.actorRole,
        fields.actorOrganizationId,
        fields.action,
        fields.subjectType,
        fields.subjectId,
        JSON.stringify(fields.summary),
        fields.requestId,
        prevHash,
        chainHash(prevHash, fields),
      ],
    );
  }
}
