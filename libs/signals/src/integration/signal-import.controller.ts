import { Controller, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';

import { Public } from '@app/core/authz';
import { TransactionHost } from '@app/core/database';
import { DomainError, ErrorCode } from '@app/core/errors';
import { FilePurpose, FileStore } from '@app/core/files';
import { clientAddressOf } from '@app/core/logging';

import { SignalsService } from '../signals.service';
import { IntegrationCredentialsService } from './integration-credentials.service';
import { RequestThrottle } from './request-throttle';

// A school's file of signals: 20,000 rows of a school system's export is well under this.
export const SIGNAL_IMPORT_MAX_BYTES = 5 * 1024 * 1024;
// Imports per credential and minute, and refused calls per client address and minute.
export const SIGNAL_IMPORT_PER_MINUTE = 10;
export const SIGNAL_IMPORT_REFUSALS_PER_MINUTE = 20;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ACCEPTED = ['text/csv', 'text/plain', 'application/octet-stream', XLSX];
const KEY = /^[A-Za-z0-9._:-]{8,100}$/;
const OPERATION = 'POST /signals/import';

export interface SignalImportAnswer {
  id: string;
  fileName: string;
  rowCount: number;
  createdCount: number;
  repeated: boolean;
  createdAt: string;
}

// The one write path outside GraphQL (docs/SIGNALS.md, "From a school's system"): a school's
// system posts its signal file with its integration credential. The body is the file itself
// (CSV or .xlsx); the answer is the import as JSON, or a refusal `{ code, message, details }`
// with the same codes as importSignals. Public to the guard: no user token is accepted here,
// only an integration credential, checked below, which can do nothing else.
@Controller('signals')
export class SignalImportController {
  private readonly perCredential = new RequestThrottle(SIGNAL_IMPORT_PER_MINUTE);
  private readonly refusals = new RequestThrottle(SIGNAL_IMPORT_REFUSALS_PER_MINUTE);

  constructor(
    private readonly credentials: IntegrationCredentialsService,
    private readonly signals: SignalsService,
    private readonly files: FileStore,
    private readonly tx: TransactionHost,
  ) {}

  @Post('import')
  @Public()
  async import(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SignalImportAnswer> {
    const address = clientAddressOf(req);
    if (this.refusals.blocked(address)) throw rateLimited();
    const sender = await this.credentials
      .authenticate(secretOf(req.headers.authorization), address, OPERATION)
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
    if (Number.isFinite(declared) && declared > SIGNAL_IMPORT_MAX_BYTES) {
      throw new DomainError(ErrorCode.FILE_TOO_LARGE, `The file is larger than ${SIGNAL_IMPORT_MAX_BYTES} bytes`, {
        maxBytes: SIGNAL_IMPORT_MAX_BYTES,
      });
    }
    // Stored as every upload is (streamed, outside the transaction), then read in one transaction.
    const file = await this.files.write(
      {
        municipalityId: sender.municipalityId,
        createdById: null,
        purpose: FilePurpose.UPLOAD,
        fileName: fileNameOf(req.headers['x-file-name'], contentType === XLSX ? 'signaler.xlsx' : 'signaler.csv'),
        contentType,
        keepDays: 7,
        maxBytes: SIGNAL_IMPORT_MAX_BYTES,
      },
      req as AsyncIterable<Buffer>,
    );
    let keep = false;
    try {
      const { entry, repeated } = await this.tx.run(() => this.signals.importStored(sender, file, key), {
        requireAudit: true,
      });
      keep = !repeated;
      res.status(repeated ? 200 : 201);
      return {
        id: entry.id,
        fileName: entry.fileName,
        rowCount: entry.rowCount,
        createdCount: repeated ? 0 : entry.createdCount,
        repeated,
        createdAt: entry.createdAt.toISOString(),
      };
    } finally {
      // A refused or repeated file is not kept: nothing refers to it, and it names pupils.
      if (!keep) await this.files.remove(sender.municipalityId, file.id);
    }
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
