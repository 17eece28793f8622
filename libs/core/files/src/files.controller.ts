import { subject } from '@casl/ability';
import { Controller, Get, Inject, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';

import type { Principal } from '@app/core/auth';
import { Policy, type AppAbility } from '@app/core/authz';
import { DomainError, ErrorCode } from '@app/core/errors';

import { FileStore } from './file-store';
import { FilePurpose } from './stored-file.entity';

export const FILE_LIMITS = Symbol('FILE_LIMITS');

export interface FileLimits {
  maxUploadBytes: number;
  // Days an upload is kept for the import that reads it.
  uploadKeepDays: number;
}

interface CallerRequest extends Request {
  principal?: Principal;
  ability?: AppAbility;
}

function callerOf(req: CallerRequest): { principal: Principal; ability: AppAbility } {
  // The guard has required a signed-in caller for every @Policy route.
  if (!req.principal || !req.ability) {
    throw new DomainError(ErrorCode.AUTH_UNAUTHENTICATED, 'Not signed in or the token is not valid');
  }
  return { principal: req.principal, ability: req.ability };
}

// Files travel over plain HTTP, not GraphQL: a file of 100,000 rows streams into the database as
// it arrives instead of being held as a base64 string in a GraphQL variable. An upload is the
// request body as it is (CSV or .xlsx), named by `X-File-Name`; the answer is the file's id,
// which an import mutation then names. Authentication is the same bearer token as /graphql
// (never a cookie, so no cross-site form can post a file).
@Controller('files')
export class FilesController {
  constructor(
    private readonly files: FileStore,
    @Inject(FILE_LIMITS) private readonly limits: FileLimits,
  ) {}

  @Post()
  @Policy('create', 'File')
  async upload(@Req() req: CallerRequest): Promise<{ id: string; fileName: string; byteSize: number; sha256: string }> {
    const { principal } = callerOf(req);
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > this.limits.maxUploadBytes) {
      throw new DomainError(ErrorCode.FILE_TOO_LARGE, `The file is larger than ${this.limits.maxUploadBytes} bytes`, {
        maxBytes: this.limits.maxUploadBytes,
      });
    }
    const stored = await this.files.write(
      {
        municipalityId: principal.municipalityId,
        createdById: principal.userId,
        purpose: FilePurpose.UPLOAD,
        fileName: fileNameOf(req.headers['x-file-name']),
        contentType: (req.headers['content-type'] ?? 'application/octet-stream').slice(0, 255),
        keepDays: this.limits.uploadKeepDays,
        maxBytes: this.limits.maxUploadBytes,
      },
      req as AsyncIterable<Buffer>,
    );
    return { id: stored.id, fileName: stored.fileName, byteSize: stored.byteSize, sha256: stored.sha256 ?? '' };
  }

  @Get(':id')
  @Policy('read', 'File')
  async download(
    @Param('id', new ParseUUIDPipe({ exceptionFactory: () => notFound() })) id: string,
    @Req() req: CallerRequest,
    @Res() res: Response,
  ): Promise<void> {
    const { principal, ability } = callerOf(req);
    const file = await this.files.find(principal.municipalityId, id);
    // One answer for a missing file and one the caller may not read.
    if (!file || !ability.can('read', subject('File', file))) throw notFound();
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Length', String(file.byteSize));
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const stream = this.files.open(file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }
}

function notFound(): DomainError {
  return new DomainError(ErrorCode.FILE_NOT_FOUND, 'No such file');
}

// The name the browser sent (URI-encoded, since headers are Latin-1), without any path.
function fileNameOf(header: string | string[] | undefined): string {
  const raw = Array.isArray(header) ? header[0] : header;
  if (!raw) return 'upload';
  let name = raw;
  try {
    name = decodeURIComponent(raw);
  } catch {
    // Not encoded: taken as it is.
  }
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return cleaned.slice(0, 255) || 'upload';
}
