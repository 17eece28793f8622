export { canonicalJson, chainHash, GENESIS_HASH } from './audit-chain';
export { AuditEventEntity } from './audit-event.entity';
export {
  verifyAccessChains,
  verifyAuditChains,
  type ChainBreak,
  type ChainSummary,
  type VerificationResult,
} from './audit-verifier';
export { actorOf, AuditService, type AuditActor, type AuditEntry, type AuditSummaryValue } from './audit.service';
export { accessChainHash, type AccessChainFields } from './access-chain';
export { decideGrounds, type AccessEntry, type AccessReader, type SubjectFacts } from './access-grounds';
export { AccessGround, AccessLogEntity, AccessSubjectKind } from './access-log.entity';
export { AccessLogEntryEntity } from './access-log-entry.entity';
export { AccessLogService, type KnownCase } from './access-log.service';
export { SecurityEventEntity, SecurityEventKind, SECURITY_EVENT_KINDS } from './security-event.entity';
export {
  accountKeyOf,
  SecurityEventService,
  type SecurityEventInput,
  type SecurityEventSettings,
} from './security-events.service';
export {
  AnchorFileError,
  appendAnchor,
  CHAIN_TABLES,
  checkAgainstAnchor,
  makeAnchor,
  readChainHeads,
  readLatestAnchor,
  type AnchorFinding,
  type ChainAnchor,
  type ChainHead,
  type ChainTable,
  type QueryFn,
} from './chain-anchor';
export { ChainAnchorService } from './chain-anchor.service';
