export { canonicalJson, chainHash, GENESIS_HASH } from './audit-chain';
export { AuditEventEntity } from './audit-event.entity';
export { verifyAuditChains, type ChainBreak, type ChainSummary, type VerificationResult } from './audit-verifier';
export { actorOf, AuditService, type AuditActor, type AuditEntry, type AuditSummaryValue } from './audit.service';
