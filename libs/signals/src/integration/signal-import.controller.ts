import { Controller, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';

import { Public } from '@app/core/authz';

import { SignalsService } from '../signals.service';
import { IntegrationUploads, type SchoolFileImportAnswer } from './integration-uploads';

const OPERATION = 'POST /signals/import';

export type SignalImportAnswer = SchoolFileImportAnswer;

// The write path outside GraphQL for signals (docs/SIGNALS.md, "From a school's system"): a
// school's system posts its signal file with its integration credential. The body is the file
// itself (CSV or .xlsx); the answer is the import as JSON, or a refusal `{ code, message,
// details }` with the same codes as importSignals. Public to the guard: no user token is
// accepted here, only an integration credential, checked by IntegrationUploads.
@Controller('signals')
export class SignalImportController {
  constructor(
    private readonly uploads: IntegrationUploads,
    private readonly signals: SignalsService,
  ) {}

  @Post('import')
  @Public()
  async import(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SignalImportAnswer> {
    const { answer } = await this.uploads.import(req, res, OPERATION, 'signaler', (upload) =>
      this.signals.importStored(upload.sender, upload.file, upload.idempotencyKey),
    );
    return answer;
  }
}
