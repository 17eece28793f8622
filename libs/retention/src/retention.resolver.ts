import { subject } from '@casl/ability';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';

import { actorOf, type AuditActor } from '@app/core/audit';
import { Policy } from '@app/core/authz';
import { DomainError, ErrorCode, forbidden } from '@app/core/errors';
import { callerOf, type Caller, type GraphqlContext } from '@app/core/graphql';

import { DisposalsArgs, LegalHoldInput, SetRetentionRuleInput } from './dto/retention.inputs';
import { Disposal, LegalHold, RetentionCount, RetentionRule } from './models/retention.models';
import { RetentionArchiveService } from './retention-archive.service';
import { RetentionService } from './retention.service';

function acting(caller: Caller): AuditActor & { userId: string } {
  return { ...actorOf(caller.principal), userId: caller.principal.userId };
}

function allowed(caller: Caller, action: 'read' | 'create' | 'update', type: 'RetentionRule' | 'Disposal'): void {
  if (!caller.ability.can(action, subject(type, { municipalityId: caller.principal.municipalityId }))) {
    throw forbidden();
  }
}

// Retention (gallring, issue 19): rules, dry run, disposal on demand, proofs and legal holds of the
// caller's municipality. Nothing here shows a young person's data (ids, counts, reasons).
@Resolver()
export class RetentionResolver {
  constructor(
    private readonly service: RetentionService,
    private readonly archives: RetentionArchiveService,
  ) {}

  @Query(() => [RetentionRule], {
    description: 'Every class’s retention rule of the municipality, or its default (admin).',
  })
  @Policy('read', 'RetentionRule')
  retentionRules(@Context() ctx: GraphqlContext): Promise<RetentionRule[]> {
    const caller = callerOf(ctx);
    allowed(caller, 'read', 'RetentionRule');
    return this.service.rules(caller.principal.municipalityId);
  }

  @Mutation(() => RetentionRule, { description: 'Set one class’s retention rule (admin); audited.' })
  @Policy('update', 'RetentionRule')
  setRetentionRule(
    @Args('input') input: SetRetentionRuleInput,
    @Context() ctx: GraphqlContext,
  ): Promise<RetentionRule> {
    const caller = callerOf(ctx);
    allowed(caller, 'update', 'RetentionRule');
    return this.service.setRule(acting(caller), input);
  }

  @Query(() => [RetentionCount], {
    description: 'What a disposal now would dispose under the enabled rules, as counts only (admin). Changes nothing.',
  })
  @Policy('create', 'Disposal')
  retentionDryRun(@Context() ctx: GraphqlContext): Promise<RetentionCount[]> {
    const caller = callerOf(ctx);
    allowed(caller, 'create', 'Disposal');
    return this.service.dryRun(caller.principal.municipalityId);
  }

  @Mutation(() => [RetentionCount], {
    description:
      'Dispose now what the enabled rules allow (admin): archive, delete and proof per batch, under the scheduled job’s lock.',
  })
  @Policy('create', 'Disposal')
  async runRetentionDisposal(@Context() ctx: GraphqlContext): Promise<RetentionCount[]> {
    const caller = callerOf(ctx);
    allowed(caller, 'create', 'Disposal');
    const actor = acting(caller);
    const counts = await this.service.runNow(actor);
    if (!counts) throw new DomainError(ErrorCode.RETENTION_RUN_BUSY, 'A disposal is running already');
    // After the run: this transaction's audit row would otherwise hold the audit chain's lock that
    // the run's own batches take.
    await this.service.recordRun(actor, counts);
    return counts;
  }

  @Query(() => [Disposal], { description: 'The newest proofs of disposal of the municipality (admin).' })
  @Policy('read', 'Disposal')
  async disposals(@Args() args: DisposalsArgs, @Context() ctx: GraphqlContext): Promise<Disposal[]> {
    const caller = callerOf(ctx);
    allowed(caller, 'read', 'Disposal');
    const proofs = await this.service.disposals(caller.ability, args.first);
    const states = await this.archives.states(
      caller.principal.municipalityId,
      proofs.map((proof) => proof.archiveFileId),
    );
    return proofs.map((proof) => {
      const state = states.get(proof.archiveFileId);
      return {
        ...proof,
        archiveFileName: state?.fileName ?? null,
        archiveExpiresAt: state?.expiresAt ?? null,
        archiveAvailable: state?.available ?? false,
      };
    });
  }

  @Query(() => [LegalHold], {
    description:
      'Legal holds, newest first: the municipality’s (admin), the young people of the caller’s KAA unit (team lead).',
  })
  @Policy('read', 'LegalHold')
  legalHolds(@Context() ctx: GraphqlContext): Promise<LegalHold[]> {
    // The guard checked the type; which holds is the access predicate's (a team lead: their unit's).
    return this.service.legalHolds(callerOf(ctx).ability);
  }

  @Mutation(() => LegalHold, {
    description: 'Hold a young person’s records from disposal, with a reason (admin, team lead).',
  })
  @Policy('create', 'LegalHold')
  setLegalHold(@Args('input') input: LegalHoldInput, @Context() ctx: GraphqlContext): Promise<LegalHold> {
    const caller = callerOf(ctx);
    return this.service.setLegalHold(acting(caller), caller.ability, input.youngPersonId, input.reason);
  }

  @Mutation(() => LegalHold, { description: 'Lift a young person’s legal hold, with a reason (admin, team lead).' })
  @Policy('update', 'LegalHold')
  liftLegalHold(@Args('input') input: LegalHoldInput, @Context() ctx: GraphqlContext): Promise<LegalHold> {
    const caller = callerOf(ctx);
    return this.service.liftLegalHold(acting(caller), caller.ability, input.youngPersonId, input.reason);
  }
}
