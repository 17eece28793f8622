import {
  Args,
  Context,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  registerEnumType,
  Resolver,
} from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';

import { InformationCategory, Policy } from '@app/core/authz';
import { callerOf, noteRead, type GraphqlContext } from '@app/core/graphql';

import { DataExportService, ExportFormat } from './data-export.service';

registerEnumType(ExportFormat, { name: 'ExportFormat' });

@InputType()
export class ExportYoungPersonDataInput {
  @Field(() => ID)
  @IsUUID()
  youngPersonId!: string;

  @Field(() => ExportFormat)
  @IsEnum(ExportFormat)
  format!: ExportFormat;
}

@ObjectType('DataExport', { description: 'A register extract as a file (GDPR art. 15).' })
export class DataExport {
  @Field()
  fileName!: string;

  @Field()
  contentType!: string;

  @Field({ description: 'The file, base64-encoded.' })
  contentBase64!: string;

  @Field(() => Int)
  byteSize!: number;

  @Field({ description: 'SHA-256 of the file, as recorded in the audit trail.' })
  sha256!: string;

  @Field(() => GraphQLISODateTime)
  generatedAt!: Date;
}

@Resolver(() => DataExport)
export class DataExportResolver {
  constructor(private readonly service: DataExportService) {}

  // A mutation, not a query: making an extract discloses the whole record and is audited.
  @Mutation(() => DataExport, {
    description:
      'The young person’s register extract (GDPR art. 15) as JSON or PDF: their data, consents and who read their record.',
  })
  @Policy('update', 'YoungPerson')
  async exportYoungPersonData(
    @Args('input') input: ExportYoungPersonDataInput,
    @Context() ctx: GraphqlContext,
  ): Promise<DataExport> {
    const file = await this.service.export(callerOf(ctx), input.youngPersonId, input.format);
    noteRead(ctx, input.youngPersonId, ...Object.values(InformationCategory), 'CONSENTS');
    return {
      fileName: file.fileName,
      contentType: file.contentType,
      contentBase64: file.content.toString('base64'),
      byteSize: file.content.length,
      sha256: file.sha256,
      generatedAt: file.generatedAt,
    };
  }
}
