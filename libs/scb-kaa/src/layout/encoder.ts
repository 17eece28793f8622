import type { ScbCodeTable } from './code-tables';
import type { HalfYear } from './half-year';
import { SCB_COLUMNS, SCB_FILE, ScbBlock, scbDate } from './layout';
import type { ScbPerson } from './records';
import {
  declinedMeasures,
  endedMeasures,
  reportedContacts,
  reportedRegistrations,
  startedMeasures,
} from './validation';

export interface ScbFileCounts {
  people: number;
  registrations: number;
  contacts: number;
  measuresStarted: number;
  measuresEnded: number;
  ended: number;
}

export function emptyCounts(): ScbFileCounts {
  return { people: 0, registrations: 0, contacts: 0, measuresStarted: 0, measuresEnded: 0, ended: 0 };
}

export interface EncodeContext {
  period: HalfYear;
  table: ScbCodeTable;
  // SCB's four-digit municipality code.
  municipalityCode: string;
}

function line(block: ScbBlock, fields: readonly string[]): string {
  const columns = SCB_COLUMNS[block];
  if (fields.length !== columns.length) {
    throw new Error(`Block ${block} has ${columns.length} columns, got ${fields.length}`);
  }
  fields.forEach((value, i) => {
    if (columns[i].mandatory && value === '') throw new Error(`Block ${block}: ${columns[i].name} is empty`);
    if (value.includes(SCB_FILE.separator) || /[\r\n]/.test(value)) {
      throw new Error(`Block ${block}: ${columns[i].name} holds a separator`);
    }
  });
  return fields.join(SCB_FILE.separator) + SCB_FILE.lineEnd;
}

// The lines of one young person, blocks in order 1–5 and events by date within a block. Only
// a person who passed the validation (no ERROR) is encoded; a mandatory field that would still
// be empty throws rather than writing a file SCB would refuse.
export function encodePerson(person: ScbPerson, ctx: EncodeContext, counts: ScbFileCounts = emptyCounts()): string {
  const { period, table } = ctx;
  const head = (block: ScbBlock) => [block, ctx.municipalityCode, person.personalIdentityNumber];
  const code = (value: string | null | undefined) => value ?? '';
  let out = '';
  const registrations = reportedRegistrations(person, period);
  for (const r of registrations) {
    const reason = table.registrationReasonRequired ? code(table.mapRegistrationReason[r.reason]) : '';
    out += line(ScbBlock.REGISTRATION, [...head(ScbBlock.REGISTRATION), scbDate(r.registeredOn), reason]);
    counts.registrations += 1;
  }
  for (const c of reportedContacts(person, period)) {
    const occupation = c.occupation === null ? '' : code(table.mapOccupation[c.occupation]);
    out += line(ScbBlock.CONTACT, [...head(ScbBlock.CONTACT), scbDate(c.on), occupation]);
    counts.contacts += 1;
  }
  const responses = table.measureResponses;
  const started = startedMeasures(person, period).map((m) => ({
    m,
    on: m.startedOn ?? m.offeredOn,
    answer: responses[0].code,
  }));
  const declined = declinedMeasures(person, period).map((m) => ({
    m,
    on: m.respondedOn ?? m.offeredOn,
    answer: responses[1].code,
  }));
  for (const { m, on, answer } of [...started, ...declined].sort((a, b) => a.on.localeCompare(b.on))) {
    out += line(ScbBlock.MEASURE_STARTED, [
      ...head(ScbBlock.MEASURE_STARTED),
      scbDate(on),
      code(table.mapMeasureCategory[m.category]),
      answer,
    ]);
    counts.measuresStarted += 1;
  }
  for (const m of endedMeasures(person, period).sort((a, b) => (a.endedOn ?? '').localeCompare(b.endedOn ?? ''))) {
    out += line(ScbBlock.MEASURE_ENDED, [
      ...head(ScbBlock.MEASURE_ENDED),
      scbDate(m.endedOn ?? ''),
      code(table.mapMeasureCategory[m.category]),
      m.occupationAfter === null ? '' : code(table.mapOccupation[m.occupationAfter]),
    ]);
    counts.measuresEnded += 1;
  }
  for (const r of registrations) {
    if (r.endedOn === null || r.endedOn < period.from || r.endedOn > period.to) continue;
    out += line(ScbBlock.KAA_ENDED, [
      ...head(ScbBlock.KAA_ENDED),
      scbDate(r.endedOn),
      r.endReason === null ? '' : code(table.mapEndReason[r.endReason]),
    ]);
    counts.ended += 1;
  }
  counts.people += 1;
  return out;
}

// The whole file as text chunks of about 64 KiB, people in the order given (the repository
// sorts them by identity number), so the file store writes it without holding it all.
export async function* encodeFile(
  people: Iterable<ScbPerson>,
  ctx: EncodeContext,
  counts: ScbFileCounts,
): AsyncGenerator<string> {
  let buffer = '';
  for (const person of people) {
    buffer += encodePerson(person, ctx, counts);
    if (buffer.length >= 65_536) {
      // Lets other requests run between chunks of a large file.
      await new Promise<void>((resolve) => setImmediate(resolve));
      yield buffer;
      buffer = '';
    }
  }
  if (buffer.length > 0) yield buffer;
}
