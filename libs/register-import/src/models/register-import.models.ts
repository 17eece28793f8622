import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { RegistrationReason } from '@app/young-people';

import { RegisterImportAction, RegisterImportStatus } from '../register-import.enums';

registerEnumType(RegisterImportAction, { name: 'RegisterImportAction' });
registerEnumType(RegisterImportStatus, { name: 'RegisterImportStatus' });

@ObjectType({ description: "The municipality's saved column mapping for its register file." })
export class RegisterImportMapping {
  @Field()
  identityNumber!: string;

  @Field(() => String, { nullable: true })
  givenName!: string | null;

  @Field(() => String, { nullable: true })
  familyName!: string | null;

  @Field(() => String, { nullable: true })
  fullName!: string | null;

  @Field(() => String, { nullable: true })
  coordinatorEmail!: string | null;

  @Field(() => String, { nullable: true })
  registeredOn!: string | null;

  @Field(() => String, { nullable: true })
  status!: string | null;

  @Field(() => String, { nullable: true })
  registrationReason!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => RegistrationReason)
  defaultRegistrationReason!: RegistrationReason;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  updatedAt!: Date | null;
}

@ObjectType({ description: 'A dry run of a register file and, once run, its result.' })
export class RegisterImport {
  @Field(() => ID)
  id!: string;

  @Field()
  fileName!: string;

  @Field(() => RegisterImportStatus)
  status!: RegisterImportStatus;

  @Field(() => ID, { nullable: true, description: 'The dry run’s job: job(id) gives its progress.' })
  jobId!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The run’s job (runRegisterImport): job(id) gives its progress and counts.',
  })
  runJobId!: string | null;

  @Field(() => Int)
  rowCount!: number;

  @Field(() => Int)
  createCount!: number;

  @Field(() => Int)
  updateCount!: number;

  @Field(() => Int)
  unchangedCount!: number;

  @Field(() => Int)
  refusedCount!: number;

  @Field(() => String, { nullable: true, description: 'Why the whole file was refused (docs/ERRORS.md).' })
  errorCode!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  finishedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  appliedAt!: Date | null;
}

@ObjectType({
  description: 'One row of a dry run: what the run does with it. Identity numbers and names are never shown here.',
})
export class RegisterImportRow {
  @Field(() => Int, { description: 'The line (CSV) or row (Excel) in the file.' })
  line!: number;

  @Field(() => RegisterImportAction)
  action!: RegisterImportAction;

  @Field(() => String, { nullable: true, description: 'Why a row is refused (docs/ERRORS.md, REGISTER_IMPORT_ROW_*).' })
  code!: string | null;

  @Field(() => String, { nullable: true, description: "The file's column the code is about." })
  field!: string | null;

  @Field(() => [String], {
    description: 'UPDATE: the fields that change (givenName, familyName, coordinator, status).',
  })
  changes!: string[];
}
