import writeXlsxFile, { type SheetData } from 'write-excel-file/node';

/** A table to download: Indonesian column headers and rows of plain values. */
export interface Table {
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}

/** Excel reads a cell starting with one of these as a formula; such text gets a leading quote. */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  // Indonesian spreadsheets use a decimal comma (and `;` between fields).
  if (typeof value === 'number') return String(value).replace('.', ',');
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV for Excel in Indonesian settings: UTF-8 with a BOM (so names with accents survive), `;`
 * between fields, CRLF line ends, quotes around any field holding `;`, `"` or a line break.
 * Several tables go one after the other, each headed by its name, with a blank line between.
 */
export function toCsv(tables: readonly Table[]): string {
  const lines: string[] = [];
  tables.forEach((table, i) => {
    if (tables.length > 1) {
      if (i > 0) lines.push('');
      lines.push(csvCell(table.name));
    }
    lines.push(table.headers.map(csvCell).join(';'));
    for (const row of table.rows) lines.push(row.map(csvCell).join(';'));
  });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** An .xlsx workbook with one sheet per table (names cut to Excel's 31 characters). */
export function toXlsx(tables: readonly Table[]): Promise<Buffer> {
  const sheets = tables.map((table) => ({
    sheet: table.name.slice(0, 31),
    data: [
      table.headers.map((h) => ({ value: h, fontWeight: 'bold' as const })),
      ...table.rows.map((row) => row.map((value) => (value === null ? null : { value }))),
    ] as SheetData,
  }));
  return writeXlsxFile(sheets).toBuffer();
}
