import { Controller, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';

import { Public } from '@app/core/authz';
import { TransactionHost } from '@app/core/database';
import { IntegrationUploads } from '@app/signals';

import { EarlyWarningService } from './early-warning.service';

const OPERATION = 'POST /early-warning/absence-days/import';

export interface AbsenceImportAnswer {
  id: string;
  fileName: string;
  rowCount: number;
  createdCount: number;
  repeated: boolean;
  createdAt: string;
  // Suggestions the indicators opened after the import (0 for a repeated file).
  opened: number;
}

// A school's system posts its absence file with the school's integration credential, as it
// posts its signal file to POST /signals/import (docs/EARLY-WARNING.md, "Absence days as a
// file"): the same credential, headers, throttle and refusals (IntegrationUploads), the same
// rules and codes as importAbsenceDays. Public to the guard: only an integration credential is
// accepted, never a user's token.
@Controller('early-warning')
export class AbsenceImportController {
  constructor(
    private readonly uploads: IntegrationUploads,
    private readonly service: EarlyWarningService,
    private readonly tx: TransactionHost,
  ) {}

  @Post('absence-days/import')
  @Public()
  async import(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<AbsenceImportAnswer> {
    const upload = await this.uploads.receive(req, OPERATION, 'franvaro');
    let keep = false;
    try {
      const { entry, repeated, evaluation } = await this.tx.run(
        () => this.service.importAbsenceStored(upload.sender, upload.file, upload.idempotencyKey),
        { requireAudit: true },
      );
      keep = !repeated;
      res.status(repeated ? 200 : 201);
      return {
        id: entry.id,
        fileName: entry.fileName,
        rowCount: entry.rowCount,
        createdCount: repeated ? 0 : entry.createdCount,
        repeated,
        createdAt: entry.createdAt.toISOString(),
        opened: evaluation?.opened ?? 0,
      };
    } finally {
      if (!keep) await this.uploads.discard(upload);
    }
  }
}
