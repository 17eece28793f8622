import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { addDays } from '@app/core/clock';
import { DomainError, ErrorCode } from '@app/core/errors';
import type { Caller } from '@app/core/graphql';
import { OrganizationsRepository } from '@app/organizations';

import {
  AgeBand,
  ALERT_RULES,
  ALERT_STEPS,
  END_REASONS,
  MEASURE_TIERS,
  OCCUPATIONS,
  PLAN_ACTION_STATES,
  REGISTRATION_REASONS,
  REPORT_STATUSES,
  RESPONSIBLE_KINDS,
  ReportKind,
  SCB_MEASURE_CATEGORIES,
  SIGNAL_HANDLING,
  SIGNAL_KINDS,
  Sex,
} from './reports.enums';
import { ReportsRepository, type CountRow } from './reports.repository';
import { buildCube, cellIndex, protectCube, type CubeDimension, type ProtectedCube } from './suppression';

export const DEFAULT_MIN_CELL = 5;
// The longest period one report covers.
const MAX_PERIOD_DAYS = 731;
// Protected cubes kept in memory, by a hash of everything they are computed from.
const CACHE_ENTRIES = 200;

export interface ReportFilter {
  kaaUnitId?: string;
  ageBand?: AgeBand;
  sex?: Sex;
}

export interface ReportRequest {
  kind: ReportKind;
  from: string;
  to: string;
  filter?: ReportFilter;
}

// A group's size as published (the whole municipality, a KAA unit, an age band, a sex).
export interface GroupTotal {
  dimension: 'ALL' | 'UNIT' | 'AGE' | 'SEX';
  key: string;
  count: number | null;
}

export interface PublishedDuration {
  lowerQuartile: number;
  median: number;
  upperQuartile: number;
}

export interface PublishedDurations {
  from: string;
  to: string;
  minCell: number;
  groups: Array<{
    dimension: GroupTotal['dimension'];
    key: string;
    name: string | null;
    registered: number | null;
    firstContact: PublishedDuration | null;
    firstMeasure: PublishedDuration | null;
  }>;
}

// A cell as published: a count, or hidden.
export interface PublishedCell {
  count: number | null;
}

export interface PublishedTable {
  kind: ReportKind;
  from: string;
  to: string;
  minCell: number;
  rowDimension: string;
  columnDimension: string;
  rowKeys: string[];
  columnKeys: string[];
  // rows × columns, then each row's total, each column's total and the grand total.
  cells: PublishedCell[][];
  rowTotals: PublishedCell[];
  columnTotals: PublishedCell[];
  total: PublishedCell;
  units: Array<{ id: string; name: string }>;
}

interface Layout {
  rowDimension: string;
  rows: readonly string[];
  columnDimension: string;
  columns: readonly string[];
  // The filter dimensions the cube also has (each unused by rows and columns).
  filters: ReadonlyArray<'unit' | 'age' | 'sex'>;
}

const SEXES = [Sex.FEMALE, Sex.MALE];
const AGE_BANDS = [AgeBand.AGE_16_17, AgeBand.AGE_18_19];
// A registration without a unit (none in practice), or a signal about a pupil nobody registered,
// is counted under this key so totals are whole (it is never a filter value).
const NO_UNIT = '';

const LAYOUTS: Record<ReportKind, Layout> = {
  [ReportKind.KAA_COHORT]: {
    rowDimension: 'STATUS',
    rows: REPORT_STATUSES,
    columnDimension: 'OCCUPATION',
    columns: OCCUPATIONS,
    filters: ['unit', 'age', 'sex'],
  },
  [ReportKind.REGISTRATIONS]: {
    rowDimension: 'REGISTRATION_REASON',
    rows: REGISTRATION_REASONS,
    columnDimension: 'SEX',
    columns: SEXES,
    filters: ['unit', 'age'],
  },
  [ReportKind.ENDS]: {
    rowDimension: 'END_REASON',
    rows: END_REASONS,
    columnDimension: 'SEX',
    columns: SEXES,
    filters: ['unit', 'age'],
  },
  [ReportKind.MEASURES]: {
    rowDimension: 'MEASURE_CATEGORY',
    rows: SCB_MEASURE_CATEGORIES,
    columnDimension: 'MEASURE_TIER',
    columns: MEASURE_TIERS,
    filters: ['unit', 'age', 'sex'],
  },
  [ReportKind.MEASURE_OUTCOMES]: {
    rowDimension: 'MEASURE_CATEGORY',
    rows: SCB_MEASURE_CATEGORIES,
    columnDimension: 'OCCUPATION_AFTER',
    columns: OCCUPATIONS,
    filters: ['unit', 'age', 'sex'],
  },
  [ReportKind.FLOWS]: {
    rowDimension: 'STATUS_BEFORE',
    rows: ['NOT_REGISTERED', ...REPORT_STATUSES],
    columnDimension: 'STATUS_AFTER',
    columns: [...REPORT_STATUSES, 'ENDED'],
    filters: ['unit', 'age', 'sex'],
  },
  [ReportKind.PLAN_ACTIONS]: {
    rowDimension: 'RESPONSIBLE_KIND',
    rows: RESPONSIBLE_KINDS,
    columnDimension: 'PLAN_ACTION_STATE',
    columns: PLAN_ACTION_STATES,
    filters: ['unit', 'age', 'sex'],
  },
  // No age band: a signal may be about a pupil younger than the KAA's bands.
  [ReportKind.SIGNALS]: {
    rowDimension: 'SIGNAL_KIND',
    rows: SIGNAL_KINDS,
    columnDimension: 'SIGNAL_HANDLING',
    columns: SIGNAL_HANDLING,
    filters: ['unit', 'sex'],
  },
  [ReportKind.ALERTS]: {
    rowDimension: 'ALERT_RULE',
    rows: ALERT_RULES,
    columnDimension: 'ALERT_STEP',
    columns: ALERT_STEPS,
    filters: ['unit', 'age', 'sex'],
  },
};

function refuse(
  code: 'REPORT_PERIOD_INVALID' | 'REPORT_FILTER_INVALID' | 'REPORT_FILTER_TOO_NARROW',
  message: string,
  field?: string,
) {
  return new DomainError(ErrorCode[code], message, field ? { field } : undefined);
}

// Leadership's reports: counts of young people, protected against disclosure in the query layer
// (suppression.ts explains how). The whole cube of a report — rows × columns × each filter, one
// filter at a time — is protected once, and every table, filter and export is a slice of it, so
// no combination of them can give away a hidden cell; a filter whose group is smaller than k is
// refused outright.
@Injectable()
export class ReportsService {
  private readonly cache = new Map<string, ProtectedCube>();

  constructor(
    private readonly repository: ReportsRepository,
    private readonly organizations: OrganizationsRepository,
  ) {}

  async minCell(municipalityId: string): Promise<number> {
    return (await this.repository.minCell(municipalityId)) ?? DEFAULT_MIN_CELL;
  }

  async table(caller: Caller, request: ReportRequest): Promise<PublishedTable> {
    const { layout, dimensions, cube, k, units } = await this.cube(caller, request);
    return publish(request, layout, dimensions, cube, k, units);
  }

  // The report's grand total for the whole municipality and for each value of each filter
  // dimension: cells of the same protected cube as the report itself (so a figure published
  // beside another report, such as the group sizes of the durations, is a cell already
  // protected together with every table of this report, never a second, differently protected
  // copy).
  async groupTotals(
    caller: Caller,
    request: Omit<ReportRequest, 'filter'>,
  ): Promise<{ minCell: number; units: Array<{ id: string; name: string }>; totals: GroupTotal[] }> {
    const { layout, dimensions, cube, k, units } = await this.cube(caller, request);
    const all = dimensions.map((dimension) => dimension.values.length);
    const at = (position: number[]): number | null => {
      const index = cellIndex(dimensions, position);
      return cube.suppressed[index] ? null : cube.counts[index];
    };
    const totals: GroupTotal[] = [{ dimension: 'ALL', key: '', count: at(all) }];
    dimensions.slice(2).forEach((dimension, d) => {
      dimension.values.forEach((value, v) => {
        if (dimension.name === 'unit' && value === NO_UNIT) return;
        const position = [...all];
        position[d + 2] = v;
        totals.push({
          dimension: dimension.name === 'unit' ? 'UNIT' : dimension.name === 'age' ? 'AGE' : 'SEX',
          key: value,
          count: at(position),
        });
      });
    });
    // A report whose columns are by sex (registrations, ends) has the sexes' totals as its
    // column totals.
    if (layout.columnDimension === 'SEX') {
      layout.columns.forEach((value, c) => {
        const position = [...all];
        position[1] = c;
        totals.push({ dimension: 'SEX', key: value, count: at(position) });
      });
    }
    return { minCell: k, units, totals };
  }

  // Days from registration to the first contact attempt and to the first measure, as quartiles
  // per group. A group's size is the REGISTRATIONS report's protected cell for it, so a hidden
  // group stays hidden here; its quartiles are shown only when the group is shown and at least k
  // of its registrations have had the event (a quartile of a handful of people is close to one
  // person's own waiting time).
  async durations(caller: Caller, period: { from: string; to: string }): Promise<PublishedDurations> {
    const { minCell: k, units, totals } = await this.groupTotals(caller, { kind: ReportKind.REGISTRATIONS, ...period });
    const rows = await this.repository.durations(caller.principal.municipalityId, {
      ...period,
      timeZone: caller.principal.timeZone,
    });
    const stats = (shown: boolean, n: number, quartiles: number[] | null): PublishedDuration | null => {
      if (!shown || n < k || !quartiles) return null;
      const [lowerQuartile, median, upperQuartile] = quartiles.map((q) => Math.round(q * 10) / 10);
      return { lowerQuartile, median, upperQuartile };
    };
    return {
      from: period.from,
      to: period.to,
      minCell: k,
      groups: totals.map((total) => {
        const row = rows.find((r) => r.dimension === total.dimension && r.key === total.key);
        const shown = total.count !== null && row !== undefined;
        return {
          dimension: total.dimension,
          key: total.key,
          name: total.dimension === 'UNIT' ? (units.find((u) => u.id === total.key)?.name ?? null) : null,
          registered: total.count,
          firstContact: stats(shown, row?.contact_n ?? 0, row?.contact_q ?? null),
          firstMeasure: stats(shown, row?.measure_n ?? 0, row?.measure_q ?? null),
        };
      }),
    };
  }

  private async cube(
    { principal, ability }: Caller,
    request: Omit<ReportRequest, 'filter'>,
  ): Promise<{
    layout: Layout;
    dimensions: CubeDimension[];
    cube: ProtectedCube;
    k: number;
    units: Array<{ id: string; name: string }>;
  }> {
    const { from, to } = request;
    if (from > to) throw refuse('REPORT_PERIOD_INVALID', 'The period must end on or after its start', 'to');
    if (addDays(from, MAX_PERIOD_DAYS) < to) {
      throw refuse('REPORT_PERIOD_INVALID', 'A report covers at most two years', 'to');
    }
    const layout = LAYOUTS[request.kind];
    const k = await this.minCell(principal.municipalityId);
    const rows = await this.repository.counts(request.kind, principal.municipalityId, {
      from,
      to,
      before: addDays(from, -1),
      timeZone: principal.timeZone,
    });
    // Every KAA unit with young people in the report is a filter value; names come through the
    // organisations library (the caller's own municipality only).
    const unitIds = [...new Set(rows.map((row) => row.unit ?? NO_UNIT))].filter((id) => id !== NO_UNIT).sort();
    const named = await this.organizations.findMany(ability, unitIds);
    const units = unitIds.map((id) => ({ id, name: named.find((o) => o.id === id)?.name ?? '' }));
    const dimensions = cubeDimensions(layout, [...unitIds, ...(rows.some((r) => !r.unit) ? [NO_UNIT] : [])]);
    return { layout, dimensions, cube: this.protect(dimensions, rows, layout, k), k, units };
  }

  private protect(dimensions: CubeDimension[], rows: CountRow[], layout: Layout, k: number): ProtectedCube {
    const inner = rows.map((row) => ({
      position: dimensions.map((dimension) => {
        const value = valueOf(row, dimension.name);
        const index = dimension.values.indexOf(value);
        if (index === -1) throw new Error(`${layout.rowDimension} report: unexpected ${dimension.name} ${value}`);
        return index;
      }),
      count: row.n,
    }));
    const cube = buildCube(dimensions, inner);
    // The same counts always give the same pattern, so a cached one is as good as a new one.
    const key = createHash('sha256')
      .update(JSON.stringify(dimensions))
      .update(Buffer.from(cube.counts.buffer))
      .update(String(k))
      .digest('hex');
    const known = this.cache.get(key);
    if (known) return known;
    // One filter at a time: a cell fixing two filter dimensions is never shown (see protectCube).
    const protectedCube = protectCube(
      cube,
      k,
      (position) => position.slice(2).filter((value, d) => value !== dimensions[d + 2].values.length).length <= 1,
    );
    this.cache.set(key, protectedCube);
    if (this.cache.size > CACHE_ENTRIES) this.cache.delete(this.cache.keys().next().value as string);
    return protectedCube;
  }
}

function cubeDimensions(layout: Layout, units: string[]): CubeDimension[] {
  const filters: CubeDimension[] = layout.filters.map((filter) => {
    if (filter === 'unit') return { name: 'unit', values: units };
    if (filter === 'age') return { name: 'age', values: AGE_BANDS };
    return { name: 'sex', values: SEXES };
  });
  return [{ name: 'r', values: layout.rows }, { name: 'c', values: layout.columns }, ...filters];
}

function valueOf(row: CountRow, dimension: string): string {
  switch (dimension) {
    case 'r':
      return row.r;
    case 'c':
      return row.c;
    case 'unit':
      return row.unit ?? NO_UNIT;
    case 'age':
      return row.age;
    default:
      return row.sex;
  }
}

function publish(
  request: ReportRequest,
  layout: Layout,
  dimensions: CubeDimension[],
  cube: ProtectedCube,
  k: number,
  units: Array<{ id: string; name: string }>,
): PublishedTable {
  const filter = request.filter ?? {};
  // The slice's position along each filter dimension: the chosen value, or ALL.
  const filterPosition = dimensions.slice(2).map((dimension) => {
    const chosen =
      dimension.name === 'unit' ? filter.kaaUnitId : dimension.name === 'age' ? filter.ageBand : filter.sex;
    if (chosen === undefined) return dimension.values.length;
    const index = dimension.values.indexOf(chosen);
    // A unit without anyone in the report is a group of zero: as narrow as a filter gets.
    if (index === -1) {
      if (dimension.name === 'unit')
        throw refuse('REPORT_FILTER_TOO_NARROW', 'The filter leaves too few young people', 'filter');
      throw refuse('REPORT_FILTER_INVALID', 'Not a value of this filter', 'filter');
    }
    return index;
  });
  // One filter at a time (the published cells fix at most one filter dimension).
  if (Object.values(filter).filter((value) => value !== undefined && value !== null).length > 1) {
    throw refuse('REPORT_FILTER_INVALID', 'A report is filtered by one thing at a time', 'filter');
  }
  // Filtering on a dimension the table already shows (sex in REGISTRATIONS) is not offered.
  for (const [name, value] of Object.entries(filter)) {
    const dimension = name === 'kaaUnitId' ? 'unit' : name === 'ageBand' ? 'age' : 'sex';
    if (value !== undefined && !layout.filters.includes(dimension)) {
      throw refuse('REPORT_FILTER_INVALID', `This report does not filter by ${name}`, 'filter');
    }
  }
  const at = (r: number, c: number): PublishedCell => {
    const index = cellIndex(dimensions, [r, c, ...filterPosition]);
    return { count: cube.suppressed[index] ? null : cube.counts[index] };
  };
  const R = layout.rows.length;
  const C = layout.columns.length;
  const total = at(R, C);
  // A filter that narrows the report below k is refused, not answered with hidden cells.
  if (total.count === null && filterPosition.some((position, d) => position !== dimensions[d + 2].values.length)) {
    throw refuse('REPORT_FILTER_TOO_NARROW', 'The filter leaves too few young people to report on', 'filter');
  }
  return {
    kind: request.kind,
    from: request.from,
    to: request.to,
    minCell: k,
    rowDimension: layout.rowDimension,
    columnDimension: layout.columnDimension,
    rowKeys: [...layout.rows],
    columnKeys: [...layout.columns],
    cells: layout.rows.map((_, r) => layout.columns.map((__, c) => at(r, c))),
    rowTotals: layout.rows.map((_, r) => at(r, C)),
    columnTotals: layout.columns.map((_, c) => at(R, c)),
    total,
    units,
  };
}
