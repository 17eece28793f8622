import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';

import { AccessGround, AccessLogService } from '@app/core/audit';
import { Policy } from '@app/core/authz';
import { callerOf, Connection, type GraphqlContext, IdArg, PageArgs } from '@app/core/graphql';

import {
  DismissTargetGroupCheckInput,
  ImportTargetGroupFileInput,
  RegisterTargetGroupCheckInput,
  StartTargetGroupRunInput,
  TargetGroupChecksArgs,
} from './dto/target-group.inputs';
import type { TargetGroupCheckEntity } from './entities/target-group-check.entity';
import { toCheck, toImport, toRun } from './models/target-group.mapper';
import { TargetGroupCheck, TargetGroupImport, TargetGroupOverview, TargetGroupRun } from './models/target-group.models';
import { TargetGroupService } from './target-group.service';

const TargetGroupImportConnection = Connection(TargetGroupImport, 'TargetGroupImportConnection');
type TargetGroupImportConnection = InstanceType<typeof TargetGroupImportConnection>;
const TargetGroupRunConnection = Connection(TargetGroupRun, 'TargetGroupRunConnection');
type TargetGroupRunConnection = InstanceType<typeof TargetGroupRunConnection>;
const TargetGroupCheckConnection = Connection(TargetGroupCheck, 'TargetGroupCheckConnection');
type TargetGroupCheckConnection = InstanceType<typeof TargetGroupCheckConnection>;

@Resolver()
export class TargetGroupResolver {
  constructor(
    private readonly service: TargetGroupService,
    private readonly accessLog: AccessLogService,
  ) {}

  // Entries show identity numbers of people who are not (yet) in the register: every response
  // that shows them is logged before it leaves, under the entry's id, which a registration gives
  // the young person, on the ground of the KAA unit's duty to identify the target group.
  private async logged(
    ctx: GraphqlContext,
    rows: TargetGroupCheckEntity[],
    operation: string,
  ): Promise<TargetGroupCheck[]> {
    if (rows.length > 0) {
      const { principal } = callerOf(ctx);
      await this.accessLog.append(
        principal,
        rows.map((row) => ({
          youngPersonId: row.id,
          categories: ['IDENTITY'],
          ground: AccessGround.UNIT,
          consentIds: [],
          emergencyAccessId: null,
          disclosureId: null,
        })),
        operation,
      );
    }
    return rows.map(toCheck);
  }

  @Query(() => TargetGroupImportConnection, { description: 'The unit’s imports of extracts and lists, newest first.' })
  @Policy('read', 'TargetGroupImport')
  async targetGroupImports(
    @Args() args: PageArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<TargetGroupImportConnection> {
    const page = await this.service.imports(callerOf(ctx), args);
    return { ...page, nodes: page.nodes.map(toImport) };
  }

  @Query(() => TargetGroupImport, { description: 'One import: its status, counts and refused rows.' })
  @Policy('read', 'TargetGroupImport', { oneRecord: true })
  async targetGroupImport(@IdArg() id: string, @Context() ctx: GraphqlContext): Promise<TargetGroupImport> {
    return toImport(await this.service.getImport(callerOf(ctx), id));
  }

  @Query(() => TargetGroupRunConnection, { description: 'The unit’s matching runs, newest first.' })
  @Policy('read', 'TargetGroupRun')
  async targetGroupRuns(@Args() args: PageArgs, @Context() ctx: GraphqlContext): Promise<TargetGroupRunConnection> {
    const page = await this.service.runs(callerOf(ctx), args);
    return { ...page, nodes: page.nodes.map(toRun) };
  }

  @Query(() => TargetGroupRun, { description: 'One matching run.' })
  @Policy('read', 'TargetGroupRun', { oneRecord: true })
  async targetGroupRun(@IdArg() id: string, @Context() ctx: GraphqlContext): Promise<TargetGroupRun> {
    return toRun(await this.service.getRun(callerOf(ctx), id));
  }

  @Query(() => TargetGroupCheckConnection, {
    description: 'The unit’s "to check" entries (status TO_CHECK: the queue), longest waiting first.',
  })
  @Policy('read', 'TargetGroupCheck')
  async targetGroupChecks(
    @Args() args: TargetGroupChecksArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<TargetGroupCheckConnection> {
    const page = await this.service.checks(callerOf(ctx), args);
    return { ...page, nodes: await this.logged(ctx, page.nodes, 'query targetGroupChecks') };
  }

  @Query(() => TargetGroupCheck, { description: 'One entry of the queue.' })
  @Policy('read', 'TargetGroupCheck', { oneRecord: true })
  async targetGroupCheck(@IdArg() id: string, @Context() ctx: GraphqlContext): Promise<TargetGroupCheck> {
    const row = await this.service.getCheck(callerOf(ctx), id);
    const [check] = await this.logged(ctx, [row], 'query targetGroupCheck');
    return check;
  }

  @Query(() => TargetGroupOverview, { description: 'Headline figures: to check, occupation unknown, the last run.' })
  @Policy('read', 'TargetGroupCheck')
  async targetGroupOverview(@Context() ctx: GraphqlContext): Promise<TargetGroupOverview> {
    const overview = await this.service.overview(callerOf(ctx));
    return {
      toCheck: overview.toCheck,
      registeredUnknown: overview.registeredUnknown,
      unknownOccupation: overview.toCheck + overview.registeredUnknown,
      lastRun: overview.lastRun ? toRun(overview.lastRun) : null,
    };
  }

  @Mutation(() => TargetGroupImport, {
    description: 'Read an uploaded file as a population extract or enrolment list (a job: all rows or none).',
  })
  @Policy('create', 'TargetGroupImport')
  async importTargetGroupFile(
    @Args('input') input: ImportTargetGroupFileInput,
    @Context() ctx: GraphqlContext,
  ): Promise<TargetGroupImport> {
    return toImport(await this.service.importFile(callerOf(ctx), input));
  }

  @Mutation(() => TargetGroupRun, { description: 'Match a population extract against enrolment lists (a job).' })
  @Policy('create', 'TargetGroupRun')
  async startTargetGroupRun(
    @Args('input') input: StartTargetGroupRunInput,
    @Context() ctx: GraphqlContext,
  ): Promise<TargetGroupRun> {
    return toRun(await this.service.startRun(callerOf(ctx), input));
  }

  @Mutation(() => TargetGroupCheck, { description: 'Register the young person of an entry (a person decides).' })
  @Policy('update', 'TargetGroupCheck')
  async registerTargetGroupCheck(
    @Args('input') input: RegisterTargetGroupCheckInput,
    @Context() ctx: GraphqlContext,
  ): Promise<TargetGroupCheck> {
    const row = await this.service.register(callerOf(ctx), input);
    const [check] = await this.logged(ctx, [row], 'mutation registerTargetGroupCheck');
    return check;
  }

  @Mutation(() => TargetGroupCheck, {
    description: 'Dismiss an entry with a reason (moved, diploma, already handled).',
  })
  @Policy('update', 'TargetGroupCheck')
  async dismissTargetGroupCheck(
    @Args('input') input: DismissTargetGroupCheckInput,
    @Context() ctx: GraphqlContext,
  ): Promise<TargetGroupCheck> {
    const row = await this.service.dismiss(callerOf(ctx), input);
    const [check] = await this.logged(ctx, [row], 'mutation dismissTargetGroupCheck');
    return check;
  }
}
