import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { OrganizationKind, SecrecyDomain } from '../organization-kind';

registerEnumType(OrganizationKind, { name: 'OrganizationKind', description: 'Kind of participating organisation.' });
registerEnumType(SecrecyDomain, {
  name: 'SecrecyDomain',
  description: 'Secrecy domain; crossing one needs a consent or a legal ground.',
});

@ObjectType('Organization', { description: 'A school, the KAA unit, social services or another partner.' })
export class Organization {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => OrganizationKind)
  kind!: OrganizationKind;

  @Field(() => SecrecyDomain)
  secrecyDomain!: SecrecyDomain;

  @Field(() => Int, { description: 'Pass back unchanged when updating; a stale value gives CONFLICT.' })
  version!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType('Municipality', { description: 'The municipality (kommun) the caller works in.' })
export class Municipality {
  @Field(() => ID)
  id!: string;

  @Field({ description: "SCB's four-digit municipality code." })
  code!: string;

  @Field()
  name!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Days a consent lasts when recorded without an end date; null: the service default.',
  })
  consentDefaultValidDays!: number | null;

  @Field({ description: 'IANA time zone whose calendar days the date rules use.' })
  timeZone!: string;

  @Field(() => Int, { nullable: true, description: 'The smallest group a report shows (k); null: 5.' })
  reportMinCell!: number | null;
}
