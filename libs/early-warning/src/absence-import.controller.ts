import { Controller, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';

import { Public } from '@app/core/authz';
import { IntegrationUploads, type SchoolFileImportAnswer } from '@app/signals';

import { EarlyWarningService } from './early-warning.service';

const OPERATION = 'POST /early-warning/absence-days/import';

export interface AbsenceImportAnswer extends SchoolFileImportAnswer {
  // Suggestions the indicators opened after the import (0 for a repeated file).
  opened: number;
}

// A school's system posts its absence file with the school's integration credential, as it
// posts its signal file to POST /signals/import (docs/EARLY-WARNING.md, "Absence days as a
// file"): the same credential, headers, throttle, refusals and answer (IntegrationUploads), the
// same rules and codes as importAbsenceDays. Public to the guard: only an integration credential
// is accepted, never a user's token.
@Controller('early-warning')
export class AbsenceImportController {
  constructor(
    private readonly uploads: IntegrationUploads,
    private readonly service: EarlyWarningService,
  ) {}

  @Post('absence-days/import')
  @Public()
  async import(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<AbsenceImportAnswer> {
    const { answer, result } = await this.uploads.import(req, res, OPERATION, 'franvaro', (upload) =>
      this.service.importAbsenceStored(upload.sender, upload.file, upload.idempotencyKey),
    );
    return { ...answer, opened: result.evaluation?.opened ?? 0 };
  }
}
