import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Policy } from '@app/core/authz';
import { callerOf, Connection, type GraphqlContext, IdArg } from '@app/core/graphql';

import {
  DryRunRegisterImportInput,
  RegisterImportFileColumnsArgs,
  RegisterImportMappingInput,
  RegisterImportRowsArgs,
} from './dto/register-import.inputs';
import { toImport, toMapping, toRow } from './models/register-import.mapper';
import { RegisterImport, RegisterImportMapping, RegisterImportRow } from './models/register-import.models';
import { RegisterImportService } from './register-import.service';

const RegisterImportRowConnection = Connection(RegisterImportRow, 'RegisterImportRowConnection');
type RegisterImportRowConnection = InstanceType<typeof RegisterImportRowConnection>;

// The import of a municipality's existing KAA register (issue 16): a saved column mapping, a dry
// run (a job) that reports per row, and the run that applies the report.
@Resolver()
export class RegisterImportResolver {
  constructor(private readonly service: RegisterImportService) {}

  @Query(() => RegisterImportMapping, { nullable: true, description: "The municipality's saved column mapping." })
  @Policy('read', 'RegisterImportMapping')
  async registerImportMapping(@Context() ctx: GraphqlContext): Promise<RegisterImportMapping | null> {
    const found = await this.service.mapping(callerOf(ctx));
    return found ? toMapping(found) : null;
  }

  @Mutation(() => RegisterImportMapping, { description: "Save the municipality's column mapping (audited)." })
  @Policy('update', 'RegisterImportMapping')
  async saveRegisterImportMapping(
    @Args('input') input: RegisterImportMappingInput,
    @Context() ctx: GraphqlContext,
  ): Promise<RegisterImportMapping> {
    return toMapping(await this.service.saveMapping(callerOf(ctx), input));
  }

  @Query(() => [String], { description: 'The header of an uploaded file (POST /files), for the mapping form.' })
  @Policy('read', 'RegisterImport', { oneRecord: true })
  registerImportFileColumns(
    @Args() args: RegisterImportFileColumnsArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<string[]> {
    return this.service.fileColumns(callerOf(ctx), args.fileId);
  }

  @Mutation(() => RegisterImport, {
    description: 'Compare an uploaded register file with the register (a job); writes nothing to the register.',
  })
  @Policy('create', 'RegisterImport')
  async dryRunRegisterImport(
    @Args('input') input: DryRunRegisterImportInput,
    @Context() ctx: GraphqlContext,
  ): Promise<RegisterImport> {
    return toImport(await this.service.dryRun(callerOf(ctx), input));
  }

  @Query(() => RegisterImport, { description: 'One dry run: its status and counts.' })
  @Policy('read', 'RegisterImport', { oneRecord: true })
  async registerImport(@IdArg() id: string, @Context() ctx: GraphqlContext): Promise<RegisterImport> {
    return toImport(await this.service.get(callerOf(ctx), id));
  }

  @Query(() => RegisterImportRowConnection, { description: 'The rows of a dry run’s report, by line.' })
  @Policy('read', 'RegisterImport', { oneRecord: true })
  async registerImportRows(
    @Args() args: RegisterImportRowsArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<RegisterImportRowConnection> {
    const page = await this.service.rows(callerOf(ctx), args);
    return { ...page, nodes: page.nodes.map(toRow) };
  }

  @Mutation(() => RegisterImport, {
    description:
      'Queue the run of a dry run (runJobId; job(id) gives its progress): it applies the report exactly, all rows or none; refused if the register changed since.',
  })
  @Policy('update', 'RegisterImport')
  async runRegisterImport(@IdArg() id: string, @Context() ctx: GraphqlContext): Promise<RegisterImport> {
    return toImport(await this.service.run(callerOf(ctx), id));
  }
}
