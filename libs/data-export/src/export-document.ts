// The content of a register extract (GDPR art. 15) independent of its file format: sections of
// records, each record a list of fields with a stable key (the JSON) and a Swedish label (the PDF
// and anyone reading the JSON).

export type ExportValue = string | number | boolean | null | string[];

export interface ExportField {
  key: string;
  label: string;
  value: ExportValue;
}

export interface ExportSection {
  key: string;
  title: string;
  records: ExportField[][];
}

export interface ExportDocument {
  title: string;
  generatedAt: string;
  generatedBy: { userId: string; name: string | null; organization: string | null };
  youngPersonId: string;
  sections: ExportSection[];
}

export function field(key: string, label: string, value: ExportValue | Date | undefined): ExportField {
  return { key, label, value: value instanceof Date ? value.toISOString() : (value ?? null) };
}

// JSON: each record as an object by key, with the labels listed once per section.
export function toJson(document: ExportDocument): string {
  return JSON.stringify(
    {
      format: 'brygga-register-extract/1',
      title: document.title,
      generatedAt: document.generatedAt,
      generatedBy: document.generatedBy,
      youngPersonId: document.youngPersonId,
      sections: document.sections.map((section) => ({
        key: section.key,
        title: section.title,
        labels: Object.fromEntries(section.records.flat().map((f) => [f.key, f.label])),
        records: section.records.map((record) => Object.fromEntries(record.map((f) => [f.key, f.value]))),
      })),
    },
    null,
    2,
  );
}

export function displayValue(value: ExportValue): string {
  if (value === null) return '–';
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nej';
  if (Array.isArray(value)) return value.length > 0 ? value.join(', ') : '–';
  return String(value);
}
