import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';

import { TransactionHost } from '@app/core/database';
import { DomainError, ErrorCode } from '@app/core/errors';
import { FilePurpose, FileStore, type StoredFileEntity } from '@app/core/files';
import { clientAddressOf } from '@app/core/logging';

import type { Sender } from './school-file-imports';
import { IntegrationCredentialsService } from './integration-credentials.service';
import { RequestThrottle } from './request-throttle';
import type { SchoolFileImport } from './school-file-imports.repository';

// A school's file from its system: 20,000 rows of a school system's export is well under this.
export const INTEGRATION_UPLOAD_MAX_BYTES = 5 * 1024 * 1024;
// Imports per credential and minute (over every route a credential may post to), and refused
// calls per client address and minute.
export const INTEGRATION_UPLOADS_PER_MINUTE = 10;
export const INTEGRATION_REFUSALS_PER_MINUTE = 20;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ACCEPTED = ['text/csv', 'text/plain', 'application/octet-stream', XLSX];
const KEY = /^[A-Za-z0-9._:-]{8,100}$/;

export interface IntegrationUpload {
  sender: Sender;
  file: StoredFileEntity;
  idempotencyKey: string;
}

// The answer of every route: the import as JSON (a route may add its own fields).
export interface SchoolFileImportAnswer {
  id: string;
  fileName: string;
  rowCount: number;
  createdCount: number;
  repeated: boolean;
  createdAt: string;
}

// The part every route of a school system's file shares (POST /signals/import,
// POST /early-warning/absence-days/import; docs/SIGNALS.md, "From a school's system"): the
// throttles, the integration credential (only it, never a user's token), the body's type, the
// Idempotency-Key header, the size, and the file stored as every upload is (streamed, outside the
// transaction); then the file read in one transaction (the route's import), 201 for a new import
// and 200 for the one already made, and the file removed when it was refused or repeated.
@Injectable()
export class IntegrationUploads {
  private readonly perCredential = new RequestThrottle(INTEGRATION_UPLOADS_PER_MINUTE);
  private readonly refusals = new RequestThrottle(INTEGRATION_REFUSALS_PER_MINUTE);

  constructor(
    private readonly credentials: IntegrationCredentialsService,
    private readonly files: FileStore,
    private readonly tx: TransactionHost,
  ) {}

  // The whole route: the upload received, `importFile` run in one audited transaction, the
  // answer. The result comes back too, for what the route adds to the answer.
  async import<R extends { entry: SchoolFileImport; repeated: boolean }>(
    req: Request,
    res: Response,
    operation: string,
    fallbackName: string,
    importFile: (upload: IntegrationUpload) => Promise<R>,
  ): Promise<{ answer: SchoolFileImportAnswer; result: R }> {
    const upload = await this.receive(req, operation, fallbackName);
    let keep = false;
    try {
      const result = await this.tx.run(() => importFile(upload), { requireAudit: true });
      const { entry, repeated } = result;
      keep = !repeated;
      res.status(repeated ? 200 : 201);
      const answer = {
        id: entry.id,
        fileName: entry.fileName,
        rowCount: entry.rowCount,
        createdCount: repeated ? 0 : entry.createdCount,
        repeated,
        createdAt: entry.createdAt.toISOString(),
      };
      return { answer, result };
    } finally {
      if (!keep) await this.discard(upload);
    }
  }

  private async receive(req: Request, operation: string, fallbackName: string): Promise<IntegrationUpload> {
    const address = clientAddressOf(req);
    if (this.refusals.blocked(address)) throw rateLimited();
    const sender = await this.credentials
      .authenticate(secretOf(req.headers.authorization), address, operation)
      .catch((error: unknown) => {
        this.refusals.admit(address);
        throw error;
      });
    if (!this.perCredential.admit(sender.credentialId ?? '')) throw rateLimited();
    const contentType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (!ACCEPTED.includes(contentType)) {
      throw new DomainError(
        ErrorCode.SIGNAL_IMPORT_CONTENT_TYPE_UNSUPPORTED,
        'Send the file itself as the body (text/csv or .xlsx)',
        { accepted: ACCEPTED },
      );
    }
    const key = headerOf(req.headers['idempotency-key']);
    if (!key || !KEY.test(key)) {
      throw new DomainError(
        ErrorCode.SIGNAL_IMPORT_KEY_MISSING,
        'An Idempotency-Key header (8-100 characters) is required',
      );
    }
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > INTEGRATION_UPLOAD_MAX_BYTES) {
      throw new DomainError(ErrorCode.FILE_TOO_LARGE, `The file is larger than ${INTEGRATION_UPLOAD_MAX_BYTES} bytes`, {
        maxBytes: INTEGRATION_UPLOAD_MAX_BYTES,
      });
    }
    const file = await this.files.write(
      {
        municipalityId: sender.municipalityId,
        createdById: null,
        purpose: FilePurpose.UPLOAD,
        fileName: fileNameOf(req.headers['x-file-name'], `${fallbackName}.${contentType === XLSX ? 'xlsx' : 'csv'}`),
        contentType,
        keepDays: 7,
        maxBytes: INTEGRATION_UPLOAD_MAX_BYTES,
      },
      req as AsyncIterable<Buffer>,
    );
    return { sender, file, idempotencyKey: key };
  }

  // A refused or repeated file is not kept: nothing refers to it, and it names pupils.
  private async discard(upload: IntegrationUpload): Promise<void> {
    await this.files.remove(upload.sender.municipalityId, upload.file.id);
  }
}

function rateLimited(): DomainError {
  return new DomainError(ErrorCode.RATE_LIMITED, 'Too many requests; wait a minute and try again');
}

function secretOf(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header?.trim() ?? '');
  return match?.[1];
}

function headerOf(value: string | string[] | undefined): string | undefined {
  return (Array.isArray(value) ? value[0] : value)?.trim();
}

function fileNameOf(header: string | string[] | undefined, fallback: string): string {
  const raw = headerOf(header);
  if (!raw) return fallback;
  let name = raw;
  try {
    name = decodeURIComponent(raw);
  } catch {
    // Not encoded: taken as it is.
  }
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return base.slice(0, 255) || fallback;
}
