import { Controller, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';

import { Public } from '@app/core/authz';
import { TransactionHost } from '@app/core/database';

import { SignalsService } from '../signals.service';
import { IntegrationUploads } from './integration-uploads';

const OPERATION = 'POST /signals/import';

export interface SignalImportAnswer {
  id: string;
  fileName: string;
  rowCount: number;
  createdCount: number;
  repeated: boolean;
  createdAt: string;
}

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
    private readonly tx: TransactionHost,
  ) {}

  @Post('import')
  @Public()
  async import(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SignalImportAnswer> {
    const upload = await this.uploads.receive(req, OPERATION, 'signaler');
    let keep = false;
    try {
      const { entry, repeated } = await this.tx.run(
        () => this.signals.importStored(upload.sender, upload.file, upload.idempotencyKey),
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
      };
    } finally {
      if (!keep) await this.uploads.discard(upload);
    }
  }
}
