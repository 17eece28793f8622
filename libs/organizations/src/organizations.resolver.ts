import { Args, Context, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';

import { Policy } from '@app/core/authz';
import { callerOf, Connection, type GraphqlContext, IdArg, refreshForEvent } from '@app/core/graphql';
import { eventIterator, PgPubSub } from '@app/core/pubsub';

import {
  CreateOrganizationInput,
  OrganizationsArgs,
  UpdateMunicipalitySettingsInput,
  UpdateOrganizationInput,
} from './dto/organization.inputs';
import { toMunicipality, toOrganization } from './models/organization.mapper';
import { Municipality, Organization } from './models/organization.model';
import { OrganizationsRepository } from './organizations.repository';
import { ORGANIZATION_CHANGED, OrganizationsService } from './organizations.service';

const OrganizationConnection = Connection(Organization, 'OrganizationConnection');
type OrganizationConnection = InstanceType<typeof OrganizationConnection>;

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(
    private readonly service: OrganizationsService,
    private readonly repository: OrganizationsRepository,
    private readonly pubsub: PgPubSub,
  ) {}

  @Query(() => Organization, { description: 'One organisation of the caller’s municipality.' })
  @Policy('read', 'Organization', { oneRecord: true })
  async organization(@IdArg() id: string, @Context() ctx: GraphqlContext): Promise<Organization> {
    return toOrganization(await this.service.get(ctx.ability, id));
  }

  @Query(() => OrganizationConnection, {
    description: 'Organisations the caller may see, by name; `search` keeps those whose name contains it.',
  })
  @Policy('read', 'Organization')
  async organizations(
    @Args() args: OrganizationsArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<OrganizationConnection> {
    const page = await this.service.list(ctx.ability, args);
    return { ...page, nodes: page.nodes.map(toOrganization) };
  }

  @Query(() => Municipality, { description: 'The municipality the caller works in.' })
  @Policy('read', 'Municipality')
  async municipality(@Context() ctx: GraphqlContext): Promise<Municipality> {
    const { principal, ability } = callerOf(ctx);
    return toMunicipality(await this.service.municipality(ability, principal));
  }

  @Mutation(() => Municipality, { description: 'Change the municipality’s settings (admin).' })
  @Policy('update', 'Municipality')
  async updateMunicipalitySettings(
    @Args('input') input: UpdateMunicipalitySettingsInput,
    @Context() ctx: GraphqlContext,
  ): Promise<Municipality> {
    return toMunicipality(await this.service.updateSettings(callerOf(ctx), input));
  }

  @Mutation(() => Organization, { description: 'Add an organisation to the municipality (admin).' })
  @Policy('create', 'Organization')
  async createOrganization(
    @Args('input') input: CreateOrganizationInput,
    @Context() ctx: GraphqlContext,
  ): Promise<Organization> {
    return toOrganization(await this.service.create(callerOf(ctx), input));
  }

  @Mutation(() => Organization, { description: 'Rename an organisation (admin); needs the current version.' })
  @Policy('update', 'Organization')
  async updateOrganization(
    @Args('input') input: UpdateOrganizationInput,
    @Context() ctx: GraphqlContext,
  ): Promise<Organization> {
    return toOrganization(await this.service.update(callerOf(ctx), input));
  }

  @Subscription(() => Organization, {
    description: 'Organisations of the caller’s municipality as they are created or changed.',
    resolve: (value: Organization) => value,
  })
  @Policy('read', 'Organization')
  organizationChanged(@Context() ctx: GraphqlContext): AsyncIterableIterator<Organization> {
    const { principal } = callerOf(ctx);
    return eventIterator(
      this.pubsub,
      ORGANIZATION_CHANGED,
      (event) => event.municipalityId === principal.municipalityId,
      // Access is decided again for every event with a freshly read principal, so an ended
      // membership or a changed rule stops delivery at the next event.
      async (event) => {
        const ability = await refreshForEvent(ctx, event);
        if (!ability) return undefined;
        const row = await this.repository.findOne(ability, event.id);
        return row ? toOrganization(row) : undefined;
      },
    );
  }
}
