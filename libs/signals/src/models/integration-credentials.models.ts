import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

import type { IntegrationCredentialEntity } from '../entities/integration-credential.entity';

@ObjectType({
  description:
    'A school system’s credential for POST /signals/import and POST /early-warning/absence-days/import (the secret is never shown again).',
})
export class IntegrationCredential {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => ID, { description: 'The school whose signals it sends.' })
  organizationId!: string;

  @Field()
  organizationName!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field()
  createdByName!: string;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When a school system last presented it.' })
  lastUsedAt!: Date | null;
}

@ObjectType({ description: 'A credential just made, with its secret: shown this once, kept only as a hash.' })
export class CreatedIntegrationCredential {
  @Field(() => IntegrationCredential)
  credential!: IntegrationCredential;

  @Field({ description: 'The bearer secret for the school system (Authorization: Bearer …).' })
  secret!: string;
}

export function toIntegrationCredential(
  row: IntegrationCredentialEntity,
  names: ReadonlyMap<string, string>,
): IntegrationCredential {
  return {
    id: row.id,
    name: row.name,
    organizationId: row.organizationId,
    organizationName: names.get(row.organizationId) ?? '',
    createdAt: row.createdAt,
    createdByName: names.get(row.createdById) ?? '',
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    lastUsedAt: row.lastUsedAt,
  };
}
