import { PDFDocument, PDFFont, StandardFonts, rgb } from 'pdf-lib';

import { displayValue, type ExportDocument } from './export-document';

const PAGE = { width: 595.28, height: 841.89 }; // A4 in points
const MARGIN = 50;
const BODY = 10;
const LINE = 14;

// The standard PDF fonts encode WinAnsi only (Swedish letters included); anything else (a name
// in another script) is replaced so the file always renders instead of failing.
function encodable(font: PDFFont, text: string, cache: Map<string, boolean>): string {
  let out = '';
  for (const char of text.replace(/\s+/g, ' ')) {
    let ok = cache.get(char);
    if (ok === undefined) {
      try {
        font.encodeText(char);
        ok = true;
      } catch {
        ok = false;
      }
      cache.set(char, ok);
    }
    out += ok ? char : '?';
  }
  return out;
}

function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const candidate = current ? `${current} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width || !current) current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  lines.push(current);
  // A single word wider than the line (a long id) is cut, never drawn past the margin.
  return lines.flatMap((line) => {
    const parts: string[] = [];
    let rest = line;
    while (font.widthOfTextAtSize(rest, size) > width && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut -= 1;
      parts.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    parts.push(rest);
    return parts;
  });
}

// A plain, printable register extract: a title, who made it and when, then every section with
// its records as "label: value" lines, page numbers at the foot.
export async function renderPdf(document: ExportDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(document.title);
  pdf.setCreator('Brygga');
  pdf.setProducer('Brygga');
  pdf.setCreationDate(new Date(document.generatedAt));
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const cache = new Map<string, boolean>();
  const width = PAGE.width - 2 * MARGIN;

  let page = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - MARGIN;
  const ensure = (height: number): void => {
    if (y - height >= MARGIN) return;
    page = pdf.addPage([PAGE.width, PAGE.height]);
    y = PAGE.height - MARGIN;
  };
  const write = (text: string, options: { font?: PDFFont; size?: number; indent?: number } = {}): void => {
    const font = options.font ?? regular;
    const size = options.size ?? BODY;
    const indent = options.indent ?? 0;
    for (const line of wrap(font, encodable(font, text, cache), size, width - indent)) {
      ensure(size + 4);
      page.drawText(line, { x: MARGIN + indent, y: y - size, size, font, color: rgb(0, 0, 0) });
      y -= size + 4;
    }
  };

  write(document.title, { font: bold, size: 16 });
  y -= 4;
  write(
    `Utskrivet ${document.generatedAt} av ${document.generatedBy.name ?? document.generatedBy.userId}` +
      (document.generatedBy.organization ? `, ${document.generatedBy.organization}` : ''),
  );
  for (const section of document.sections) {
    y -= LINE;
    ensure(3 * LINE);
    write(section.title, { font: bold, size: 12 });
    if (section.records.length === 0) write('Inga uppgifter.', { indent: 10 });
    for (const record of section.records) {
      y -= 4;
      for (const f of record) write(`${f.label}: ${displayValue(f.value)}`, { indent: 10 });
    }
  }
  const pages = pdf.getPages();
  pages.forEach((p, index) => {
    p.drawText(`Sida ${index + 1} av ${pages.length}`, {
      x: PAGE.width - MARGIN - 60,
      y: MARGIN / 2,
      size: 8,
      font: regular,
      color: rgb(0.3, 0.3, 0.3),
    });
  });
  return pdf.save();
}
