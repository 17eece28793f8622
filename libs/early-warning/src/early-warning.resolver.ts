import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';

import { AccessLogService } from '@app/core/audit';
import { Policy } from '@app/core/authz';
import { callerOf, type GraphqlContext } from '@app/core/graphql';

import {
  EarlyWarningSuggestionsArgs,
  ImportAbsenceDaysInput,
  RecordAbsenceDaysInput,
  ReviewEarlyWarningInput,
  SchoolPresenceArgs,
  SetPupilMentorInput,
  SetStudentHealthStaffInput,
  UpdateEarlyWarningSettingsInput,
} from './dto/early-warning.inputs';
import { EarlyWarningRepository } from './early-warning.repository';
import { EarlyWarningService } from './early-warning.service';
import type { EarlyWarningSuggestionEntity } from './entities/early-warning-suggestion.entity';
import { toSchoolPupil, toSettings, toSuggestion } from './models/early-warning.mapper';
import {
  AbsenceDaysResult,
  AbsenceImport,
  EarlyWarningEvaluationResult,
  EarlyWarningSettings,
  EarlyWarningSuggestion,
  PresenceCell,
  SchoolPupil,
  SchoolStaffMember,
} from './models/early-warning.models';

// The access log's category of the school's early-warning data about a pupil.
export const EARLY_WARNING_CATEGORY = 'ABSENCE';

@Resolver()
export class EarlyWarningResolver {
  constructor(
    private readonly service: EarlyWarningService,
    private readonly repository: EarlyWarningRepository,
    private readonly accessLog: AccessLogService,
  ) {}

  // Every pupil a response shows is a logged read, on the ground of the school's own duty
  // (SCHOOL), before the response leaves. The subjects are school_pupil ids, logged as pupils
  // (not as young people of the register, which a pupil need not be).
  private async logRead(ctx: GraphqlContext, pupilIds: readonly string[], operation: string): Promise<void> {
    const { principal } = callerOf(ctx);
    await this.accessLog.appendSchoolPupilReads(principal, pupilIds, [EARLY_WARNING_CATEGORY], operation);
  }

  private async shown(
    ctx: GraphqlContext,
    rows: EarlyWarningSuggestionEntity[],
    operation: string,
  ): Promise<EarlyWarningSuggestion[]> {
    const pupils = new Map((await this.repository.pupils(rows.map((row) => row.pupilId))).map((p) => [p.id, p]));
    const names = await this.repository.userNames(
      [
        ...rows.flatMap((row) => [row.addressedToId, row.reviewedById]),
        ...[...pupils.values()].map((p) => p.mentorUserId),
      ].filter((id): id is string => id !== null),
    );
    await this.logRead(
      ctx,
      rows.map((row) => row.pupilId),
      operation,
    );
    return rows.map((row) => toSuggestion(row, pupils.get(row.pupilId), names));
  }

  @Query(() => [EarlyWarningSuggestion], {
    description:
      'The early-warning suggestions of the caller’s school (school staff), open first (escalated, then oldest); at most 500.',
  })
  @Policy('read', 'EarlyWarning')
  async earlyWarningSuggestions(
    @Args() args: EarlyWarningSuggestionsArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<EarlyWarningSuggestion[]> {
    const rows = await this.service.suggestions(callerOf(ctx), args);
    return this.shown(ctx, rows, 'query earlyWarningSuggestions');
  }

  @Mutation(() => EarlyWarningSuggestion, {
    description: 'Record the review of a suggestion: who looked (the caller), what they decided and what was done.',
  })
  @Policy('update', 'EarlyWarning')
  async reviewEarlyWarningSuggestion(
    @Args('input') input: ReviewEarlyWarningInput,
    @Context() ctx: GraphqlContext,
  ): Promise<EarlyWarningSuggestion> {
    const row = await this.service.review(callerOf(ctx), input);
    const [shown] = await this.shown(ctx, [row], 'mutation reviewEarlyWarningSuggestion');
    return shown;
  }

  @Mutation(() => AbsenceDaysResult, {
    description:
      'Absence days from the caller’s school (a day sent again takes its new value); the indicators run for the school.',
  })
  @Policy('create', 'EarlyWarning')
  async recordAbsenceDays(
    @Args('input') input: RecordAbsenceDaysInput,
    @Context() ctx: GraphqlContext,
  ): Promise<AbsenceDaysResult> {
    return this.service.recordAbsenceDays(callerOf(ctx), input);
  }

  @Mutation(() => AbsenceImport, {
    description:
      'Import a file of absence days of the caller’s school (uploaded with POST /files): every row or none; the same file or key again creates nothing; the indicators run for the school.',
  })
  @Policy('create', 'EarlyWarning')
  async importAbsenceDays(
    @Args('input') input: ImportAbsenceDaysInput,
    @Context() ctx: GraphqlContext,
  ): Promise<AbsenceImport> {
    const { entry, repeated, evaluation } = await this.service.importAbsenceFile(callerOf(ctx), input);
    return {
      id: entry.id,
      fileName: entry.fileName,
      rowCount: entry.rowCount,
      createdCount: repeated ? 0 : entry.createdCount,
      repeated,
      createdAt: entry.createdAt,
      evaluation,
    };
  }

  @Query(() => [SchoolPupil], {
    description: 'The pupils of the caller’s school with their class and mentor, by class; at most 2,000.',
  })
  @Policy('read', 'EarlyWarning')
  async schoolPupils(@Context() ctx: GraphqlContext): Promise<SchoolPupil[]> {
    const rows = await this.service.pupils(callerOf(ctx));
    const names = await this.repository.userNames(
      rows.map((row) => row.mentorUserId).filter((id): id is string => id !== null),
    );
    await this.logRead(
      ctx,
      rows.map((row) => row.id),
      'query schoolPupils',
    );
    return rows.map((row) => toSchoolPupil(row, names));
  }

  @Mutation(() => EarlyWarningEvaluationResult, {
    description: 'Run the early-warning indicators now for the caller’s school (never two runs at once).',
  })
  @Policy('create', 'EarlyWarning')
  evaluateEarlyWarnings(@Context() ctx: GraphqlContext): Promise<EarlyWarningEvaluationResult> {
    return this.service.evaluate(callerOf(ctx));
  }

  @Mutation(() => SchoolPupil, {
    description: 'Name a pupil’s mentor (school staff of the caller’s school) and class.',
  })
  @Policy('update', 'EarlyWarning')
  async setPupilMentor(
    @Args('input') input: SetPupilMentorInput,
    @Context() ctx: GraphqlContext,
  ): Promise<SchoolPupil> {
    const pupil = await this.service.setMentor(callerOf(ctx), input);
    const names = await this.repository.userNames(pupil.mentorUserId ? [pupil.mentorUserId] : []);
    await this.logRead(ctx, [pupil.id], 'mutation setPupilMentor');
    return toSchoolPupil(pupil, names);
  }

  @Mutation(() => [SchoolStaffMember], {
    description: 'Whether a school staff member of the caller’s school is in its student health; answers the staff.',
  })
  @Policy('update', 'EarlyWarning')
  async setStudentHealthStaff(
    @Args('input') input: SetStudentHealthStaffInput,
    @Context() ctx: GraphqlContext,
  ): Promise<SchoolStaffMember[]> {
    await this.service.setStudentHealth(callerOf(ctx), input);
    return this.staffOf(ctx);
  }

  @Query(() => [SchoolStaffMember], { description: 'The staff of the caller’s school and their function.' })
  @Policy('read', 'EarlyWarning')
  schoolStaff(@Context() ctx: GraphqlContext): Promise<SchoolStaffMember[]> {
    return this.staffOf(ctx);
  }

  private async staffOf(ctx: GraphqlContext): Promise<SchoolStaffMember[]> {
    const rows = await this.service.staff(callerOf(ctx));
    return rows.map((row) => ({ userId: row.user_id, name: row.name, studentHealth: row.student_health }));
  }

  @Query(() => [PresenceCell], {
    description:
      'Average attendance per month and class, and for the whole school, from the caller’s school’s reported periods (no pupil named).',
  })
  @Policy('read', 'EarlyWarning')
  schoolPresence(@Args() args: SchoolPresenceArgs, @Context() ctx: GraphqlContext): Promise<PresenceCell[]> {
    return this.service.presence(callerOf(ctx), args.from, args.to);
  }

  @Query(() => EarlyWarningSettings, {
    description: 'The municipality’s early-warning indicators (admin, school staff).',
  })
  @Policy('read', 'EarlyWarningSettings')
  async earlyWarningSettings(@Context() ctx: GraphqlContext): Promise<EarlyWarningSettings> {
    return toSettings(await this.service.settings(callerOf(ctx)));
  }

  @Mutation(() => EarlyWarningSettings, { description: 'Change the municipality’s early-warning indicators (admin).' })
  @Policy('update', 'EarlyWarningSettings')
  async updateEarlyWarningSettings(
    @Args('input') input: UpdateEarlyWarningSettingsInput,
    @Context() ctx: GraphqlContext,
  ): Promise<EarlyWarningSettings> {
    return toSettings(await this.service.updateSettings(callerOf(ctx), input));
  }
}
