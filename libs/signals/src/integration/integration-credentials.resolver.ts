import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Policy } from '@app/core/authz';
import { callerOf, type GraphqlContext, IdArg } from '@app/core/graphql';

import { CreateIntegrationCredentialInput } from '../dto/integration-credentials.inputs';
import type { IntegrationCredentialEntity } from '../entities/integration-credential.entity';
import {
  CreatedIntegrationCredential,
  IntegrationCredential,
  toIntegrationCredential,
} from '../models/integration-credentials.models';
import { IntegrationCredentialsService } from './integration-credentials.service';

@Resolver()
export class IntegrationCredentialsResolver {
  constructor(private readonly service: IntegrationCredentialsService) {}

  private async shown(rows: IntegrationCredentialEntity[]): Promise<IntegrationCredential[]> {
    const names = await this.service.names(rows.flatMap((row) => [row.organizationId, row.createdById]));
    return rows.map((row) => toIntegrationCredential(row, names));
  }

  @Query(() => [IntegrationCredential], {
    description: 'The municipality’s integration credentials for school systems, newest first (admin).',
  })
  @Policy('read', 'IntegrationCredential')
  async integrationCredentials(@Context() ctx: GraphqlContext): Promise<IntegrationCredential[]> {
    return this.shown(await this.service.list(callerOf(ctx)));
  }

  @Mutation(() => CreatedIntegrationCredential, {
    description: 'Make a credential for one school’s system; its secret is in the answer and never again (admin).',
  })
  @Policy('create', 'IntegrationCredential')
  async createIntegrationCredential(
    @Args('input') input: CreateIntegrationCredentialInput,
    @Context() ctx: GraphqlContext,
  ): Promise<CreatedIntegrationCredential> {
    const { credential, secret } = await this.service.create(callerOf(ctx), input);
    const [shown] = await this.shown([credential]);
    return { credential: shown, secret };
  }

  @Mutation(() => IntegrationCredential, { description: 'Revoke an integration credential at once (admin).' })
  @Policy('update', 'IntegrationCredential')
  async revokeIntegrationCredential(
    @IdArg() id: string,
    @Context() ctx: GraphqlContext,
  ): Promise<IntegrationCredential> {
    const [shown] = await this.shown([await this.service.revoke(callerOf(ctx), id)]);
    return shown;
  }
}
