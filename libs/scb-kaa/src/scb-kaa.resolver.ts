import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Policy } from '@app/core/authz';
import { callerOf, type GraphqlContext } from '@app/core/graphql';

import { ProduceScbKaaFileInput, ScbKaaPeriodInput } from './dto/scb-kaa.inputs';
import { ScbKaaDataQuality, ScbKaaFile, ScbKaaPersonIssues, ScbKaaValidation } from './models/scb-kaa.models';
import { ScbKaaService, type FileView, type ListedPerson } from './scb-kaa.service';

function toFile(file: FileView): ScbKaaFile {
  return {
    id: file.id,
    period: file.period,
    sequence: file.sequence,
    fileId: file.fileId,
    downloadable: file.downloadable,
    fileName: file.fileName,
    byteSize: file.byteSize,
    sha256: file.sha256,
    codeTableVersion: file.codeTableVersion,
    counts: {
      people: file.counts.people ?? 0,
      registrations: file.counts.registrations ?? 0,
      contacts: file.counts.contacts ?? 0,
      measuresStarted: file.counts.measuresStarted ?? 0,
      measuresEnded: file.counts.measuresEnded ?? 0,
      ended: file.counts.ended ?? 0,
    },
    warningCount: file.warningCount,
    producedById: file.producedById,
    producedByName: file.producedByName,
    producedAt: new Date(file.producedAt),
    replacesId: file.replacesId,
    current: file.current,
  };
}

// Names in a list are a read of the young person's data: written to the access log with the
// ground the reader has (their caseload or their unit), before the response leaves.
function toPeople(ctx: GraphqlContext, people: ListedPerson[]): ScbKaaPersonIssues[] {
  const principal = ctx.principal!;
  return people.map((p) => {
    ctx.accessReads.knowCase(p.id, {
      ownCase: p.coordinatorId === principal.userId,
      unitCase: p.kaaUnitId === principal.organizationId,
      coveredCase:
        p.coordinatorId !== null &&
        p.kaaUnitId === principal.organizationId &&
        principal.standInForUserIds.includes(p.coordinatorId),
    });
    ctx.accessReads.note(p.id, 'NAME', 'OCCUPATION', 'CONTACTS', 'MEASURES');
    return { youngPersonId: p.id, givenName: p.givenName, familyName: p.familyName, issues: p.issues };
  });
}

@Resolver()
export class ScbKaaResolver {
  constructor(private readonly service: ScbKaaService) {}

  @Query(() => ScbKaaValidation, {
    description: 'Validates the SCB file of a half-year: what must be fixed, per young person, before it is produced.',
  })
  @Policy('read', 'ScbKaaFile')
  async scbKaaValidation(
    @Args('input') input: ScbKaaPeriodInput,
    @Context() ctx: GraphqlContext,
  ): Promise<ScbKaaValidation> {
    const view = await this.service.validation(callerOf(ctx), input.period);
    return {
      period: view.period.key,
      from: view.period.from,
      to: view.period.to,
      codeTableVersion: view.codeTableVersion,
      population: view.population,
      peopleWithErrors: view.peopleWithErrors,
      errorCount: view.errorCount,
      peopleWithWarnings: view.peopleWithWarnings,
      warningCount: view.warningCount,
      valid: view.peopleWithErrors === 0,
      people: toPeople(ctx, view.people),
      peopleWithErrorsOutsideAccess: view.peopleWithErrorsOutsideAccess,
      files: view.files.map(toFile),
    };
  }

  @Query(() => ScbKaaDataQuality, {
    description:
      'The data quality of a half-year: occupation unknown, no contact, fields SCB requires missing; shares and lists.',
  })
  @Policy('read', 'ScbKaaQuality')
  async scbKaaDataQuality(
    @Args('input') input: ScbKaaPeriodInput,
    @Context() ctx: GraphqlContext,
  ): Promise<ScbKaaDataQuality> {
    const view = await this.service.dataQuality(callerOf(ctx), input.period);
    const figure = (f: typeof view.noContact) => ({ ...f, people: toPeople(ctx, f.people) });
    return {
      period: view.period.key,
      from: view.period.from,
      to: view.period.to,
      population: view.population,
      occupationUnknown: figure(view.occupationUnknown),
      noContact: figure(view.noContact),
      missingFields: figure(view.missingFields),
    };
  }

  @Query(() => [ScbKaaFile], { description: 'Every SCB file produced for the municipality, newest first.' })
  @Policy('read', 'ScbKaaFile')
  async scbKaaFiles(@Context() ctx: GraphqlContext): Promise<ScbKaaFile[]> {
    return (await this.service.history(callerOf(ctx))).map(toFile);
  }

  @Mutation(() => ScbKaaFile, {
    description:
      'Produces the SCB file of a half-year (refused while the validation has errors; a second file for the same half-year needs confirmReplace).',
  })
  @Policy('create', 'ScbKaaFile')
  async produceScbKaaFile(
    @Args('input') input: ProduceScbKaaFileInput,
    @Context() ctx: GraphqlContext,
  ): Promise<ScbKaaFile> {
    return toFile(await this.service.produce(callerOf(ctx), input.period, input.confirmReplace === true));
  }
}
