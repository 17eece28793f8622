import { Args, Context, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { FieldPolicy, Policy } from '@app/core/authz';
import {
  callerOf,
  type GraphqlContext,
  IdArg,
  type MaybePromise,
  type NoArgs,
  noteRead,
  whenLoaded,
} from '@app/core/graphql';
import { YoungPerson } from '@app/young-people';

import {
  CreateMeasureTypeInput,
  EndMeasureInput,
  MeasureTypesArgs,
  OfferMeasureInput,
  RespondToMeasureInput,
  StartMeasureInput,
  UpdateMeasureDocumentationInput,
  UpdateMeasureTypeInput,
} from './dto/measures.inputs';
import type { MeasureEntity } from './entities/measure.entity';
import { measuresByYoungPersonLoader, measureTypeByIdLoader } from './measures.loaders';
import { MeasuresRepository } from './measures.repository';
import { MeasuresService } from './measures.service';
import { toMeasure, toMeasureType } from './models/measure.mapper';
import { Measure, MeasureType } from './models/measure.models';

// A measure shown to a reader (a query's or a mutation's result) is noted for the access log.
function presentMeasure(ctx: GraphqlContext, row: MeasureEntity): Measure {
  noteRead(ctx, row.youngPersonId, 'MEASURES');
  return toMeasure(row);
}

@Resolver(() => Measure)
export class MeasuresResolver {
  constructor(
    private readonly service: MeasuresService,
    private readonly repository: MeasuresRepository,
  ) {}

  @Query(() => Measure, { description: 'One measure the caller may read.' })
  @Policy('read', 'Measure', { oneRecord: true })
  async measure(@IdArg() id: string, @Context() ctx: GraphqlContext): Promise<Measure> {
    return presentMeasure(ctx, await this.service.get(callerOf(ctx).ability, id));
  }

  @Query(() => [MeasureType], { description: 'The municipality’s catalogue of measures, by code.' })
  @Policy('read', 'MeasureType')
  async measureTypes(@Args() args: MeasureTypesArgs, @Context() ctx: GraphqlContext): Promise<MeasureType[]> {
    return (await this.service.types(callerOf(ctx).ability, args.includeRetired ?? false)).map(toMeasureType);
  }

  @ResolveField(() => MeasureType, { nullable: true, description: 'Null when the caller may not read the catalogue.' })
  @FieldPolicy('read', 'MeasureType')
  async measureType(measure: Measure, _args: NoArgs, ctx: GraphqlContext): Promise<MeasureType | null> {
    const row = await measureTypeByIdLoader(ctx.loaders, ctx.ability, this.repository).load(measure.measureTypeId);
    return row ? toMeasureType(row) : null;
  }

  @Mutation(() => Measure, { description: 'Offer a measure to a registered young person, with its documentation.' })
  @Policy('create', 'Measure')
  async offerMeasure(@Args('input') input: OfferMeasureInput, @Context() ctx: GraphqlContext): Promise<Measure> {
    return presentMeasure(ctx, await this.service.offer(callerOf(ctx), input));
  }

  @Mutation(() => Measure, { description: 'Record that the young person accepted or declined an offered measure.' })
  @Policy('update', 'Measure')
  async respondToMeasure(
    @Args('input') input: RespondToMeasureInput,
    @Context() ctx: GraphqlContext,
  ): Promise<Measure> {
    return presentMeasure(ctx, await this.service.respond(callerOf(ctx), input));
  }

  @Mutation(() => Measure, { description: 'Start an accepted measure; the registration moves to IN_MEASURE.' })
  @Policy('update', 'Measure')
  async startMeasure(@Args('input') input: StartMeasureInput, @Context() ctx: GraphqlContext): Promise<Measure> {
    return presentMeasure(ctx, await this.service.start(callerOf(ctx), input));
  }

  @Mutation(() => Measure, { description: 'End a started measure with reason and the occupation after it.' })
  @Policy('update', 'Measure')
  async endMeasure(@Args('input') input: EndMeasureInput, @Context() ctx: GraphqlContext): Promise<Measure> {
    return presentMeasure(ctx, await this.service.end(callerOf(ctx), input));
  }

  @Mutation(() => Measure, { description: 'Revise the documentation of an open measure; needs the current version.' })
  @Policy('update', 'Measure')
  async updateMeasureDocumentation(
    @Args('input') input: UpdateMeasureDocumentationInput,
    @Context() ctx: GraphqlContext,
  ): Promise<Measure> {
    return presentMeasure(ctx, await this.service.updateDocumentation(callerOf(ctx), input));
  }

  @Mutation(() => MeasureType, { description: 'Add a type to the catalogue (admin).' })
  @Policy('create', 'MeasureType')
  async createMeasureType(
    @Args('input') input: CreateMeasureTypeInput,
    @Context() ctx: GraphqlContext,
  ): Promise<MeasureType> {
    return toMeasureType(await this.service.createType(callerOf(ctx), input));
  }

  @Mutation(() => MeasureType, { description: 'Rename, remap or retire a catalogue type (admin).' })
  @Policy('update', 'MeasureType')
  async updateMeasureType(
    @Args('input') input: UpdateMeasureTypeInput,
    @Context() ctx: GraphqlContext,
  ): Promise<MeasureType> {
    return toMeasureType(await this.service.updateType(callerOf(ctx), input));
  }
}

// Measures as a field of the young person, batched per request.
@Resolver(() => YoungPerson)
export class YoungPersonMeasuresResolver {
  constructor(private readonly repository: MeasuresRepository) {}

  @ResolveField(() => [Measure], { description: 'Measures offered to the young person, newest first.' })
  @FieldPolicy('read', 'Measure')
  measures(person: YoungPerson, _args: NoArgs, ctx: GraphqlContext): MaybePromise<Measure[]> {
    const loader = measuresByYoungPersonLoader(ctx.loaders, ctx.ability, this.repository);
    return whenLoaded(loader.loadNow(person.id), (rows) => {
      if (rows.length > 0) noteRead(ctx, person.id, 'MEASURES');
      return rows.map(toMeasure);
    });
  }
}
