import { PDFDocument } from 'pdf-lib';

import { field, toJson, type ExportDocument } from './export-document';
import { renderPdf } from './export-pdf';

function document(records: number, note: string): ExportDocument {
  return {
    title: 'Registerutdrag för Åsa Ärlig',
    generatedAt: '2026-11-25T10:00:00.000Z',
    generatedBy: { userId: 'u1', name: 'Koordinator Ö', organization: 'KAA' },
    youngPersonId: 'yp',
    sections: [
      { key: 'empty', title: 'Tomt', records: [] },
      {
        key: 'notes',
        title: 'Anteckningar',
        records: Array.from({ length: records }, (_, i) => [field('n', 'Nummer', i), field('text', 'Text', note)]),
      },
    ],
  };
}

describe('register extract', () => {
  it('renders names in any script and long text over several pages instead of failing', async () => {
    const long = `Namn: Дмитрий 李 محمد — ${'ett långt stycke text '.repeat(40)}${'x'.repeat(300)}`;
    const bytes = await renderPdf(document(60, long));
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getTitle()).toBe('Registerutdrag för Åsa Ärlig');
    expect(pdf.getPageCount()).toBeGreaterThan(3);
  });

  it('writes JSON with every record by key and the labels once per section', () => {
    const json = JSON.parse(toJson(document(2, 'hej'))) as {
      sections: Array<{ key: string; labels: Record<string, string>; records: unknown[] }>;
    };
    expect(json.sections[1]).toEqual({
      key: 'notes',
      title: 'Anteckningar',
      labels: { n: 'Nummer', text: 'Text' },
      records: [
        { n: 0, text: 'hej' },
        { n: 1, text: 'hej' },
      ],
    });
  });
});
