import type { Clock } from '@app/core/clock';
import type { AppLogger } from '@app/core/logging';

import { appendAnchor, makeAnchor, readChainHeads, type ChainAnchor, type QueryFn } from './chain-anchor';

// Anchors the audit trail's and the access log's chains in the api (docs/OPERATIONS.md): reads
// every chain's head and writes them as one anchor to the log stream (one `chain anchor` line)
// and, when the operator names one (AUDIT_ANCHOR_FILE), appends it to that file. Run at an
// interval through JobRunner (once across instances) by the api's background work.
export class ChainAnchorService {
  constructor(
    private readonly logger: AppLogger,
    private readonly file: string | undefined,
    private readonly clock: Clock,
  ) {}

  async anchor(query: QueryFn): Promise<ChainAnchor> {
    const anchor = makeAnchor(await readChainHeads(query), this.clock.now());
    this.logger.info({ chainAnchor: anchor }, 'chain anchor');
    if (this.file) await appendAnchor(this.file, anchor);
    return anchor;
  }
}
