import { Controller, Get, Param, ParseUUIDPipe, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';

import type { Principal } from '@app/core/auth';
import { Policy, type AppAbility } from '@app/core/authz';
import { DomainError, ErrorCode } from '@app/core/errors';

import { RetentionArchiveService } from './retention-archive.service';

interface CallerRequest extends Request {
  principal?: Principal;
  ability?: AppAbility;
}

// A disposal's archive file over plain HTTP like every file (GET /files/:id): the same bearer
// token, never a cookie. The answer carries the proof's SHA-256 (`X-Archive-Sha256`) for the
// archivist to check the bytes against the proof of disposal.
@Controller('retention/archives')
export class RetentionArchiveController {
  constructor(private readonly archives: RetentionArchiveService) {}

  @Get(':disposalId')
  @Policy('read', 'RetentionArchive')
  async download(
    @Param('disposalId', new ParseUUIDPipe({ exceptionFactory: () => notFound() })) disposalId: string,
    @Req() req: CallerRequest,
    @Res() res: Response,
  ): Promise<void> {
    // The guard has required a signed-in caller for every @Policy route.
    if (!req.principal || !req.ability) {
      throw new DomainError(ErrorCode.AUTH_UNAUTHENTICATED, 'Not signed in or the token is not valid');
    }
    const { file, sha256, content } = await this.archives.download(req.principal, req.ability, disposalId);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Length', String(file.byteSize));
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    res.setHeader('X-Archive-Sha256', sha256);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'no-store');
    content.on('error', () => res.destroy());
    content.pipe(res);
  }
}

function notFound(): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, 'Disposal not found', { subjectType: 'Disposal' });
}
