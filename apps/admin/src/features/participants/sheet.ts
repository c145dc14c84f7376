import { EDUCATION_LEVEL_LABELS, EDUCATION_LEVELS, type EducationLevel } from '@blk/domain';

/**
 * Reading a participant spreadsheet in the browser. This only maps columns and cell formats to
 * the import row the API takes; every rule is checked by the server's dry run, so the report
 * the user sees has one source.
 */

/** The fields of an import row, in template order. */
export const IMPORT_FIELDS = [
  'nik',
  'name',
  'birthDate',
  'sex',
  'education',
  'phone',
  'address',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** One row as sent to `importParticipants`. */
export type SheetRow = { rowNumber: number } & Partial<Record<ImportField, string>>;

/** Column headings of the template (Indonesian, as the office writes them). */
export const TEMPLATE_HEADINGS: Record<ImportField, string> = {
  nik: 'NIK',
  name: 'Nama',
  birthDate: 'Tanggal Lahir',
  sex: 'Jenis Kelamin',
  education: 'Pendidikan',
  phone: 'No HP',
  address: 'Alamat',
};

/** Other headings people use for the same column, compared without case, spaces or dots. */
const ALIASES: Record<ImportField, string[]> = {
  nik: ['nik', 'noktp', 'nomorktp', 'nomorindukkependudukan'],
  name: ['nama', 'namalengkap', 'namapeserta', 'name'],
  birthDate: ['tanggallahir', 'tgllahir', 'tgllhr', 'birthdate'],
  sex: ['jeniskelamin', 'jk', 'lp', 'kelamin', 'sex'],
  education: ['pendidikan', 'pendidikanterakhir', 'education'],
  phone: ['nohp', 'nomorhp', 'hp', 'notelp', 'telepon', 'nowa', 'phone'],
  address: ['alamat', 'address'],
};

/** The columns an import cannot do without. */
const REQUIRED_COLUMNS: ImportField[] = ['nik', 'name', 'birthDate', 'sex', 'education', 'address'];

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

const TEMPLATE_EXAMPLE = [
  '1971011203980001',
  'Andi Saputra',
  '1998-03-12',
  'L',
  'SMA',
  '0812 3456 7890',
  'Jl. Merdeka No. 5, Desa Beluluk',
];

/** The CSV template: headings and one example row (with a BOM so Excel reads it as UTF-8). */
export function templateCsv(): string {
  const line = (cells: string[]) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(',');
  return `\uFEFF${line(IMPORT_FIELDS.map((f) => TEMPLATE_HEADINGS[f]))}\r\n${line(TEMPLATE_EXAMPLE)}\r\n`;
}

type Cell = unknown;

/** A day written 'YYYY-MM-DD', 'DD/MM/YYYY', 'DD-MM-YYYY' or 'DD.MM.YYYY', or an Excel date. */
export function toIsoDate(cell: Cell): string {
  if (cell instanceof Date && !Number.isNaN(cell.getTime())) return cell.toISOString().slice(0, 10);
  const text = String(cell ?? '').trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (dmy) return `${dmy[3]}-${dmy[2]?.padStart(2, '0')}-${dmy[1]?.padStart(2, '0')}`;
  const ymd = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(text);
  if (ymd) return `${ymd[1]}-${ymd[2]?.padStart(2, '0')}-${ymd[3]?.padStart(2, '0')}`;
  // Anything else goes as written: the server says what is wrong with it.
  return text;
}

function toSex(cell: Cell): string {
  const s = squash(String(cell ?? ''));
  if (['l', 'lk', 'lakilaki', 'pria', 'm', 'male'].includes(s)) return 'L';
  if (['p', 'pr', 'perempuan', 'wanita', 'w', 'f', 'female'].includes(s)) return 'P';
  return String(cell ?? '').trim();
}

const EDUCATION_WORDS: [string[], EducationLevel][] = [
  [['tidaksekolah', 'belumsekolah', 'tidakbelumsekolah', 'tidaktamatsd'], 'tidak_sekolah'],
  [['sd', 'sdsederajat', 'mi'], 'sd'],
  [['smp', 'smpsederajat', 'mts', 'sltp'], 'smp'],
  [['sma', 'smk', 'smasmk', 'smasmksederajat', 'ma', 'slta', 'paketc'], 'sma'],
  [['d1', 'd2', 'd3', 'diploma', 'd1d3'], 'diploma'],
  [['d4', 's1', 'd4s1', 'sarjana'], 's1'],
  [['s2', 's3', 's2s3', 'magister', 'doktor'], 's2_s3'],
];

function toEducation(cell: Cell): string {
  const raw = String(cell ?? '').trim();
  if ((EDUCATION_LEVELS as readonly string[]).includes(raw)) return raw;
  const s = squash(raw);
  for (const [words, level] of EDUCATION_WORDS) if (words.includes(s)) return level;
  for (const level of EDUCATION_LEVELS) {
    const { id, en } = EDUCATION_LEVEL_LABELS[level];
    if (squash(id) === s || squash(en) === s) return level;
  }
  return raw;
}

function toText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  // NIK and phone typed into a number cell lose their format; digits are what matter.
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
  return String(cell).trim();
}

/** The result of reading a sheet: rows to check, or the headings it lacks. */
export type SheetReading =
  | { ok: true; rows: SheetRow[] }
  | { ok: false; missing: string[] }
  | { ok: false; missing: []; empty: true };

/**
 * Maps a sheet (first row = headings) to import rows. Blank rows are skipped; row numbers are
 * the spreadsheet's (headings are row 1).
 */
export function mapSheet(table: readonly (readonly Cell[])[]): SheetReading {
  const [headings = [], ...body] = table;
  const columns = new Map<ImportField, number>();
  headings.forEach((h, i) => {
    const key = squash(String(h ?? ''));
    const field = IMPORT_FIELDS.find((f) => ALIASES[f].includes(key));
    if (field && !columns.has(field)) columns.set(field, i);
  });
  const missing = REQUIRED_COLUMNS.filter((f) => !columns.has(f)).map((f) => TEMPLATE_HEADINGS[f]);
  if (missing.length) return { ok: false, missing };
  const rows: SheetRow[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => toText(c) === '')) return;
    const cell = (f: ImportField) => {
      const at = columns.get(f);
      return at === undefined ? undefined : cells[at];
    };
    const row: SheetRow = { rowNumber: i + 2 };
    for (const f of IMPORT_FIELDS) {
      const value = cell(f);
      const text =
        f === 'birthDate'
          ? toIsoDate(value)
          : f === 'sex'
            ? toSex(value)
            : f === 'education'
              ? toEducation(value)
              : toText(value);
      if (text !== '') row[f] = text;
    }
    rows.push(row);
  });
  if (rows.length === 0) return { ok: false, missing: [], empty: true };
  return { ok: true, rows };
}

/** Reads a CSV or XLSX file; the parsers are loaded only when a file is chosen. */
export async function readSheetFile(file: File): Promise<SheetReading> {
  if (/\.xlsx$/i.test(file.name)) {
    const { readSheet } = await import('read-excel-file/browser');
    return mapSheet((await readSheet(file)) as unknown as Cell[][]);
  }
  const { default: Papa } = await import('papaparse');
  const text = await file.text();
  // Excel in an Indonesian locale writes ';' between cells; Papa detects the delimiter.
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  if (parsed.errors.length && parsed.data.length === 0)
    throw new Error(parsed.errors[0]?.message ?? 'CSV');
  return mapSheet(parsed.data);
}
