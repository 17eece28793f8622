import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';

import { AccessGround, AccessLogService, actorOf, AuditService, type AccessEntry } from '@app/core/audit';
import type { AppAbility } from '@app/core/authz';
import { Clock } from '@app/core/clock';
import { DomainError, ErrorCode } from '@app/core/errors';
import { FilePurpose, FileStore } from '@app/core/files';
import type { Caller } from '@app/core/graphql';

import { codeTableFor, type ScbCodeTable } from './layout/code-tables';
import { emptyCounts, encodeFile } from './layout/encoder';
import { parseHalfYear, type HalfYear } from './layout/half-year';
import { SCB_FILE } from './layout/layout';
import type { ScbPerson } from './layout/records';
import { checkPerson, ScbIssueCode, ScbIssueSeverity, type ScbIssue } from './layout/validation';
import { ScbKaaRepository, type MunicipalityFacts, type NamedPerson, type ScbFileRow } from './scb-kaa.repository';

// Produced files are kept two years (they hold every young person's identity number; SCB's
// questions about a half-year come within months). The history row stays for good.
export const SCB_FILE_KEEP_DAYS = 731;
const SCB_FILE_MAX_BYTES = 256 * 1024 * 1024;
// The longest list of names one answer carries (each list of the data-quality view alike).
export const SCB_LIST_LIMIT = 500;
// What a file, and the validation lists, show of a young person (for the access log).
const FILE_CATEGORIES = ['IDENTITY', 'OCCUPATION', 'CONTACTS', 'MEASURES'];

export interface CheckedPerson {
  person: ScbPerson;
  issues: ScbIssue[];
}

export interface ListedPerson extends NamedPerson {
  issues: ScbIssue[];
}

export interface FileView extends ScbFileRow {
  downloadable: boolean;
  current: boolean;
}

export interface ValidationView {
  period: HalfYear;
  codeTableVersion: string;
  population: number;
  peopleWithErrors: number;
  errorCount: number;
  peopleWithWarnings: number;
  warningCount: number;
  people: ListedPerson[];
  peopleWithErrorsOutsideAccess: number;
  files: FileView[];
}

export interface QualityFigure {
  count: number;
  percent: number | null;
  people: ListedPerson[];
  outsideAccess: number;
}

export interface QualityView {
  period: HalfYear;
  population: number;
  occupationUnknown: QualityFigure;
  noContact: QualityFigure;
  missingFields: QualityFigure;
}

interface Analysis {
  period: HalfYear;
  table: ScbCodeTable;
  municipality: MunicipalityFacts;
  checked: CheckedPerson[];
}

function periodInvalid(): DomainError {
  return new DomainError(ErrorCode.SCB_PERIOD_INVALID, 'Choose a half-year SCB collects, e.g. 2026H1', {
    field: 'period',
  });
}

const isError = (i: ScbIssue) => i.severity === ScbIssueSeverity.ERROR;

// The statutory half-year file for SCB (issue 18): validation, production with its history, and
// the KAA unit's data-quality view. One municipality's file covers every young person registered
// there in the half-year; lists of names go through the caller's access predicate.
@Injectable()
export class ScbKaaService {
  constructor(
    private readonly repository: ScbKaaRepository,
    private readonly files: FileStore,
    private readonly audit: AuditService,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
  ) {}

  private async analyse(municipalityId: string, key: string): Promise<Analysis> {
    const period = parseHalfYear(key);
    const table = period ? codeTableFor(period.key) : null;
    if (!period || !table) throw periodInvalid();
    const municipality = await this.repository.municipality(municipalityId);
    const people = await this.repository.people(municipalityId, period, municipality.timeZone);
    return {
      period,
      table,
      municipality,
      checked: people.map((person) => ({ person, issues: checkPerson(person, period, table) })),
    };
  }

  // Of the checked people selected, those the caller may read, by name, each with the issues
  // `keep` selects; and how many are left out (outside access or beyond the list's limit).
  private async listed(
    ability: AppAbility,
    municipalityId: string,
    selected: CheckedPerson[],
    keep: (issue: ScbIssue) => boolean,
  ): Promise<{ people: ListedPerson[]; outsideAccess: number }> {
    const byId = new Map(selected.map((c) => [c.person.youngPersonId, c]));
    const readable = await this.repository.readable(ability, municipalityId, [...byId.keys()]);
    return {
      people: readable.slice(0, SCB_LIST_LIMIT).map((p) => ({ ...p, issues: byId.get(p.id)!.issues.filter(keep) })),
      outsideAccess: selected.length - readable.length,
    };
  }

  async validation(caller: Caller, key: string): Promise<ValidationView> {
    const { principal, ability } = caller;
    const analysis = await this.analyse(principal.municipalityId, key);
    const withErrors = analysis.checked.filter((c) => c.issues.some(isError));
    const list = await this.listed(ability, principal.municipalityId, withErrors, () => true);
    const all = analysis.checked.flatMap((c) => c.issues);
    return {
      period: analysis.period,
      codeTableVersion: analysis.table.version,
      population: analysis.checked.length,
      peopleWithErrors: withErrors.length,
      errorCount: all.filter(isError).length,
      peopleWithWarnings: analysis.checked.filter((c) => c.issues.some((i) => !isError(i))).length,
      warningCount: all.filter((i) => !isError(i)).length,
      people: list.people,
      peopleWithErrorsOutsideAccess: list.outsideAccess,
      files: await this.history(caller, analysis.period.key),
    };
  }

  async dataQuality(caller: Caller, key: string): Promise<QualityView> {
    const { principal, ability } = caller;
    const analysis = await this.analyse(principal.municipalityId, key);
    const population = analysis.checked.length;
    const figure = async (keep: (issue: ScbIssue) => boolean): Promise<QualityFigure> => {
      const selected = analysis.checked.filter((c) => c.issues.some(keep));
      const list = await this.listed(ability, principal.municipalityId, selected, keep);
      return {
        count: selected.length,
        percent: population > 0 ? Math.round((100 * selected.length) / population) : null,
        ...list,
      };
    };
    return {
      period: analysis.period,
      population,
      occupationUnknown: await figure((i) => i.code === ScbIssueCode.OCCUPATION_UNKNOWN),
      noContact: await figure((i) => i.code === ScbIssueCode.NO_CONTACT_IN_PERIOD),
      missingFields: await figure(isError),
    };
  }

  // Every file produced for the municipality (of one period when given), newest first.
  async history(caller: Caller, period?: string): Promise<FileView[]> {
    const { principal, ability } = caller;
    const rows = await this.repository.files(principal.municipalityId, period);
    const seen = new Set<string>();
    return rows.map((row) => {
      const current = !seen.has(row.period);
      seen.add(row.period);
      const file = {
        municipalityId: principal.municipalityId,
        purpose: FilePurpose.SCB_KAA,
        createdById: row.producedById,
      };
      return { ...row, current, downloadable: row.fileId !== null && ability.can('read', subject('File', file)) };
    });
  }

  // Validates, then writes the file to the file store and records it. Refused while any young
  // person has an error, and for a period that already has a file unless the caller confirms
  // that the new one replaces everything sent for it (SCB deletes the earlier data).
  async produce(caller: Caller, key: string, confirmReplace: boolean): Promise<FileView> {
    const { principal } = caller;
    const period = parseHalfYear(key);
    if (!period || period.from > principal.today) throw periodInvalid();
    await this.repository.lockPeriod(principal.municipalityId, period.key);
    const analysis = await this.analyse(principal.municipalityId, period.key);
    const withErrors = analysis.checked.filter((c) => c.issues.some(isError));
    if (withErrors.length > 0) {
      throw new DomainError(ErrorCode.SCB_FILE_INVALID, 'Young people of the period have errors to fix first', {
        people: withErrors.length,
        errors: withErrors.reduce((n, c) => n + c.issues.filter(isError).length, 0),
      });
    }
    const earlier = await this.repository.files(principal.municipalityId, period.key);
    const previous = earlier[0];
    if (previous && !confirmReplace) {
      throw new DomainError(
        ErrorCode.SCB_FILE_REPLACE_NOT_CONFIRMED,
        'The half-year already has a file; a new one replaces everything sent for it',
        { previousFileId: previous.id, previousProducedAt: new Date(previous.producedAt).toISOString() },
      );
    }
    const sequence = (previous?.sequence ?? 0) + 1;
    const counts = emptyCounts();
    const fileName = SCB_FILE.fileName(analysis.municipality.code, period.key, sequence);
    const stored = await this.files.write(
      {
        municipalityId: principal.municipalityId,
        createdById: principal.userId,
        purpose: FilePurpose.SCB_KAA,
        fileName,
        contentType: SCB_FILE.contentType,
        keepDays: SCB_FILE_KEEP_DAYS,
        maxBytes: SCB_FILE_MAX_BYTES,
      },
      encodeFile(
        analysis.checked.map((c) => c.person),
        { period, table: analysis.table, municipalityCode: analysis.municipality.code },
        counts,
      ),
    );
    // The file is written outside the transaction; if recording it fails, it goes too.
    try {
      const producedAt = this.clock.now();
      const id = await this.repository.insertFile({
        municipalityId: principal.municipalityId,
        period: period.key,
        sequence,
        fileId: stored.id,
        fileName,
        byteSize: stored.byteSize,
        sha256: stored.sha256 ?? '',
        codeTableVersion: analysis.table.version,
        counts: { ...counts },
        warningCount: analysis.checked.reduce((n, c) => n + c.issues.length, 0),
        producedById: principal.userId,
        producedAt,
        replacesId: previous?.id ?? null,
      });
      await this.audit.record(actorOf(principal), {
        action: 'scb_kaa_file.produce',
        subjectType: 'ScbKaaFile',
        subjectId: id,
        summary: {
          period: period.key,
          sequence,
          fileId: stored.id,
          replacesId: previous?.id ?? null,
          codeTableVersion: analysis.table.version,
          people: counts.people,
          sha256: stored.sha256 ?? '',
        },
      });
      // The file shows every young person of the period: one access-log entry on the statutory
      // ground names them all.
      const entries: AccessEntry[] = analysis.checked.map((c) => ({
        youngPersonId: c.person.youngPersonId,
        categories: FILE_CATEGORIES,
        ground: AccessGround.STATUTORY_REPORT,
        consentIds: [],
        emergencyAccessId: null,
        disclosureId: null,
      }));
      await this.accessLog.append(principal, entries, 'produceScbKaaFile');
      const [row] = (await this.history(caller, period.key)).filter((f) => f.id === id);
      return row;
    } catch (error) {
      // Not awaited: a history row inserted in this (still open) transaction holds a lock on the
      // file's row until the transaction rolls back, which happens once this error has left.
      void this.files.remove(principal.municipalityId, stored.id).catch(() => undefined);
      throw error;
    }
  }
}
